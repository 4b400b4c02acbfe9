import { type Caller, createConnectionLoader, createCountLoader, toConnection } from '@clientele/subgraph-kit';
import type { AuditEntryEntity } from './audit-entry.entity';
import { type AuditService, activityOrder } from './audit.service';
import { ActivityConnection, toActivityEntryType } from './activity.type';

/** Each customer's activity on a page of customers from one statement per distinct set of arguments. */
export function createActivityLoaders(audit: AuditService, caller: Caller) {
  const activityCountByCustomerId = createCountLoader((customerIds) => audit.activityCountsFor(caller, customerIds));
  return {
    activityOfCustomer: createConnectionLoader({
      order: activityOrder,
      fetchPages: (customerIds, seek) => audit.activityPagesFor(caller, customerIds, seek),
      ownerOf: customerOf,
      toResult: (page, customerId) =>
        toConnection(ActivityConnection, page, toActivityEntryType, () => activityCountByCustomerId.load(customerId)),
    }),
  };
}

/** The customer an entry is about, as the `customer_id` column works it out. */
function customerOf(entry: AuditEntryEntity): string {
  if (typeof entry.details.customerId === 'string') return entry.details.customerId;
  return entry.targetType === 'Customer' && entry.targetId ? entry.targetId : '';
}

export type ActivityLoaders = ReturnType<typeof createActivityLoaders>;
