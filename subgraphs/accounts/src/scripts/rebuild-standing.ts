import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDED_POSTGRES, embeddedDatabaseUrl } from '@clientele/stack';
import { EventBus, createLogger, initializeDatabase, isValidId, loadSubgraphConfig } from '@clientele/subgraph-kit';
import { requestStandingRebuilds, standingRebuildsOf } from '../customer-standing';
import { createAccountsDataSource } from '../index';

const USAGE = 'usage: standing:rebuild <partnerId…|--all> [--wait]';

/**
 * Rebuilds the customer list's search projection (balances, amounts owed, low credit, last
 * messaged) from billing and messaging, for some partners or all, without stopping anything: it
 * queues one rebuild per partner, which the running accounts subgraph carries out page by page
 * while the list keeps answering and events keep landing. With `--wait` it follows them to the end.
 * Usage: pnpm --filter @clientele/accounts standing:rebuild <partnerId…|--all> [--wait]
 * Without DATABASE_URL (or ACCOUNTS_DATABASE_URL) it uses the embedded PostgreSQL of `pnpm start`,
 * found the way `pnpm start` finds it (CLIENTELE_DATA_DIR, EMBEDDED_POSTGRES_PORT), which must be running.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wait = args.includes('--wait');
  const all = args.includes('--all');
  const partnerIds = args.filter((arg) => !arg.startsWith('--'));
  if ((all ? partnerIds.length > 0 : partnerIds.length === 0) || !partnerIds.every(isValidId)) throw new Error(USAGE);
  const configured = process.env.ACCOUNTS_DATABASE_URL || process.env.DATABASE_URL;
  const embeddedPort = Number(process.env.EMBEDDED_POSTGRES_PORT || EMBEDDED_POSTGRES.port);
  const dataDir = process.env.CLIENTELE_DATA_DIR || EMBEDDED_POSTGRES.dataDir;
  if (!configured && !existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(
      `No database: set DATABASE_URL, or run \`pnpm start\` once to create the embedded one in ${dataDir}.`,
    );
  }
  const config = loadSubgraphConfig(
    'accounts',
    { port: 4001 },
    { ...process.env, DATABASE_URL: configured || embeddedDatabaseUrl(embeddedPort) },
  );
  const dataSource = createAccountsDataSource(config);
  try {
    await initializeDatabase(dataSource, config.databaseSchema);
  } catch (err) {
    if (configured || (err as { code?: string }).code !== 'ECONNREFUSED') throw err;
    throw new Error(
      `The embedded PostgreSQL (port ${embeddedPort}) is not running: start Clientele with \`pnpm start\` and run this again while it runs.`,
    );
  }
  const events = await EventBus.start({
    connectionString: config.databaseUrl,
    schema: config.queueSchema,
    logger: createLogger('accounts', 'warn'),
  });
  try {
    const ids = await requestStandingRebuilds(dataSource, events, all ? 'all' : partnerIds);
    console.log(`queued ${ids.length} rebuild(s): ${ids.join(', ')}`);
    while (wait) {
      const rebuilds = await standingRebuildsOf(dataSource, ids);
      for (const rebuild of rebuilds) {
        console.log(
          `${rebuild.partnerId}: ${rebuild.status}, ${rebuild.customersDone} customers${rebuild.error ? ` (retrying: ${rebuild.error})` : ''}`,
        );
      }
      if (rebuilds.every((rebuild) => rebuild.status !== 'RUNNING')) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    await events.stop();
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
