import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import type { BillingServices } from './services';

export function createBillingLoaders(services: BillingServices, caller: Caller) {
  return {
    billingAccountByCustomerId: createKeyedLoader(
      (ids: readonly string[]) => services.billingAccounts.findByCustomerIds(caller, ids),
      (account) => account.customerId,
    ),
    balanceByCustomerId: createKeyedLoader(
      (ids: readonly string[]) => services.ledger.balances(caller, ids),
      (row) => row.customerId,
    ),
  };
}

export type BillingLoaders = ReturnType<typeof createBillingLoaders>;
export type BillingContext = RequestContext<BillingLoaders>;
