import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { signInResponse } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';

const run = promisify(execFile);

/** Only the embedded PostgreSQL is found without configuration; a test run against another server skips this. */
const embedded = process.env.TEST_DATABASE_URL ? it.skip : it;

describe('adding platform staff', () => {
  embedded(
    'should add a staff member to the embedded database without DATABASE_URL, found by its data folder and port',
    async () => {
      const [setting] = await (await database('accounts')).query<{ data_directory: string }[]>(`SHOW data_directory`);
      const dataDir = setting!.data_directory;
      const email = `staff-${randomUUID().slice(0, 8)}@clientele.test`;
      const password = `pw-${randomUUID()}`;
      const { DATABASE_URL: _database, ACCOUNTS_DATABASE_URL: _accounts, ...environment } = process.env;

      const { stdout } = await run(
        'pnpm',
        ['--silent', '--filter', '@clientele/accounts', 'staff:add', email, 'Staff Member', 'PLATFORM_VIEWER'],
        {
          cwd: resolve(__dirname, '..', '..'),
          env: {
            ...environment,
            CLIENTELE_STAFF_PASSWORD: password,
            CLIENTELE_DATA_DIR: dataDir,
            EMBEDDED_POSTGRES_PORT: new URL(testStack().databaseUrl).port,
          },
        },
      );

      expect(stdout).toContain(`added PLATFORM_VIEWER ${email}`);
      expect((await signInResponse(email, password)).status).toBe(200);
    },
    60_000,
  );
});
