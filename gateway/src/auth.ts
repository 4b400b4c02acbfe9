import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { config } from './config';

const keys = createRemoteJWKSet(new URL(config.auth.jwksUrl));

export function authenticationError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Refuses a request without a valid token at the edge, with a clear answer. The subgraphs
 * verify the same token again themselves; this check only spares them the traffic.
 */
export async function requireAccessToken(authorization: string | undefined): Promise<string> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1])
    throw authenticationError('Sign in to continue: send an access token as `Authorization: Bearer <token>`.');
  try {
    await jwtVerify(match[1], keys, {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      algorithms: ['ES256'],
    });
  } catch {
    throw authenticationError('Your session has expired or the access token is not valid. Sign in again.');
  }
  return authorization!;
}
