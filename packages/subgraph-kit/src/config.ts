import { resolve } from 'node:path';
import { z } from 'zod';
import type { FileStoreConfig } from './file-store';
import type { ServiceName } from './internal-calls';

/**
 * Settings every subgraph reads. Each process validates its environment once, in its own
 * `config.ts`, through `loadSubgraphConfig`; nothing else reads `process.env`.
 */
// An empty variable means "not set", as shells and .env files often leave them.
/** How long PostgreSQL lets a subgraph's statement run, unless `STATEMENT_TIMEOUT_MS` says otherwise. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional());
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());

/** Where files (invoice PDFs, logos) are kept without S3: beside the embedded PostgreSQL's data, in the checkout. */
export const DEFAULT_FILE_STORE_DIR = resolve(__dirname, '..', '..', '..', '.data', 'files');

export const subgraphEnvironment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: optionalUrl,
  /** The queue lives beside the data it is enqueued with, so it shares the subgraph's database by default. */
  QUEUE_SCHEMA: z.string().default('queue'),
  AUTH_ISSUER: z.string().default('clientele'),
  AUTH_AUDIENCE: z.string().default('clientele-api'),
  AUTH_JWKS_URL: optionalUrl,
  /** The accounts subgraph, which owns sessions and the audit log. */
  ACCOUNTS_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url().default('http://127.0.0.1:4001')),
  BILLING_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url().default('http://127.0.0.1:4002')),
  MESSAGING_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url().default('http://127.0.0.1:4003')),
  /** Shared by the subgraphs, proving a call to an internal route comes from one of them; required in production. */
  SERVICE_KEY: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(32).optional()),
  /** Logs every SQL statement with its request id: for counting statements per request, not for production. */
  LOG_SQL: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** PostgreSQL stops any statement of a subgraph that runs longer than this. */
  STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10 * 60_000)
    .default(DEFAULT_STATEMENT_TIMEOUT_MS),
  /** A local folder for the file store, used unless an S3 bucket is configured. */
  FILE_STORE_DIR: optionalText,
  FILE_STORE_S3_BUCKET: optionalText,
  FILE_STORE_S3_REGION: optionalText,
  FILE_STORE_S3_ENDPOINT: optionalUrl,
  FILE_STORE_S3_ACCESS_KEY_ID: optionalText,
  FILE_STORE_S3_SECRET_ACCESS_KEY: optionalText,
  /** MinIO and most S3-compatible servers want `bucket` in the path rather than in the host name. */
  FILE_STORE_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((value) => value === 'true'),
});

export interface SubgraphConfig {
  service: string;
  environment: 'development' | 'production' | 'test';
  logLevel: string;
  host: string;
  port: number;
  databaseUrl: string;
  databaseSchema: string;
  queueSchema: string;
  auth: {
    issuer: string;
    audience: string;
    jwksUrl: string;
    /** Where a token's session is checked for revocation (accounts answers 204 or 401). */
    sessionStatusUrl: string;
  };
  seedDemo: boolean;
  logSql: boolean;
  /** PostgreSQL's `statement_timeout` on every connection the subgraph opens. */
  statementTimeoutMs: number;
  /** Where each subgraph serves its internal routes. */
  services: Record<ServiceName, string>;
  serviceKey: string;
  /** Where files are kept: a local folder, or an S3-compatible bucket. */
  fileStore: FileStoreConfig;
}

/** Lets subgraphs started by hand in development talk to each other; production refuses it. */
export const DEVELOPMENT_SERVICE_KEY = 'development-only-service-key-never-use-in-production';

export class ConfigError extends Error {}

/**
 * Reads a subgraph's settings. `ACCOUNTS_DATABASE_URL` (and likewise for each service)
 * overrides `DATABASE_URL`, so each subgraph can live in its own database.
 */
export function loadSubgraphConfig(
  service: string,
  defaults: { port: number },
  env: NodeJS.ProcessEnv = process.env,
): SubgraphConfig {
  const overrideName = `${service.toUpperCase()}_DATABASE_URL`;
  const parsed = subgraphEnvironment
    .extend({
      PORT: z.coerce.number().int().min(1).max(65535).default(defaults.port),
      SERVICE_DATABASE_URL: optionalUrl,
    })
    .safeParse({ ...env, SERVICE_DATABASE_URL: env[overrideName] });
  if (!parsed.success) {
    throw new ConfigError(`Invalid ${service} configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const values = parsed.data;
  const databaseUrl = values.SERVICE_DATABASE_URL ?? values.DATABASE_URL;
  const accountsUrl = values.ACCOUNTS_URL.replace(/\/$/, '');
  const serviceKey = values.SERVICE_KEY ?? (values.NODE_ENV === 'production' ? undefined : DEVELOPMENT_SERVICE_KEY);
  if (!serviceKey || (values.NODE_ENV === 'production' && serviceKey === DEVELOPMENT_SERVICE_KEY)) {
    throw new ConfigError(
      `Invalid ${service} configuration: set SERVICE_KEY to the same random secret (at least 32 characters, e.g. \`openssl rand -base64 32\`) for every subgraph.`,
    );
  }
  if (Boolean(values.FILE_STORE_S3_ACCESS_KEY_ID) !== Boolean(values.FILE_STORE_S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      `Invalid ${service} configuration: set both FILE_STORE_S3_ACCESS_KEY_ID and FILE_STORE_S3_SECRET_ACCESS_KEY, or neither (then the AWS SDK's own credential chain is used).`,
    );
  }
  if (!databaseUrl) {
    throw new ConfigError(
      `No database configured for ${service}: set DATABASE_URL (or ${overrideName}), or start it with \`pnpm start\`, which runs an embedded PostgreSQL.`,
    );
  }
  return {
    service,
    environment: values.NODE_ENV,
    logLevel: values.LOG_LEVEL,
    host: values.HOST,
    port: values.PORT,
    databaseUrl,
    databaseSchema: service,
    queueSchema: values.QUEUE_SCHEMA,
    auth: {
      issuer: values.AUTH_ISSUER,
      audience: values.AUTH_AUDIENCE,
      jwksUrl: values.AUTH_JWKS_URL ?? `${accountsUrl}/.well-known/jwks.json`,
      sessionStatusUrl: `${accountsUrl}/auth/session`,
    },
    seedDemo: values.SEED_DEMO,
    logSql: values.LOG_SQL,
    statementTimeoutMs: values.STATEMENT_TIMEOUT_MS,
    services: {
      accounts: accountsUrl,
      billing: values.BILLING_URL.replace(/\/$/, ''),
      messaging: values.MESSAGING_URL.replace(/\/$/, ''),
    },
    serviceKey,
    fileStore: values.FILE_STORE_S3_BUCKET
      ? {
          kind: 's3',
          bucket: values.FILE_STORE_S3_BUCKET,
          region: values.FILE_STORE_S3_REGION ?? 'us-east-1',
          endpoint: values.FILE_STORE_S3_ENDPOINT ?? null,
          forcePathStyle: values.FILE_STORE_S3_FORCE_PATH_STYLE,
          credentials:
            values.FILE_STORE_S3_ACCESS_KEY_ID && values.FILE_STORE_S3_SECRET_ACCESS_KEY
              ? {
                  accessKeyId: values.FILE_STORE_S3_ACCESS_KEY_ID,
                  secretAccessKey: values.FILE_STORE_S3_SECRET_ACCESS_KEY,
                }
              : null,
        }
      : { kind: 'local', directory: resolve(values.FILE_STORE_DIR ?? DEFAULT_FILE_STORE_DIR) },
  };
}
