export { billingAccountsModule } from './billing-accounts.module';
export type { BillingAccountLoaders } from './billing-account.loaders';
// A class, not only a type: a LedgerService built on its own (seeding) builds one.
export { type BillingAccount, BillingAccountService } from './billing-account.service';
export { BillingCustomerType } from './customer.type';
