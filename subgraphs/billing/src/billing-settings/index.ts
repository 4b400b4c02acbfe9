export { billingSettingsModule } from './billing-settings.module';
export type { BillingSettingsService } from './billing-settings.service';
export type { BillingSettingsLoaders } from './billing-settings.loaders';
export { type FxRate, type PartnerRates, type RecipientPrice, type TaxRate, fxKey } from './billing-settings.model';
