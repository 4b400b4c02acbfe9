import { z } from 'zod';

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  ACCOUNTS_URL: z.url().default('http://127.0.0.1:4001'),
  BILLING_URL: z.url().default('http://127.0.0.1:4002'),
  MESSAGING_URL: z.url().default('http://127.0.0.1:4003'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  AUTH_ISSUER: z.string().default('clientele'),
  AUTH_AUDIENCE: z.string().default('clientele-api'),
  AUTH_JWKS_URL: z.url().optional(),
  ADMIN_WEB_DIST: z.string().optional(),
});

const parsed = environment.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid gateway configuration:\n${z.prettifyError(parsed.error)}`);
}
const values = parsed.data;

/** Where each subgraph listens: the base URL, without /graphql. */
export type SubgraphName = 'accounts' | 'billing' | 'messaging';

export const config = {
  environment: values.NODE_ENV,
  logLevel: values.LOG_LEVEL,
  host: values.HOST,
  port: values.PORT,
  subgraphs: {
    accounts: values.ACCOUNTS_URL.replace(/\/$/, ''),
    billing: values.BILLING_URL.replace(/\/$/, ''),
    messaging: values.MESSAGING_URL.replace(/\/$/, ''),
  } satisfies Record<SubgraphName, string>,
  subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
  auth: {
    issuer: values.AUTH_ISSUER,
    audience: values.AUTH_AUDIENCE,
    jwksUrl: values.AUTH_JWKS_URL ?? `${values.ACCOUNTS_URL.replace(/\/$/, '')}/.well-known/jwks.json`,
  },
  adminWebDist: values.ADMIN_WEB_DIST,
};
