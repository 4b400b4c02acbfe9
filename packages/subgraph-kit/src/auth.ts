import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { TOKEN_ALGORITHM, accessTokenClaims, callerFromClaims, claimsOf, type Caller } from './contracts/callers';
import { AuthenticationError } from './errors';
import { VerifiedTokens } from './http/verified-tokens';

/** Whether the session (or API key) behind a verified token is still live; revocation is checked here. */
export type SessionCheck = (caller: Caller, token: string) => Promise<boolean>;

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** The published key set, or a key resolver (the issuer verifies its own tokens without HTTP). */
  keys: string | JWTVerifyGetKey;
  /** Asked for every token, after its signature and claims check out; every token names a session or key. */
  sessionCheck?: SessionCheck;
  /**
   * Remember each token whose signature and claims checked out until it expires, so that a busy
   * caller's token is verified once, not on every request; the session is still asked about on
   * every request. Defaults to true for a published key set, whose keys jose remembers for
   * minutes anyway, and to false for a key resolver, unless its owner says that a key stays
   * trusted for as long as the tokens it signed live.
   */
  rememberVerified?: boolean;
}

/** How far ahead of this clock a token's issuer's clock may run; a token issued later than that is refused. */
export const CLOCK_SKEW_SECONDS = 60;

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

export function bearerTokenOf(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? null;
}

/** Checks signature, algorithm, issuer, audience and expiry before any claim is trusted. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = typeof options.keys === 'string' ? createRemoteJWKSet(new URL(options.keys)) : options.keys;
  const remember = options.rememberVerified ?? typeof options.keys === 'string';
  const verified = new VerifiedTokens<Caller>();
  const verify = async (token: string): Promise<Caller> => {
    const remembered = verified.get(token);
    // A copy: a request may not change what the next one is told.
    if (remembered) return { ...remembered };
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
      verified.forget(token);
      throw new AuthenticationError('Your session has expired or the access token is not valid. Sign in again.');
    }
    // jose checks only that `iat` is a number; a token from the future was minted with a wrong clock or to outlive its keys.
    const issuedAt = (payload as { iat: number }).iat;
    if (issuedAt > Math.floor(Date.now() / 1000) + CLOCK_SKEW_SECONDS) {
      throw new AuthenticationError('The access token is not valid yet. Sign in again.');
    }
    const claims = accessTokenClaims.safeParse(payload);
    if (!claims.success) throw new AuthenticationError('The access token does not name a caller.');
    const caller = callerFromClaims(claims.data);
    if (remember) verified.remember(token, caller, (payload as { exp: number }).exp);
    return caller;
  };
  return async (authorization) => {
    const token = bearerTokenOf(authorization);
    if (!token) throw new AuthenticationError();
    const caller = await verify(token);
    if (options.sessionCheck && !(await options.sessionCheck(caller, token))) {
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
    // Keyed by every claim the session is checked against, so a "yes" for one token is no answer for
    // another that names the same session with other claims.
    const key = JSON.stringify(claimsOf(caller));
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
