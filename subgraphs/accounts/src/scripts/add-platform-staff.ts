import { PLATFORM_ROLES, type PlatformRole, initializeDatabase } from '@clientele/subgraph-kit';
import { config } from '../config';
import { createAccountsDataSource } from '../index';
import { PlatformStaffService } from '../platform';

/**
 * Adds a member of Clientele's own staff; there is deliberately no API for it.
 * Usage: pnpm --filter @clientele/accounts staff:add <email> <name> <PLATFORM_ADMIN|PLATFORM_VIEWER>
 * The password is read from CLIENTELE_STAFF_PASSWORD, so it stays out of the shell history.
 */
async function main(): Promise<void> {
  const [email, name, role] = process.argv.slice(2);
  const password = process.env.CLIENTELE_STAFF_PASSWORD ?? '';
  if (!email || !name || !PLATFORM_ROLES.includes(role as PlatformRole) || password.length < 12) {
    throw new Error(
      'usage: CLIENTELE_STAFF_PASSWORD=<12+ characters> staff:add <email> <name> <PLATFORM_ADMIN|PLATFORM_VIEWER>',
    );
  }
  const dataSource = createAccountsDataSource(config);
  await initializeDatabase(dataSource, config.databaseSchema);
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
