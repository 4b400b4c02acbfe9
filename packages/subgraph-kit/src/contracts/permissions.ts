import type { ApiKeyScope, Caller, OperatorRole, PlatformRole } from './callers';
import { PERMISSIONS, type Permission } from './permission-names';

export { PERMISSIONS, type Permission };

const READS: Permission[] = ['self:read', 'customers:read', 'billing:read', 'messaging:read'];

/** Everything a partner's staff may do; owners and admins differ only in managing owners. */
const RUNS_THE_PARTNER: readonly Permission[] = [
  ...READS,
  'customers:write',
  'customers:impersonate',
  'billing:write',
  'billing:transfer',
  'messaging:send',
  'messaging:manage',
  'webhooks:manage',
  'operators:read',
  'operators:manage',
  'api-keys:manage',
  'audit:read',
];

/** What each operator role may do. One table, read by every subgraph. */
export const OPERATOR_PERMISSIONS: Record<OperatorRole, readonly Permission[]> = {
  OWNER: RUNS_THE_PARTNER,
  ADMIN: RUNS_THE_PARTNER,
  BILLING: [...READS, 'billing:write', 'billing:transfer', 'operators:read'],
  SUPPORT: [...READS, 'customers:write', 'customers:impersonate', 'messaging:send', 'operators:read'],
  READ_ONLY: [...READS, 'operators:read'],
};

export const PLATFORM_PERMISSIONS: Record<PlatformRole, readonly Permission[]> = {
  PLATFORM_ADMIN: [...READS, 'operators:read', 'operators:manage', 'audit:read', 'partners:read', 'partners:manage'],
  PLATFORM_VIEWER: [...READS, 'operators:read', 'audit:read', 'partners:read'],
};

const MEMBER_PORTAL: readonly Permission[] = [...READS, 'portal:use', 'portal:security'];
/** What an operator acting as a customer may do: what the member may, minus anything security-sensitive. */
const IMPERSONATION_PORTAL: readonly Permission[] = [...READS, 'portal:use'];

/** An API key holds exactly its scopes, plus knowing which key it is. */
function apiKeyPermissions(scopes: readonly ApiKeyScope[]): readonly Permission[] {
  return ['self:read', ...scopes];
}

/** Powers over the whole partner, which someone limited to one reseller's customers does not get. */
const PARTNER_WIDE: readonly Permission[] = [
  'operators:manage',
  'api-keys:manage',
  'audit:read',
  'messaging:manage',
  'webhooks:manage',
];

export function permissionsOf(caller: Caller): readonly Permission[] {
  switch (caller.kind) {
    case 'operator':
      // An API key, the audit log or another operator would reach beyond the reseller limit.
      return caller.resellerId
        ? OPERATOR_PERMISSIONS[caller.role].filter((permission) => !PARTNER_WIDE.includes(permission))
        : OPERATOR_PERMISSIONS[caller.role];
    case 'platform':
      return PLATFORM_PERMISSIONS[caller.role];
    case 'apiKey':
      return apiKeyPermissions(caller.scopes);
    case 'portal':
      return caller.impersonator ? IMPERSONATION_PORTAL : MEMBER_PORTAL;
    case 'service':
      return [caller.permission];
  }
}

export function can(caller: Caller, permission: Permission): boolean {
  return permissionsOf(caller).includes(permission);
}

/**
 * Which rows a caller may see. `partnerId: null` is every partner (platform staff only);
 * `resellerId` narrows to one reseller's customers; `customerId` to one customer (the portal).
 */
export interface DataScope {
  partnerId: string | null;
  resellerId: string | null;
  customerId: string | null;
}

export function scopeOf(caller: Caller): DataScope {
  switch (caller.kind) {
    case 'operator':
      return { partnerId: caller.partnerId, resellerId: caller.resellerId, customerId: null };
    case 'platform':
      return { partnerId: null, resellerId: null, customerId: null };
    case 'apiKey':
      return { partnerId: caller.partnerId, resellerId: null, customerId: null };
    case 'portal':
      return { partnerId: caller.partnerId, resellerId: null, customerId: caller.customerId };
    case 'service':
      return { partnerId: caller.partnerId, resellerId: null, customerId: null };
  }
}

/** The partner a caller writes into; platform staff have none of their own and must name one. */
export function partnerOf(caller: Caller): string | null {
  return caller.kind === 'platform' ? null : caller.partnerId;
}
