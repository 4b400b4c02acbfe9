import { defineModule } from '@clientele/subgraph-kit';
import { BillingAccountEntity } from './billing-account.entity';
import { createBillingAccountLoaders } from './billing-account.loaders';
import { BillingAccountService } from './billing-account.service';
import { customerReference } from './customer.reference';
import { BillingCustomerType } from './customer.type';

/**
 * Billing accounts: billing's projection of accounts' customers, and so the Customer entity in
 * this subgraph. Every other billing module hangs its customer fields off these accounts.
 */
export const billingAccountsModule = defineModule({
  name: 'billing-accounts',
  entities: [BillingAccountEntity],
  types: [BillingCustomerType],
  references: customerReference,
  permissions: ['billing:read'],
  service: ({ dataSource }) => new BillingAccountService(dataSource),
  loaders: createBillingAccountLoaders,
  subscriptions: (service) => [service.subscription()],
});
