import { chmodSync, cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningStack, startStack } from '@clientele/stack';
import {
  STACK_ENV,
  TEST_BULK_ACTION_BATCH_SIZE,
  TEST_BULK_ACTION_INLINE_LIMIT,
  TEST_BULK_SEND_PAGE_SIZE,
  TEST_STACK_BUCKETS,
  type TestStack,
} from './env';

declare global {
  var clienteleTestStack: RunningStack | undefined;
}

/** One real stack for the whole run: fresh embedded PostgreSQL, subgraphs and gateway on free ports. */
export default async function globalSetup(): Promise<void> {
  const artifacts = join(__dirname, '..', '.artifacts');
  mkdirSync(artifacts, { recursive: true });
  const log = createWriteStream(join(artifacts, 'stack.log'));
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-test-'));
  // As root, PostgreSQL runs as its own user, which must be able to reach its data folder.
  chmodSync(scratch, 0o755);
  // The gateway serves its own copy of the built admin app: a suite that runs `pnpm start`
  // rebuilds admin-web/dist, and the browser suites beside it would meet a half-written folder.
  const adminWebDist = join(__dirname, '..', '..', 'admin-web', 'dist');
  const adminWebCopy = join(scratch, 'admin-web');
  if (existsSync(adminWebDist)) cpSync(adminWebDist, adminWebCopy, { recursive: true });
  const stack = await startStack({
    databaseUrl: process.env.TEST_DATABASE_URL,
    embeddedDataDir: join(scratch, 'postgres'),
    ephemeral: true,
    ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
    seedDemo: false,
    // SQL statements are logged with their request id, so tests can count what a request costs.
    // The suites that read every list of the schema as an API key (tenancy, fuzzing) ask for far
    // more than a partner app's budget; rate limits are tried on a gateway of their own.
    // Webhook retries wait 200 ms rather than minutes, so a test sees a delivery's whole schedule (4 attempts).
    env: {
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      LOG_SQL: 'true',
      WEBHOOK_RETRY_SCHEDULE: '200ms,200ms,200ms',
      // Bulk sends of a few hundred customers already read their recipients over several pages.
      BULK_SEND_PAGE_SIZE: String(TEST_BULK_SEND_PAGE_SIZE),
      // Bulk actions over a few thousand customers run as jobs of several batches.
      BULK_ACTION_BATCH_SIZE: String(TEST_BULK_ACTION_BATCH_SIZE),
      BULK_ACTION_INLINE_LIMIT: String(TEST_BULK_ACTION_INLINE_LIMIT),
      // Each run keeps its invoice PDFs and logos in its own scratch folder, gone with it.
      FILE_STORE_DIR: join(scratch, 'files'),
      ADMIN_WEB_DIST: adminWebCopy,
      RATE_LIMIT_API_KEY_CAPACITY: String(TEST_STACK_BUCKETS.apiKey.capacity),
      RATE_LIMIT_API_KEY_LEAK_PER_SECOND: String(TEST_STACK_BUCKETS.apiKey.leakPerSecond),
      RATE_LIMIT_INTERACTIVE_CAPACITY: String(TEST_STACK_BUCKETS.interactive.capacity),
      RATE_LIMIT_INTERACTIVE_LEAK_PER_SECOND: String(TEST_STACK_BUCKETS.interactive.leakPerSecond),
    },
    onLine: (name, line) => log.write(`${name} ${line}\n`),
  });
  globalThis.clienteleTestStack = stack;
  const env: TestStack = {
    gatewayUrl: stack.gatewayUrl,
    databaseUrl: stack.databaseUrl,
    subgraphUrls: stack.subgraphUrls,
    fileStoreDir: join(scratch, 'files'),
  };
  process.env[STACK_ENV] = JSON.stringify(env);
}
