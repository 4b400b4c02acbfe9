import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDED_POSTGRES, embeddedDatabaseUrl } from '@clientele/stack';
import { PLATFORM_ROLES, type PlatformRole, initializeDatabase, loadSubgraphConfig } from '@clientele/subgraph-kit';
import { createAccountsDataSource } from '../index';
import { PlatformStaffService } from '../platform';

/**
 * Adds a member of Clientele's own staff; there is deliberately no API for it.
 * Usage: pnpm --filter @clientele/accounts staff:add <email> <name> <PLATFORM_ADMIN|PLATFORM_VIEWER>
 * The password is read from CLIENTELE_STAFF_PASSWORD, so it stays out of the shell history.
 * Without DATABASE_URL (or ACCOUNTS_DATABASE_URL) it uses the embedded PostgreSQL of `pnpm start`,
 * found the way `pnpm start` finds it (CLIENTELE_DATA_DIR, EMBEDDED_POSTGRES_PORT), which must be running.
 */
async function main(): Promise<void> {
  const [email, name, role] = process.argv.slice(2);
  const password = process.env.CLIENTELE_STAFF_PASSWORD ?? '';
  if (!email || !name || !PLATFORM_ROLES.includes(role as PlatformRole) || password.length < 12) {
    throw new Error(
      'usage: CLIENTELE_STAFF_PASSWORD=<12+ characters> staff:add <email> <name> <PLATFORM_ADMIN|PLATFORM_VIEWER>',
    );
  }
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
    {
      ...process.env,
      DATABASE_URL: configured || embeddedDatabaseUrl(embeddedPort),
    },
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
  const staff = await new PlatformStaffService(dataSource).provision({
    email,
    name,
    role: role as PlatformRole,
    password,
  });
  console.log(`added ${staff.role} ${staff.email} (${staff.id})`);
  await dataSource.destroy();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
