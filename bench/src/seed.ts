import { PartnerProvisioner, createAccountsDataSource, seedAccountsDemo } from '@clientele/accounts';
import { createBillingDataSource, seedBillingDemo } from '@clientele/billing';
import { createMessagingDataSource, seedMessagingDemo } from '@clientele/messaging';
import { Client } from 'pg';

export interface SeedStep {
  name: string;
  durationMs: number;
}

export interface SeedReport {
  customers: number;
  durationMs: number;
  steps: SeedStep[];
  /** Rows per table after seeding, `schema.table` → count. */
  rowCounts: Record<string, number>;
}

const SEEDED_TABLES = [
  'accounts.customers',
  'accounts.members',
  'billing.billing_accounts',
  'billing.ledger_entries',
  'messaging.customer_directory',
  'messaging.messages',
] as const;

async function timed(steps: SeedStep[], name: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  steps.push({ name, durationMs: performance.now() - started });
}

/**
 * Seeds the demo partner with `customers` customers through each subgraph's own seeder, over
 * data sources on the schemas the running subgraphs have already migrated. Accounts goes first
 * because it provisions the partner and its operator; the others only follow the same ids.
 */
export async function seedDemo(databaseUrl: string, customers: number): Promise<SeedReport> {
  const steps: SeedStep[] = [];
  const started = performance.now();

  const accounts = createAccountsDataSource({ databaseUrl, databaseSchema: 'accounts', service: 'accounts' });
  const billing = createBillingDataSource({ databaseUrl, databaseSchema: 'billing', service: 'billing' });
  const messaging = createMessagingDataSource({ databaseUrl, databaseSchema: 'messaging', service: 'messaging' });
  const dataSources = [accounts, billing, messaging];
  try {
    await Promise.all(dataSources.map((dataSource) => dataSource.initialize()));
    await timed(steps, 'accounts: partner, customers, members', () =>
      seedAccountsDemo(accounts, new PartnerProvisioner(accounts), { customers }),
    );
    await timed(steps, 'billing: accounts, ledger entries', () => seedBillingDemo(billing, { customers }));
    await timed(steps, 'messaging: directory, messages', () => seedMessagingDemo(messaging, { customers }));
  } finally {
    await Promise.all(dataSources.filter((source) => source.isInitialized).map((source) => source.destroy()));
  }

  const client = new Client({ connectionString: databaseUrl, application_name: 'clientele-bench' });
  await client.connect();
  try {
    // Fresh statistics and visibility maps, so the planner and index-only scans see the bulk load
    // now rather than whenever autovacuum gets to it in the middle of a measurement.
    await timed(steps, 'vacuum analyze', () => client.query(`VACUUM ANALYZE ${SEEDED_TABLES.join(', ')}`));
    const durationMs = performance.now() - started;
    const rowCounts: Record<string, number> = {};
    for (const table of SEEDED_TABLES) {
      const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
      rowCounts[table] = rows[0]?.count ?? 0;
    }
    return { customers, durationMs, steps, rowCounts };
  } finally {
    await client.end();
  }
}
