import { VerifiedTokens } from '@clientele/subgraph-kit/http';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { z } from 'zod';
import { accessTokenForApiKey, isApiKey } from './api-keys';
import { config } from './config';
import { authenticationError } from './errors';

const keys = createRemoteJWKSet(new URL(config.auth.jwksUrl));

/** Only what the gateway needs of a verified token; the subgraphs read the rest. */
const principalClaims = z.object({
  sub: z.string().min(1),
  typ: z.enum(['operator', 'platform', 'api_key', 'portal']),
  exp: z.number(),
});

type Principal = z.infer<typeof principalClaims>;

/** Keys stay published until every token they signed has expired, so a verified token stays verified. */
const verifiedTokens = new VerifiedTokens<Principal>();

/** Which rate-limit budget a caller draws on: partner apps, or people at a screen. */
export type BudgetName = 'apiKey' | 'interactive';

export interface Caller {
  /** The header to forward to the subgraphs: always an access token, never an API key. */
  authorization: string;
  /** `typ:sub` of the verified token: whose rate-limit bucket a request draws on. */
  principal: string;
  budget: BudgetName;
}

function bearerCredential(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1])
    throw authenticationError('Sign in to continue: send an access token as `Authorization: Bearer <token>`.');
  return match[1];
}

async function verifiedPrincipal(accessToken: string): Promise<Principal> {
  const remembered = verifiedTokens.get(accessToken);
  if (remembered) return remembered;
  try {
    const { payload } = await jwtVerify(accessToken, keys, {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      algorithms: ['ES256'],
      typ: 'at+jwt',
    });
    const principal = principalClaims.parse(payload);
    verifiedTokens.remember(accessToken, principal, principal.exp);
    return principal;
  } catch {
    throw authenticationError('Your session has expired or the access token is not valid. Sign in again.');
  }
}

/**
 * Refuses a request without a valid credential at the edge, with a clear answer, and says who is
 * calling. An API key is exchanged for an access token first, so the subgraphs only ever see
 * access tokens; they verify the token again themselves.
 */
export async function authenticate(authorization: string | undefined, requestId: string): Promise<Caller> {
  const credential = bearerCredential(authorization);
  const accessToken = isApiKey(credential) ? await accessTokenForApiKey(credential, requestId) : credential;
  const { typ, sub } = await verifiedPrincipal(accessToken);
  return {
    authorization: `Bearer ${accessToken}`,
    principal: `${typ}:${sub}`,
    budget: typ === 'api_key' ? 'apiKey' : 'interactive',
  };
}
