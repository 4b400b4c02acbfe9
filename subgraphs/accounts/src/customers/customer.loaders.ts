import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import type { CustomerService } from './customer.service';

export function createCustomerLoaders(customers: CustomerService, caller: Caller) {
  return {
    /** The one way to a customer within a request: scoped to the caller's partner and reseller. */
    customerById: createKeyedLoader(
      (ids: readonly string[]) => customers.findByIds(caller, ids),
      (customer) => customer.id,
    ),
  };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
export type CustomersContext = RequestContext<CustomerLoaders>;
