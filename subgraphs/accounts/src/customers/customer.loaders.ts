import { type Caller, createKeyedLoader } from '@clientele/subgraph-kit';
import type { CustomerService } from './customer.service';

export function createCustomerLoaders(customers: CustomerService, caller: Caller) {
  return {
    customerById: createKeyedLoader(
      (ids: readonly string[]) => customers.findByIds(caller, ids),
      (row) => row.id,
    ),
  };
}
