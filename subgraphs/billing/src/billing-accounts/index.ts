export { billingAccountsModule } from './billing-accounts.module';
export type { BillingAccountLoaders } from './billing-account.loaders';
// A class, not only a type: a LedgerService built on its own (seeding) builds one.
export {
  BillingAccountService,
  CLOSE_HOLD_MINUTES,
  type CloseGuardAnswer,
  type OwedReader,
} from './billing-account.service';
export type { BillingAccount, CloseState } from './billing-account.model';
export { BillingCustomerType, toBillingCustomer } from './customer.type';
