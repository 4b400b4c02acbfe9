import { defineModule } from '@clientele/subgraph-kit';
import { BillingAccountEntity } from './billing-account.entity';
import { BILLING_ACCOUNT_ERRORS } from './billing-account.inputs';
import { createBillingAccountLoaders } from './billing-account.loaders';
import { BillingAccountResolver } from './billing-account.resolver';
import { BillingAccountService } from './billing-account.service';
import { customerReference } from './customer.reference';
import { BillingCustomerType } from './customer.type';
import { closeGuardRoutes } from './close-guard.routes';
import { standingRoutes } from './standing.routes';
import { BillingTermsAndCloseHolds1765200000000 } from './migrations/1765200000000-billing-terms-and-close-holds';
import { LatePaymentSetting1766600000000 } from './migrations/1766600000000-late-payment-setting';
import { CloseEventsInOrder1766800000000 } from './migrations/1766800000000-close-events-in-order';

/**
 * Billing accounts: billing's projection of accounts' customers, and so the Customer entity in
 * this subgraph, with each account's kept balance, credit limit, payment terms and close hold.
 * Every other billing module hangs its customer fields off these accounts.
 */
export const billingAccountsModule = defineModule({
  name: 'billing-accounts',
  entities: [BillingAccountEntity],
  migrations: [
    BillingTermsAndCloseHolds1765200000000,
    LatePaymentSetting1766600000000,
    CloseEventsInOrder1766800000000,
  ],
  types: [BillingCustomerType],
  resolvers: [BillingAccountResolver],
  references: customerReference,
  permissions: ['billing:read', 'billing:write'],
  errorCodes: BILLING_ACCOUNT_ERRORS,
  service: ({ dataSource }) => new BillingAccountService(dataSource),
  loaders: createBillingAccountLoaders,
  subscriptions: (service) => [service.subscription(), ...service.closeSubscriptions()],
  internalRoutes: (service) => [...closeGuardRoutes(service), ...standingRoutes(service)],
});
