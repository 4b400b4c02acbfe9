import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { AuthenticationError } from './errors';

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
  sessionId: string | null;
}

/** Platform staff: reads across partners; writes only as PLATFORM_ADMIN, and audited. */
export interface PlatformCaller {
  kind: 'platform';
  staffId: string;
  role: PlatformRole;
  sessionId: string | null;
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

export type Caller = OperatorCaller | PlatformCaller | ApiKeyCaller | PortalCaller;

/** Only asymmetric signatures are accepted: a subgraph can verify a token but never mint one. */
export const TOKEN_ALGORITHM = 'ES256';

/** The claims of every access token, by `typ`. Parsed after the signature is checked, never before. */
const accessTokenClaims = z.discriminatedUnion('typ', [
  z.object({
    typ: z.literal('operator'),
    sub: z.guid(),
    pid: z.guid(),
    role: z.enum(OPERATOR_ROLES),
    rid: z.guid().nullable().optional(),
    sid: z.guid().optional(),
  }),
  z.object({ typ: z.literal('platform'), sub: z.guid(), role: z.enum(PLATFORM_ROLES), sid: z.guid().optional() }),
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
    case 'operator':
      return {
        typ: 'operator',
        sub: caller.operatorId,
        pid: caller.partnerId,
        role: caller.role,
        rid: caller.resellerId,
        sid: caller.sessionId ?? undefined,
      };
    case 'platform':
      return { typ: 'platform', sub: caller.staffId, role: caller.role, sid: caller.sessionId ?? undefined };
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

function callerFromClaims(claims: AccessTokenClaims): Caller {
  switch (claims.typ) {
    case 'operator':
      return {
        kind: 'operator',
        operatorId: claims.sub,
        partnerId: claims.pid,
        role: claims.role,
        resellerId: claims.rid ?? null,
        sessionId: claims.sid ?? null,
      };
    case 'platform':
      return { kind: 'platform', staffId: claims.sub, role: claims.role, sessionId: claims.sid ?? null };
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

/** Whether the session (or API key) behind a verified token is still live; revocation is checked here. */
export type SessionCheck = (caller: Caller, token: string) => Promise<boolean>;

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** The published key set, or a key resolver (the issuer verifies its own tokens without HTTP). */
  keys: string | JWTVerifyGetKey;
  /** Asked for every token that names a session, after its signature and claims check out. */
  sessionCheck?: SessionCheck;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

export function bearerTokenOf(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? null;
}

/** Checks signature, algorithm, issuer, audience and expiry before any claim is trusted. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = typeof options.keys === 'string' ? createRemoteJWKSet(new URL(options.keys)) : options.keys;
  return async (authorization) => {
    const token = bearerTokenOf(authorization);
    if (!token) throw new AuthenticationError();
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [TOKEN_ALGORITHM],
        typ: 'at+jwt',
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch {
      throw new AuthenticationError('Your session has expired or the access token is not valid. Sign in again.');
    }
    const claims = accessTokenClaims.safeParse(payload);
    if (!claims.success) throw new AuthenticationError('The access token does not name a caller.');
    const caller = callerFromClaims(claims.data);
    if (caller.sessionId && options.sessionCheck && !(await options.sessionCheck(caller, token))) {
      throw new AuthenticationError('This session has ended. Sign in again.');
    }
    return caller;
  };
}

/**
 * Asks the accounts subgraph whether a token's session is still live, remembering a "yes" for
 * a few seconds so that a busy session costs one call per interval, not one per request.
 * A revoked session is therefore refused here within `cacheMs` at most.
 */
export function remoteSessionCheck(statusUrl: string, cacheMs = 5_000): SessionCheck {
  const liveUntil = new Map<string, number>();
  return async (caller, token) => {
    const key = `${caller.kind}:${caller.sessionId}`;
    const now = Date.now();
    if ((liveUntil.get(key) ?? 0) > now) return true;
    const response = await fetch(statusUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5_000),
    });
    if (response.status === 401) {
      liveUntil.delete(key);
      return false;
    }
    if (!response.ok) throw new Error(`session status answered ${response.status}`);
    if (liveUntil.size > 50_000) liveUntil.clear();
    liveUntil.set(key, now + cacheMs);
    return true;
  };
}
