import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from '@clientele/stack';
import { DEMO } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { operation } from '../support/gateway-api';

const ROOT = join(__dirname, '..', '..');

interface Started {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/start.ts'], {
    cwd: ROOT,
    // As a person would run it, not in test mode (libraries behave differently under NODE_ENV=test).
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('Press Ctrl-C to stop.')) resolve({ child, output, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then((code) => reject(new Error(`start exited with ${code}:\n${output.join('')}`)));
  });
}

const CUSTOMER_COUNT = graphql(`
  query StartStopCustomerCount {
    customers(filter: { status: [ACTIVE, SUSPENDED, INACTIVE, CLOSED] }) {
      totalCount
    }
  }
`);

async function customerCount(gatewayUrl: string): Promise<number> {
  const signIn = await fetch(`${gatewayUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.operator.email, password: DEMO.operator.password }),
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const response = await operation(accessToken, CUSTOMER_COUNT, { gatewayUrl });
  return response.data!.customers.totalCount;
}

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

describe('the start command', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-start-'));
  chmodSync(scratch, 0o755);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('should seed the demo on the first start, stop every process on a signal, and reuse the data on the next', async () => {
    const ports = {
      PORT: await freePort(),
      ACCOUNTS_PORT: await freePort(),
      BILLING_PORT: await freePort(),
      MESSAGING_PORT: await freePort(),
      EMBEDDED_POSTGRES_PORT: await freePort(),
    };
    const env = {
      CLIENTELE_DATA_DIR: join(scratch, 'postgres'),
      DATABASE_URL: '',
      ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    };
    const gatewayUrl = `http://127.0.0.1:${ports.PORT}`;

    const first = await start(env);
    const seeded = await customerCount(gatewayUrl);
    first.child.kill('SIGTERM');
    const firstExit = await first.exited;
    const stillListening = await Promise.all(Object.values(ports).map(isListening));

    const second = await start(env);
    const afterRestart = await customerCount(gatewayUrl);
    second.child.kill('SIGINT');
    const secondExit = await second.exited;

    expect(first.output.join('')).toContain(DEMO.operator.email);
    expect(seeded).toBe(DEMO.customerCount);
    expect(first.output.join('')).toContain('Stopped.');
    expect(firstExit).toBe(0);
    expect(stillListening).toEqual([false, false, false, false, false]);
    expect(afterRestart).toBe(DEMO.customerCount);
    expect(secondExit).toBe(0);
    expect(second.output.join('')).toContain('Stopped.');
  }, 120_000);
});
