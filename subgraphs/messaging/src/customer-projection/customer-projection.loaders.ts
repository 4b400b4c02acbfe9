import type { Caller, RequestContext } from '@clientele/subgraph-kit';
import type { MessagingCustomers } from './messaging-customers';

export function createCustomerProjectionLoaders(projection: MessagingCustomers, caller: Caller) {
  return {
    visibleCustomerById: projection.loader(caller),
  };
}

export type CustomerProjectionLoaders = ReturnType<typeof createCustomerProjectionLoaders>;
export type CustomerProjectionContext = RequestContext<CustomerProjectionLoaders>;
