export { billingRunsModule } from './billing-runs.module';
export type { BillingRunsService } from './billing-runs.service';
export { type CustomerToBill, type Period, type Priced, priceInvoice } from './billing-run.pricing';
