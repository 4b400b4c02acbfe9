import { loadSubgraphConfig } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY, parseEncryptionKey } from './credentials/signing-key.cipher';

// An empty variable means "not set", as shells and .env files often leave them.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const encryptionKey = z.string().refine((value) => {
  try {
    parseEncryptionKey(value);
    return true;
  } catch {
    return false;
  }
}, 'Use 32 random bytes, base64-encoded (e.g. `openssl rand -base64 32`).');

const accountsEnvironment = z.object({
  /** Where people open Clientele (the gateway); invitation links point here. */
  PUBLIC_URL: z.preprocess(unsetIfEmpty, z.url().default('http://localhost:4000')),
  /** Encrypts the private signing keys at rest; required in production. */
  SIGNING_KEY_ENCRYPTION_KEY: z.preprocess(unsetIfEmpty, encryptionKey.optional()),
  /** Earlier encryption keys, comma-separated: still read, and re-encrypted under the current one at start. */
  SIGNING_KEY_DECRYPTION_KEYS: z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((key) => key.trim())
            .filter(Boolean)
        : [],
    z.array(encryptionKey),
  ),
  /** Customers per set-based statement (and transaction) of a bulk action. */
  BULK_ACTION_BATCH_SIZE: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(50_000).default(5_000)),
  /** Bulk actions over at most this many customers finish inside the request; larger ones run on the queue. */
  BULK_ACTION_INLINE_LIMIT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(50_000).default(1_000)),
  /** Days a completed customer export's file is kept for download before it is removed. */
  CUSTOMER_EXPORT_RETENTION_DAYS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(365).default(7)),
});

const base = loadSubgraphConfig('accounts', { port: 4001 });
const parsed = accountsEnvironment.safeParse(process.env);
if (!parsed.success) throw new Error(`Invalid accounts configuration:\n${z.prettifyError(parsed.error)}`);
const production = base.environment === 'production';
const signingKeyEncryptionKey =
  parsed.data.SIGNING_KEY_ENCRYPTION_KEY ?? (production ? undefined : DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY);
if (!signingKeyEncryptionKey || (production && signingKeyEncryptionKey === DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY)) {
  throw new Error(
    'Invalid accounts configuration: set SIGNING_KEY_ENCRYPTION_KEY to 32 random bytes, base64-encoded ' +
      '(`openssl rand -base64 32`); production does not use the development key.',
  );
}

export const config = {
  ...base,
  publicUrl: parsed.data.PUBLIC_URL.replace(/\/$/, ''),
  /** Refresh cookies travel over HTTPS only in production; local HTTP development needs them too. */
  secureCookies: production,
  bulkActions: {
    batchSize: parsed.data.BULK_ACTION_BATCH_SIZE,
    inlineLimit: parsed.data.BULK_ACTION_INLINE_LIMIT,
  },
  customerExports: { retentionDays: parsed.data.CUSTOMER_EXPORT_RETENTION_DAYS },
  signingKeyEncryption: {
    current: parseEncryptionKey(signingKeyEncryptionKey),
    previous: parsed.data.SIGNING_KEY_DECRYPTION_KEYS.map(parseEncryptionKey),
  },
};

export type AccountsConfig = typeof config;
