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
