export { billingAccountsModule } from './billing-accounts.module';
export type { BillingAccountLoaders } from './billing-account.loaders';
// A class, not only a type: a LedgerService built on its own (seeding) builds one.
export {
  type BillingAccount,
  BillingAccountService,
  CLOSE_HOLD_MINUTES,
  type CloseGuardAnswer,
  type CloseState,
} from './billing-account.service';
export { BillingCustomerType } from './customer.type';
export { toBillingCustomer } from './customer.reference';
