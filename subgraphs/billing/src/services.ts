import {
  CUSTOMER_CREATED,
  type CustomerCreatedData,
  type EventSubscription,
  type SubgraphRuntime,
  customerCreatedData,
  defineSubscription,
} from '@clientele/subgraph-kit';
import { BillingAccountService } from './accounts/billing-account.service';
import { LedgerService } from './ledger/ledger.service';

export function createBillingServices({ dataSource }: Pick<SubgraphRuntime, 'dataSource'>) {
  return {
    billingAccounts: new BillingAccountService(dataSource),
    ledger: new LedgerService(dataSource),
  };
}

export type BillingServices = ReturnType<typeof createBillingServices>;

export function billingSubscriptions(services: BillingServices): EventSubscription<unknown>[] {
  return [
    defineSubscription<CustomerCreatedData>({
      event: CUSTOMER_CREATED,
      queue: 'billing.open-billing-account',
      data: customerCreatedData,
      handle: (event) => services.billingAccounts.open(event),
    }),
  ];
}
