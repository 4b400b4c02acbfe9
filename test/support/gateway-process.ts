import { join, resolve } from 'node:path';
import { freePort } from '@clientele/stack';
import { type ServiceProcess, spawnService, stopService } from '@clientele/stack';
import { testStack } from './env';

const GATEWAY_DIR = resolve(__dirname, '..', '..', 'gateway');

export interface ExtraGateway {
  url: string;
  /** Every line the gateway printed so far (its JSON logs). */
  output: string[];
  stop(): Promise<void>;
}

/** Resolves once the gateway logs that it listens; /health would not do, it is 503 while a subgraph is down. */
function listening(service: ServiceProcess, output: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`extra gateway not ready within ${timeoutMs} ms`)), timeoutMs);
    const poll = setInterval(() => {
      if (!output.some((line) => line.includes('"msg":"gateway ready"'))) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolveReady();
    }, 50);
    void service.exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`extra gateway exited with code ${code}:\n${output.join('\n')}`));
    });
  });
}

/**
 * A second gateway in front of the shared test stack's subgraphs, with its own settings (a small
 * rate-limit budget, production mode, a subgraph pointed elsewhere). Stop it in `afterAll`.
 */
export async function startGateway(env: Record<string, string> = {}): Promise<ExtraGateway> {
  const { subgraphUrls } = testStack();
  const port = await freePort();
  const output: string[] = [];
  const service = spawnService({
    name: 'gateway-extra',
    script: 'src/main.ts',
    cwd: GATEWAY_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: String(port),
      ACCOUNTS_URL: subgraphUrls.accounts,
      BILLING_URL: subgraphUrls.billing,
      MESSAGING_URL: subgraphUrls.messaging,
      AUTH_JWKS_URL: `${subgraphUrls.accounts}/.well-known/jwks.json`,
      // Not the admin app: these gateways only answer the API.
      ADMIN_WEB_DIST: join(GATEWAY_DIR, 'no-admin-web'),
      ...env,
    },
    onLine: (_name, line) => output.push(line),
  });
  try {
    await listening(service, output, 60_000);
  } catch (err) {
    await stopService(service);
    throw err;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    output,
    stop: async () => {
      await stopService(service);
    },
  };
}

/** A port on this machine that nothing listens on, for a subgraph that is down. */
export async function closedPortUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}
