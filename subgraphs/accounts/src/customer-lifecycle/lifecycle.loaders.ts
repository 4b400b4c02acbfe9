import type { Caller, RequestContext } from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { CustomerLoaders } from '../customers';
import type { CustomerLifecycleService } from './lifecycle.service';
import type { CustomerStatusChangeType, ScheduledCancellationType } from './lifecycle.type';

export function createLifecycleLoaders(lifecycle: CustomerLifecycleService, caller: Caller) {
  return {
    statusChangesByCustomerId: new DataLoader<string, CustomerStatusChangeType[]>(async (customerIds) => {
      const byCustomer = await lifecycle.statusChangesFor(caller, customerIds);
      return customerIds.map((id) => byCustomer.get(id) ?? []);
    }),
    scheduledCancellationByCustomerId: new DataLoader<string, ScheduledCancellationType | null>(async (customerIds) => {
      const byCustomer = await lifecycle.scheduledFor(caller, customerIds);
      return customerIds.map((id) => byCustomer.get(id) ?? null);
    }),
  };
}

export type LifecycleLoaders = ReturnType<typeof createLifecycleLoaders>;
export type LifecycleContext = RequestContext<LifecycleLoaders & CustomerLoaders>;
