import type { Caller, CustomerProjection, RequestContext } from '@clientele/subgraph-kit';
import type { ProjectedCustomerEntity } from './projected-customer.entity';

export function createCustomerProjectionLoaders(
  projection: CustomerProjection<ProjectedCustomerEntity>,
  caller: Caller,
) {
  return {
    visibleCustomerById: projection.loader(caller),
  };
}

export type CustomerProjectionLoaders = ReturnType<typeof createCustomerProjectionLoaders>;
export type CustomerProjectionContext = RequestContext<CustomerProjectionLoaders>;
