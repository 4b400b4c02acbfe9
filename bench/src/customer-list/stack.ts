import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RunningStack, startStack } from '@clientele/stack';
import { z } from 'zod';
import { UNLIMITED_RATE, productionEnv } from '../stack';

const secretsFile = z.object({ SERVICE_KEY: z.string().min(1), SIGNING_KEY_ENCRYPTION_KEY: z.string().min(1) });

/**
 * The secrets the services ran with when the data was seeded, kept beside it: the signing keys
 * accounts stores are encrypted with one of them, so a reused database needs the same ones.
 */
async function keptSecrets(dataDir: string): Promise<z.infer<typeof secretsFile>> {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return secretsFile.parse(JSON.parse(await readFile(file, 'utf8')));
  const { SERVICE_KEY, SIGNING_KEY_ENCRYPTION_KEY } = productionEnv({});
  const secrets = secretsFile.parse({ SERVICE_KEY, SIGNING_KEY_ENCRYPTION_KEY });
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

/**
 * A stack on free ports over an embedded PostgreSQL that outlives it: seeding a million customers
 * takes minutes, so the data is kept under `dataDir` and reused by the next run.
 */
export async function startKeptStack(options: {
  dataDir: string;
  onLine: (name: string, line: string) => void;
}): Promise<RunningStack> {
  const secrets = await keptSecrets(options.dataDir);
  return startStack({
    ephemeral: false,
    embeddedDataDir: join(options.dataDir, 'postgres'),
    embeddedPort: 0,
    ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
    seedDemo: false,
    env: { ...productionEnv(), ...secrets, ...UNLIMITED_RATE },
    onLine: options.onLine,
  });
}
