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
    kind: z.enum(['operator', 'platform', 'apiKey', 'portal', 'service']),
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
 * A billing account's balance changed by one ledger entry, published by billing inside the
 * entry's transaction: the search projection keeps balances from it, and low-credit reminders
 * tell a crossing of a threshold from it alone (previous at or above, new below). Amounts are
 * integers in minor units of `currency`.
 */
export const BALANCE_CHANGED = 'balance.changed';

export const LEDGER_ENTRY_KINDS = [
  'CREDIT',
  'DEBIT',
  'ADJUSTMENT',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'CHARGE',
  'PAYMENT',
] as const;

export const balanceChangedData = z.object({
  customerId: z.guid(),
  currency: z.string().length(3),
  previousBalanceMinor: z.number().int(),
  balanceMinor: z.number().int(),
  entryId: z.guid(),
  kind: z.enum(LEDGER_ENTRY_KINDS),
  /**
   * The entry's place in the account's ledger (1, 2, …): of two events about one account, the one
   * with the higher sequence is the newer, however the queue delivers them.
   */
  sequence: z.number().int().positive(),
});

export type BalanceChangedData = z.infer<typeof balanceChangedData>;

/** Accounts: a customer's details changed; `changed` names the fields (e.g. `name`, `currency`). */
export const CUSTOMER_UPDATED = 'customer.updated';

export const customerUpdatedData = z.object({
  customerId: z.guid(),
  changed: z.array(z.string()),
});

export type CustomerUpdatedData = z.infer<typeof customerUpdatedData>;

/** Accounts: a customer's status changed. Each transition has its own event type, with this payload. */
export const CUSTOMER_SUSPENDED = 'customer.suspended';
export const CUSTOMER_REENABLED = 'customer.reenabled';
export const CUSTOMER_DEACTIVATED = 'customer.deactivated';
export const CUSTOMER_REACTIVATED = 'customer.reactivated';
export const CUSTOMER_CANCELLED = 'customer.cancelled';
export const CUSTOMER_CLOSED = 'customer.closed';
export const CUSTOMER_RESTORED = 'customer.restored';
export const CUSTOMER_ERASED = 'customer.erased';

export const CUSTOMER_STATUS_VALUES = ['ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED'] as const;
export const CANCELLATION_MODES = ['IMMEDIATELY', 'END_OF_PERIOD', 'ON_DATE'] as const;

export const customerStatusChangedData = z.object({
  customerId: z.guid(),
  previousStatus: z.enum(CUSTOMER_STATUS_VALUES),
  status: z.enum(CUSTOMER_STATUS_VALUES),
  reason: z.string().nullable(),
  /** Who asked; for a scheduled cancellation carried out later, who scheduled it. */
  actor: auditRequestedData.shape.actor,
  /** Only on `customer.cancelled`: how the cancellation was asked for. */
  mode: z.enum(CANCELLATION_MODES).optional(),
});

export type CustomerStatusChangedData = z.infer<typeof customerStatusChangedData>;

/** Accounts: a cancellation was scheduled for later, or a scheduled one was withdrawn. */
export const CUSTOMER_CANCELLATION_SCHEDULED = 'customer.cancellation-scheduled';
export const CUSTOMER_CANCELLATION_WITHDRAWN = 'customer.cancellation-withdrawn';

export const customerCancellationData = z.object({
  customerId: z.guid(),
  mode: z.enum(['END_OF_PERIOD', 'ON_DATE']),
  effectiveAt: z.string(),
  reason: z.string().nullable(),
});

export type CustomerCancellationData = z.infer<typeof customerCancellationData>;

