import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();
const positiveNumber = z.coerce.number().positive();
const timeoutMs = z.coerce.number().int().min(100);

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  ACCOUNTS_URL: z.url().default('http://127.0.0.1:4001'),
  BILLING_URL: z.url().default('http://127.0.0.1:4002'),
  MESSAGING_URL: z.url().default('http://127.0.0.1:4003'),
  SUBGRAPH_TIMEOUT_MS: timeoutMs.default(10_000),
  ACCOUNTS_TIMEOUT_MS: timeoutMs.optional(),
  BILLING_TIMEOUT_MS: timeoutMs.optional(),
  MESSAGING_TIMEOUT_MS: timeoutMs.optional(),
  AUTH_ISSUER: z.string().default('clientele'),
  AUTH_AUDIENCE: z.string().default('clientele-api'),
  AUTH_JWKS_URL: z.url().optional(),
  ADMIN_WEB_DIST: z.string().optional(),
  // Armor's default depth is 6, but one Relay hop costs two levels (edges, node):
  // customers → members as connections is already 7 deep. 10 allows three hops plus leaves.
  MAX_QUERY_DEPTH: positiveInt.default(10),
  MAX_QUERY_ALIASES: positiveInt.default(15),
  MAX_QUERY_DIRECTIVES: positiveInt.default(50),
  MAX_QUERY_TOKENS: positiveInt.default(1000),
  MAX_QUERY_COST: positiveInt.default(5000),
  RATE_LIMIT_API_KEY_CAPACITY: positiveInt.default(5000),
  RATE_LIMIT_API_KEY_LEAK_PER_SECOND: positiveNumber.default(100),
  // Operators, platform staff and portal users click through screens in bursts; a larger budget.
  RATE_LIMIT_INTERACTIVE_CAPACITY: positiveInt.default(20_000),
  RATE_LIMIT_INTERACTIVE_LEAK_PER_SECOND: positiveNumber.default(500),
});

const parsed = environment.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid gateway configuration:\n${z.prettifyError(parsed.error)}`);
}
const values = parsed.data;

/** Where each subgraph listens: the base URL, without /graphql. */
export type SubgraphName = 'accounts' | 'billing' | 'messaging';

/** How much query cost a principal may spend: a leaky bucket of `capacity` draining `leakPerSecond`. */
export interface BucketBudget {
  capacity: number;
  leakPerSecond: number;
}

export const config = {
  environment: values.NODE_ENV,
  production: values.NODE_ENV === 'production',
  logLevel: values.LOG_LEVEL,
  host: values.HOST,
  port: values.PORT,
  subgraphs: {
    accounts: values.ACCOUNTS_URL.replace(/\/$/, ''),
    billing: values.BILLING_URL.replace(/\/$/, ''),
    messaging: values.MESSAGING_URL.replace(/\/$/, ''),
  } satisfies Record<SubgraphName, string>,
  subgraphTimeoutMs: {
    accounts: values.ACCOUNTS_TIMEOUT_MS ?? values.SUBGRAPH_TIMEOUT_MS,
    billing: values.BILLING_TIMEOUT_MS ?? values.SUBGRAPH_TIMEOUT_MS,
    messaging: values.MESSAGING_TIMEOUT_MS ?? values.SUBGRAPH_TIMEOUT_MS,
  } satisfies Record<SubgraphName, number>,
  auth: {
    issuer: values.AUTH_ISSUER,
    audience: values.AUTH_AUDIENCE,
    jwksUrl: values.AUTH_JWKS_URL ?? `${values.ACCOUNTS_URL.replace(/\/$/, '')}/.well-known/jwks.json`,
  },
  limits: {
    maxDepth: values.MAX_QUERY_DEPTH,
    maxAliases: values.MAX_QUERY_ALIASES,
    maxDirectives: values.MAX_QUERY_DIRECTIVES,
    maxTokens: values.MAX_QUERY_TOKENS,
    maxCost: values.MAX_QUERY_COST,
  },
  rateLimit: {
    apiKey: {
      capacity: values.RATE_LIMIT_API_KEY_CAPACITY,
      leakPerSecond: values.RATE_LIMIT_API_KEY_LEAK_PER_SECOND,
    } satisfies BucketBudget,
    interactive: {
      capacity: values.RATE_LIMIT_INTERACTIVE_CAPACITY,
      leakPerSecond: values.RATE_LIMIT_INTERACTIVE_LEAK_PER_SECOND,
    } satisfies BucketBudget,
  },
  adminWebDist: values.ADMIN_WEB_DIST,
};
