import { z } from 'zod';
import type { Permission } from './permission-names';

export const OPERATOR_ROLES = ['OWNER', 'ADMIN', 'BILLING', 'SUPPORT', 'READ_ONLY'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export const PLATFORM_ROLES = ['PLATFORM_ADMIN', 'PLATFORM_VIEWER'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** What a partner app may be granted; each scope is also a permission of the same name. */
export const API_KEY_SCOPES = [
  'customers:read',
  'customers:write',
  'billing:read',
  'billing:write',
  'messaging:read',
  'messaging:send',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A partner's staff member, signed in to the admin app. */
export interface OperatorCaller {
  kind: 'operator';
  operatorId: string;
  partnerId: string;
  role: OperatorRole;
  /** Set when the operator may see only one reseller's customers. */
  resellerId: string | null;
  /** The sign-in session; every operator token names one, and it is checked on every request. */
  sessionId: string;
}

/** Platform staff: reads across partners; writes only as PLATFORM_ADMIN, and audited. */
export interface PlatformCaller {
  kind: 'platform';
  staffId: string;
  role: PlatformRole;
  sessionId: string;
}

/** A partner app calling with an API key (exchanged for a short-lived token). */
export interface ApiKeyCaller {
  kind: 'apiKey';
  apiKeyId: string;
  partnerId: string;
  scopes: ApiKeyScope[];
  sessionId: string;
}

/**
 * A customer portal session: a member signed in with their own password, or an operator
 * "logged in as" the customer (then `impersonator` names the operator and `memberId` is null).
 */
export interface PortalCaller {
  kind: 'portal';
  partnerId: string;
  customerId: string;
  memberId: string | null;
  impersonator: { operatorId: string } | null;
  sessionId: string;
}

/**
 * One of Clientele's own services acting on its own for one partner, with no one's token: a
 * notice sent on an event. It holds only the permission of the internal route it called, and
 * exists only inside that call (see `callAsService`); no token is ever made for it.
 */
export interface ServiceCaller {
  kind: 'service';
  /** The calling subgraph, e.g. `messaging`. */
  service: string;
  /** A fixed id per service, so the audit log can name it. */
  serviceId: string;
  partnerId: string;
  permission: Permission;
}

export type Caller = OperatorCaller | PlatformCaller | ApiKeyCaller | PortalCaller | ServiceCaller;

/** Only asymmetric signatures are accepted: a subgraph can verify a token but never mint one. */
export const TOKEN_ALGORITHM = 'ES256';

/** The claims of every access token, by `typ`. Parsed after the signature is checked, never before. */
export const accessTokenClaims = z.discriminatedUnion('typ', [
  z.object({
    typ: z.literal('operator'),
    sub: z.guid(),
    pid: z.guid(),
    role: z.enum(OPERATOR_ROLES),
    rid: z.guid().nullable().optional(),
    /** Every token of a kind that has sessions names its session: without one, nothing could revoke it. */
    sid: z.guid(),
  }),
  z.object({ typ: z.literal('platform'), sub: z.guid(), role: z.enum(PLATFORM_ROLES), sid: z.guid() }),
  z.object({ typ: z.literal('api_key'), sub: z.guid(), pid: z.guid(), scp: z.array(z.enum(API_KEY_SCOPES)) }),
  z.object({
    typ: z.literal('portal'),
    sub: z.guid(),
    pid: z.guid(),
    cid: z.guid(),
    sid: z.guid(),
    /** RFC 8693's actor claim: present when an operator acts as the customer. */
    act: z.object({ sub: z.guid(), typ: z.literal('operator') }).optional(),
  }),
]);

export type AccessTokenClaims = z.infer<typeof accessTokenClaims>;

/** The claims an access token carries for a caller; the inverse of what the verifier reads. */
export function claimsOf(caller: Caller): Record<string, unknown> & { sub: string } {
  switch (caller.kind) {
    case 'service':
      throw new Error('A service acting for a partner never gets a token.');
    case 'operator':
      return {
        typ: 'operator',
        sub: caller.operatorId,
        pid: caller.partnerId,
        role: caller.role,
        rid: caller.resellerId,
        sid: caller.sessionId,
      };
    case 'platform':
      return { typ: 'platform', sub: caller.staffId, role: caller.role, sid: caller.sessionId };
    case 'apiKey':
      return { typ: 'api_key', sub: caller.apiKeyId, pid: caller.partnerId, scp: caller.scopes };
    case 'portal':
      return {
        typ: 'portal',
        // The member, or for an operator acting as the customer, the customer itself.
        sub: caller.memberId ?? caller.customerId,
        pid: caller.partnerId,
        cid: caller.customerId,
        sid: caller.sessionId,
        act: caller.impersonator ? { sub: caller.impersonator.operatorId, typ: 'operator' } : undefined,
      };
  }
}

export function callerFromClaims(claims: AccessTokenClaims): Caller {
  switch (claims.typ) {
    case 'operator':
      return {
        kind: 'operator',
        operatorId: claims.sub,
        partnerId: claims.pid,
        role: claims.role,
        resellerId: claims.rid ?? null,
        sessionId: claims.sid,
      };
    case 'platform':
      return { kind: 'platform', staffId: claims.sub, role: claims.role, sessionId: claims.sid };
    case 'api_key':
      return { kind: 'apiKey', apiKeyId: claims.sub, partnerId: claims.pid, scopes: claims.scp, sessionId: claims.sub };
    case 'portal':
      return {
        kind: 'portal',
        partnerId: claims.pid,
        customerId: claims.cid,
        memberId: claims.act ? null : claims.sub,
        impersonator: claims.act ? { operatorId: claims.act.sub } : null,
        sessionId: claims.sid,
      };
  }
}
