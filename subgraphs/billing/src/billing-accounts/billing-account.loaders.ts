import type { Caller, RequestContext } from '@clientele/subgraph-kit';
import type { BillingAccountService } from './billing-account.service';

export function createBillingAccountLoaders(service: BillingAccountService, caller: Caller) {
  return {
    billingAccountByCustomerId: service.visibleAccountLoader(caller),
  };
}

export type BillingAccountLoaders = ReturnType<typeof createBillingAccountLoaders>;
export type BillingAccountsContext = RequestContext<BillingAccountLoaders>;