/** A member's billing status as an additional recipient: billing charges PAID recipients. */
export const RECIPIENT_STATUSES = ['FREE', 'PAID', 'INACTIVE'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

/**
 * A single-use portal link made for a member, for messaging to deliver: `member.invited` when
 * they are invited to the portal, `member.password-reset-requested` when they cannot sign in.
 * The link carries a secret; it lives only in the queue and in the email.
 */
export const MEMBER_INVITED = 'member.invited';
export const MEMBER_PASSWORD_RESET_REQUESTED = 'member.password-reset-requested';

export const memberLinkData = z.object({
  customerId: z.guid(),
  memberId: z.guid(),
  name: z.string(),
  email: z.string(),
  link: z.string(),
  expiresAt: z.iso.datetime(),
});

export type MemberLinkData = z.infer<typeof memberLinkData>;

/**
 * A member's recipient status changed. A member added with a status other than FREE publishes
 * this too, from FREE, so billing learns of every PAID recipient from this one event.
 */
export const MEMBER_RECIPIENT_STATUS_CHANGED = 'member.recipient-status-changed';

export const memberRecipientStatusChangedData = z.object({
  customerId: z.guid(),
  memberId: z.guid(),
  previousStatus: z.enum(RECIPIENT_STATUSES),
  status: z.enum(RECIPIENT_STATUSES),
});

export type MemberRecipientStatusChangedData = z.infer<typeof memberRecipientStatusChangedData>;

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

/**
 * An invoice's life as billing publishes it, inside the transaction of the change. Amounts are
 * integers in minor units of `currency`; `amountDueMinor` is what is still unpaid after the change.
 *
 * - `invoice.issued`: a numbered invoice is now OPEN (from a billing run, an issued draft or an
 *   accepted quote); messaging sends the customer's notice and partner apps' webhooks.
 * - `invoice.overdue`: an OPEN invoice passed its due date unpaid. `suspendCustomer` carries the
 *   customer's billing setting ("do not suspend for late payment" makes it false), so accounts
 *   decides from the event alone.
 * - `invoice.paid`: payments now cover the invoice; accounts re-enables a customer it suspended
 *   for this invoice, and only for it.
 * - `invoice.voided`: the invoice no longer counts as owed (with the reason); accounts treats a
 *   suspension for it as it treats payment.
 */
export const INVOICE_ISSUED = 'invoice.issued';
/**
 * `invoice.part-settled`: a payment or a credit note took part of what is due off an invoice that
 * stays OPEN or OVERDUE; `amountDueMinor` is what is left. (Settling it whole is `invoice.paid`.)
 * An invoice's standing only moves forward (OPEN → OVERDUE → PAID or VOID, what is due only
 * shrinks), so of two events about one invoice the later stage, then the smaller amount due, is
 * the newer.
 */
export const INVOICE_PART_SETTLED = 'invoice.part-settled';
export const INVOICE_OVERDUE = 'invoice.overdue';
export const INVOICE_PAID = 'invoice.paid';
export const INVOICE_VOIDED = 'invoice.voided';

export const INVOICE_STATUSES = ['DRAFT', 'OPEN', 'PAID', 'VOID', 'OVERDUE'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const invoiceEventData = z.object({
  invoiceId: z.guid(),
  customerId: z.guid(),
  number: z.string().min(1),
  status: z.enum(INVOICE_STATUSES),
  currency: z.string().length(3),
  totalMinor: z.number().int(),
  amountDueMinor: z.number().int(),
  /** The day payment is due (YYYY-MM-DD). */
  dueDate: z.string(),
  suspendCustomer: z.boolean().optional(),
  reason: z.string().optional(),
});

export type InvoiceEventData = z.infer<typeof invoiceEventData>;

/**
 * A customer's low-credit reminder settings changed (publisher: messaging, in the transaction of
 * the change). `version` counts the changes of one customer's settings, so the newest wins
 * however the queue delivers them. A customer has low credit while its reminder is enabled and
 * its balance is below `thresholdMinor`.
 */
export const LOW_CREDIT_REMINDER_CHANGED = 'low-credit-reminder.changed';

export const lowCreditReminderChangedData = z.object({
  customerId: z.guid(),
  enabled: z.boolean(),
  thresholdMinor: z.number().int(),
  version: z.number().int().positive(),
});

export type LowCreditReminderChangedData = z.infer<typeof lowCreditReminderChangedData>;

/**
 * Messages to customers reached their provider (publisher: messaging, in the transaction that
 * records the outcome), one event per delivery batch rather than per message: a bulk send of
 * 100,000 announces a thousand events, not 100,000.
 */
export const MESSAGES_SENT = 'messages.sent';

export const messagesSentData = z.object({
  messages: z
    .array(z.object({ messageId: z.guid(), customerId: z.guid(), sentAt: z.iso.datetime({ offset: true }) }))
    .min(1),
});

export type MessagesSentData = z.infer<typeof messagesSentData>;
