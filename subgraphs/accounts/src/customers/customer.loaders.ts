import { type Caller, type LoadersOf, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { partnersModule } from '../partners';
import type { CustomerService } from './customer.service';

export function createCustomerLoaders(customers: CustomerService, caller: Caller) {
  return {
    /** The one way to a customer within a request: scoped to the caller's partner and reseller. */
    customerById: createKeyedLoader(
      (ids: readonly string[]) => customers.findByIds(caller, ids),
      (customer) => customer.id,
    ),
    keywordsByCustomerId: new DataLoader<string, string[]>(async (customerIds) => {
      const byCustomer = await customers.keywordsFor(caller, customerIds);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
  };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
export type CustomersContext = RequestContext<CustomerLoaders & LoadersOf<typeof partnersModule>>;
