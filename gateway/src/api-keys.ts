import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { config } from './config';
import { authenticationError } from './errors';
import { logger } from './logger';
import { currentTrace } from '@clientele/subgraph-kit/http';

/** Partner API keys start with this; access tokens are JWTs and never do. */
const API_KEY_PREFIX = 'clt_';

/** Exchange again this long before the token expires, so no request leaves with a dying token. */
const REFRESH_MARGIN_MS = 60_000;

const grantedToken = z.object({
  access_token: z.string().min(1),
  token_type: z.literal('Bearer'),
  expires_in: z.number().positive(),
});
const refusal = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export function isApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

interface ExchangeContext {
  apiKey: string;
  requestId: string;
}

/** Trades an API key for an access token at the accounts subgraph (OAuth client credentials). */
async function exchange({ apiKey, requestId }: ExchangeContext): Promise<{ accessToken: string; ttlMs: number }> {
  const response = await fetch(`${config.subgraphs.accounts}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ grant_type: 'client_credentials', client_secret: apiKey }),
    signal: AbortSignal.timeout(config.subgraphTimeoutMs.accounts),
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) {
    const parsed = refusal.safeParse(body);
    throw authenticationError(parsed.success ? parsed.data.error.message : 'The API key is not valid.');
  }
  const granted = grantedToken.safeParse(body);
  if (!response.ok || !granted.success) {
    throw new Error(`API key exchange failed: accounts answered ${response.status}`);
  }
  return { accessToken: granted.data.access_token, ttlMs: granted.data.expires_in * 1000 - REFRESH_MARGIN_MS };
}

/**
 * Access tokens by SHA-256 of the key they were issued for, so the cache never holds a key itself.
 * `fetch` also folds concurrent requests with the same key into one exchange.
 */
const tokens = new LRUCache<string, string, ExchangeContext>({
  max: 10_000,
  fetchMethod: async (digest, _stale, { options, context }) => {
    const { accessToken, ttlMs } = await exchange(context);
    // The digest's start tells exchanges for one key apart from another's without revealing either.
    (currentTrace()?.log ?? logger).info(
      { apiKey: digest.slice(0, 12), ttlMs },
      'API key exchanged for an access token',
    );
    // Each token lives as long as its `expires_in` says; one about to expire is used once, not kept.
    options.ttl = Math.max(ttlMs, 1);
    return accessToken;
  },
});

/** An access token for the API key, exchanged now or reused from an earlier exchange. */
export async function accessTokenForApiKey(apiKey: string, requestId: string): Promise<string> {
  const digest = createHash('sha256').update(apiKey).digest('base64url');
  const accessToken = await tokens.fetch(digest, { context: { apiKey, requestId } });
  if (!accessToken) throw new Error('API key exchange returned no token');
  return accessToken;
}
