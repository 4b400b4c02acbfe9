/**
 * Everything a caller may be allowed to do. Every query, mutation and entity field of every
 * subgraph names one of these (`@Requires`), and the schema build fails for one that does not.
 */
export const PERMISSIONS = [
  // Who the caller is; every signed-in caller has it.
  'self:read',
  'customers:read',
  'customers:write',
  /** Log in as a customer: a portal session that names the operator. */
  'customers:impersonate',
  'billing:read',
  'billing:write',
  /** Moving value between accounts is security-sensitive: never while impersonating. */
  'billing:transfer',
  'messaging:read',
  'messaging:send',
  /** A partner's templates, sender settings and outbox: the whole partner's messaging. */
  'messaging:manage',
  /** Partner apps' webhook endpoints: their URLs, secrets and delivery log. */
  'webhooks:manage',
  'operators:read',
  'operators:manage',
  'api-keys:manage',
  'audit:read',
  /** Platform staff only: every partner's data, and creating partners. */
  'partners:read',
  'partners:manage',
  /** The customer portal: one's own account. */
  'portal:use',
  /** Passwords and email addresses in the portal: refused while an operator acts as the customer. */
  'portal:security',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
