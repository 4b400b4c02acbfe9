import { z } from 'zod';

const signInResponse = z.object({ accessToken: z.string().min(1) });

const graphqlResponse = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string() }).loose()).optional(),
});

class GatewayRequestError extends Error {}

/** Signs in through the gateway, as the admin app does, and returns the access token. */
export async function signIn(gatewayUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new GatewayRequestError(`sign-in failed: HTTP ${response.status} ${await response.text()}`);
  return signInResponse.parse(await response.json()).accessToken;
}

export interface GatewayClient {
  /** Posts one operation and returns its `data`; HTTP errors and GraphQL errors throw. */
  request(query: string, variables: Record<string, unknown>): Promise<unknown>;
}

/**
 * A GraphQL client over Node's fetch (undici, keep-alive). It checks the envelope only, so
 * the time measured is the round trip and the JSON parse, as for any client.
 */
export function createGatewayClient(gatewayUrl: string, accessToken: string): GatewayClient {
  const url = `${gatewayUrl}/graphql`;
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  return {
    async request(query, variables) {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = graphqlResponse.safeParse(await response.json());
      if (!body.success) throw new GatewayRequestError(`HTTP ${response.status}: not a GraphQL response`);
      if (body.data.errors?.length) {
        throw new GatewayRequestError(`HTTP ${response.status}: ${body.data.errors.map((e) => e.message).join('; ')}`);
      }
      if (!response.ok) throw new GatewayRequestError(`HTTP ${response.status}`);
      return body.data.data;
    },
  };
}
