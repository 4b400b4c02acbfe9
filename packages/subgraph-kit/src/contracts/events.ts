import { z } from 'zod';

/**
 * The events that cross subgraph boundaries, with the payload each promises. Publishers type
 * against these; consumers parse with them, so a changed payload fails loudly at the edge.
 */
export const CUSTOMER_CREATED = 'customer.created';

export const customerCreatedData = z.object({
  customerId: z.guid(),
  resellerId: z.guid().nullable(),
  currency: z.string().length(3),
  pricingModel: z.enum(['PREPAID', 'POSTPAID']),
});

export type CustomerCreatedData = z.infer<typeof customerCreatedData>;

/**
 * An entry for the audit log, which the accounts subgraph keeps; other subgraphs send theirs
 * as this event, from inside the transaction of the change they record.
 */
export const AUDIT_REQUESTED = 'audit.requested';

export const auditRequestedData = z.object({
  action: z.string().min(1),
  actor: z.object({
    kind: z.enum(['operator', 'platform', 'apiKey', 'portal']),
    id: z.guid(),
    impersonatorId: z.guid().nullable(),
  }),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export type AuditRequestedData = z.infer<typeof auditRequestedData>;

/**
 * A customer's balance fell below the low-credit threshold set for it (publisher: messaging, from
 * billing's `balance.changed`). Published once per fall; again only after the balance has been
 * back at or above the threshold.
 */
export const BALANCE_LOW = 'balance.low';

export const balanceLowData = z.object({
  customerId: z.guid(),
  currency: z.string().length(3),
  balanceMinor: z.number().int(),
  thresholdMinor: z.number().int(),
  /** The ledger entry that took the balance below the threshold. */
  entryId: z.string(),
});

export type BalanceLowData = z.infer<typeof balanceLowData>;

/**
 * A partner's webhook endpoint was disabled because every attempt to it failed for too long
 * (publisher: messaging), for the partner's owners to be told.
 */
export const WEBHOOK_ENDPOINT_DISABLED = 'webhook-endpoint.disabled';

export const webhookEndpointDisabledData = z.object({
  endpointId: z.guid(),
  url: z.string(),
  reason: z.string(),
  failingSince: z.string(),
});

export type WebhookEndpointDisabledData = z.infer<typeof webhookEndpointDisabledData>;
