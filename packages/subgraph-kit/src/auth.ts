import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { AuthenticationError } from './errors';

export const OPERATOR_ROLES = ['OWNER', 'ADMIN', 'BILLING', 'SUPPORT', 'READ_ONLY'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** Who is calling, as proven by a verified access token. */
export interface OperatorCaller {
  kind: 'operator';
  operatorId: string;
  partnerId: string;
  role: OperatorRole;
  /** Set when the operator may see only one reseller's customers. */
  resellerId: string | null;
}

export type Caller = OperatorCaller;

/** Only asymmetric signatures are accepted: a subgraph can verify a token but never mint one. */
export const TOKEN_ALGORITHM = 'ES256';

const accessTokenClaims = z.object({
  sub: z.guid(),
  typ: z.literal('operator'),
  pid: z.guid(),
  role: z.enum(OPERATOR_ROLES),
  rid: z.guid().nullable().optional(),
});

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** The published key set, or a key resolver (the issuer verifies its own tokens without HTTP). */
  keys: string | JWTVerifyGetKey;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** Checks signature, algorithm, issuer, audience and expiry before any claim is trusted. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = typeof options.keys === 'string' ? createRemoteJWKSet(new URL(options.keys)) : options.keys;
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match?.[1]) throw new AuthenticationError();
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1], keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [TOKEN_ALGORITHM],
        requiredClaims: ['exp', 'sub'],
      }));
    } catch {
      throw new AuthenticationError('Your session has expired or the access token is not valid. Sign in again.');
    }
    const claims = accessTokenClaims.safeParse(payload);
    if (!claims.success) throw new AuthenticationError('The access token does not name a caller.');
    return {
      kind: 'operator',
      operatorId: claims.data.sub,
      partnerId: claims.data.pid,
      role: claims.data.role,
      resellerId: claims.data.rid ?? null,
    };
  };
}
