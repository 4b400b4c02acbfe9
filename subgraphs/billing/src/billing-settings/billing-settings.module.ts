import { defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import {
  CustomerFxRateEntity,
  FxRateEntity,
  PartnerBillingSettingsEntity,
  TaxRateEntity,
} from './billing-settings.entity';
import { BILLING_SETTINGS_ERRORS } from './billing-settings.inputs';
import { createBillingSettingsLoaders } from './billing-settings.loaders';
import { BillingSettingsResolver } from './billing-settings.resolver';
import { BillingSettingsService } from './billing-settings.service';
import { BillingSettings1766610000000 } from './migrations/1766610000000-billing-settings';

/**
 * What a partner bills with: tax rates by country, the price of a PAID recipient, exchange rates,
 * and customers' own exchange rates.
 */
export const billingSettingsModule = defineModule({
  name: 'billing-settings',
  dependsOn: { accounts: billingAccountsModule },
  entities: [TaxRateEntity, PartnerBillingSettingsEntity, FxRateEntity, CustomerFxRateEntity],
  migrations: [BillingSettings1766610000000],
  resolvers: [BillingSettingsResolver],
  errorCodes: BILLING_SETTINGS_ERRORS,
  service: ({ dataSource }, { accounts }) => new BillingSettingsService(dataSource, accounts),
  loaders: createBillingSettingsLoaders,
});
