import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { TOKEN_ALGORITHM, accessTokenClaims, callerFromClaims, type Caller } from './contracts/callers';
import { AuthenticationError } from './errors';

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
