/**
 * `pnpm start`: PostgreSQL (embedded unless DATABASE_URL is set), the three subgraphs and the
 * gateway with the built admin app, until Ctrl-C or SIGTERM stops them in order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type StackService, startStack } from '@clientele/stack';
import { z } from 'zod';

// An empty variable (`DATABASE_URL= pnpm start`) means "not set".
const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional());

const environment = z.object({
  DATABASE_URL: optionalUrl,
  CLIENTELE_DATA_DIR: z.string().default(resolve(__dirname, '..', '.data', 'postgres')),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  ACCOUNTS_PORT: z.coerce.number().int().min(1).max(65535).default(4001),
  BILLING_PORT: z.coerce.number().int().min(1).max(65535).default(4002),
  MESSAGING_PORT: z.coerce.number().int().min(1).max(65535).default(4003),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
});

/** The setting that moves each service to another port. */
const PORT_SETTING: Record<StackService, string> = {
  gateway: 'PORT',
  accounts: 'ACCOUNTS_PORT',
  billing: 'BILLING_PORT',
  messaging: 'MESSAGING_PORT',
  postgres: 'EMBEDDED_POSTGRES_PORT',
};

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid …": the command may contain spaces and parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(parent) ? parent : undefined;
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * The processes between this one and the package manager that started it (`pnpm start` runs
 * `sh -c "… && node scripts/start.ts"`). A process manager's SIGTERM reaches only the top one, and
 * neither pnpm nor the shell passes it on; when any of them has gone, the stack stops. Empty when
 * started directly with node, or where /proc does not exist.
 */
function launchers(): number[] {
  const chain: number[] = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 32;) {
    chain.push(pid);
    const parent = parentOf(pid);
    if (parent === undefined) break;
    pid = parent;
  }
  let top = -1;
  chain.forEach((pid, i) => {
    if (/\b(pnpm|npm|npx)\b|pnpm\.c?js/.test(commandOf(pid))) top = i;
  });
  return chain.slice(0, top + 1);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function main(): Promise<void> {
  const parsed = environment.safeParse(process.env);
  if (!parsed.success) {
    console.error(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  const settings = parsed.data;
  console.log(
    settings.DATABASE_URL
      ? 'Starting Clientele on the configured PostgreSQL…'
      : `Starting Clientele with an embedded PostgreSQL (data in ${settings.CLIENTELE_DATA_DIR})…`,
  );
  const stack = await startStack({
    databaseUrl: settings.DATABASE_URL,
    embeddedDataDir: settings.CLIENTELE_DATA_DIR,
    embeddedPort: settings.EMBEDDED_POSTGRES_PORT,
    ports: {
      gateway: settings.PORT,
      accounts: settings.ACCOUNTS_PORT,
      billing: settings.BILLING_PORT,
      messaging: settings.MESSAGING_PORT,
    },
    portSettings: PORT_SETTING,
    seedDemo: settings.SEED_DEMO === 'auto' ? 'auto' : settings.SEED_DEMO === 'true',
    // A service that died and its restart go to stderr, where a process manager looks for trouble.
    onLine: (name, line) => (name === 'stack' ? console.error(line) : console.log(line)),
  });
  const url = `http://localhost:${settings.PORT}/`;
  console.log(
    [
      '',
      `  Clientele is running at ${url}`,
      `  GraphQL API:  ${url}graphql`,
      ...(stack.seeded || settings.SEED_DEMO !== 'false'
        ? ['', '  Demo operator sign-in:', '    email:    owner@demo.clientele.test', '    password: clientele-demo']
        : []),
      '',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: stopping the gateway, the subgraphs, then PostgreSQL…`);
    stack.stop().then(
      (unclean) => {
        if (unclean.length > 0) {
          console.error(`Stopped, but not cleanly: ${unclean.join('; ')}.`);
          process.exit(1);
        }
        console.log('Stopped.');
        process.exit(0);
      },
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(`${signal} received`));
  const watched = launchers();
  const watch = setInterval(() => {
    const gone = watched.find((pid) => !isRunning(pid));
    if (gone === undefined) return;
    clearInterval(watch);
    stop(`The process that started Clientele (pid ${gone}) has ended`);
  }, 500);
}

main().catch((err: unknown) => {
  console.error(`Clientele failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
