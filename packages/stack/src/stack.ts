import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { EMBEDDED_POSTGRES } from './embedded';
import { type ServiceProcess, freePort, spawnService, stopService, waitForHealthy } from './processes';

const ROOT = resolve(__dirname, '..', '..', '..');

export interface StackOptions {
  /** A server to use; without one an embedded PostgreSQL runs under `embeddedDataDir`. */
  databaseUrl?: string;
  embeddedDataDir?: string;
  /** Port of the embedded PostgreSQL; a free one when ephemeral. */
  embeddedPort?: number;
  /** Delete the embedded data when the stack stops (tests and benchmarks). */
  ephemeral?: boolean;
  /** 0 picks free ports (tests); the defaults are 4000–4003. */
  ports?: { gateway: number; accounts: number; billing: number; messaging: number };
  /** `auto`: seed the demo partner when the database has never been migrated. */
  seedDemo?: boolean | 'auto';
  env?: NodeJS.ProcessEnv;
  onLine?: (name: string, line: string) => void;
}

export interface RunningStack {
  gatewayUrl: string;
  databaseUrl: string;
  subgraphUrls: { accounts: string; billing: string; messaging: string };
  seeded: boolean;
  /** Stops everything; resolves to the services that did not exit cleanly (none, normally). */
  stop(): Promise<string[]>;
}

async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  ephemeral: boolean,
  onLine: StackOptions['onLine'],
) {
  let announce: (url: string) => void = () => undefined;
  const ready = new Promise<string>((resolveReady) => (announce = resolveReady));
  const host = spawnService({
    name: 'postgres',
    script: join(__dirname, 'postgres-host.ts'),
    args: [dataDir, String(port), ephemeral ? 'ephemeral' : 'persistent'],
    cwd: resolve(__dirname, '..'),
    env: process.env,
    onLine: (name, line) => {
      if (line.startsWith('{"ready":true')) announce((JSON.parse(line) as { url: string }).url);
      else onLine?.(name, line);
    },
  });
  const url = await Promise.race([
    ready,
    host.exited.then((code) => {
      throw new Error(`embedded PostgreSQL exited with code ${code} before it was ready (data in ${dataDir})`);
    }),
  ]);
  return { url, host };
}

async function freePortOr(preferred: number): Promise<number> {
  return preferred === 0 ? freePort() : preferred;
}

async function isFreshDatabase(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string | null }>(
      `SELECT to_regclass('accounts.partners')::text AS table`,
    );
    return rows[0]?.table == null;
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL (unless one is given), the three subgraphs and the gateway, and waits
 * until the gateway reports every subgraph healthy. `stop` shuts them down in reverse.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const started: ServiceProcess[] = [];
  let postgresHost: ServiceProcess | undefined;
  const stopAll = async () => {
    const unclean: string[] = [];
    for (const service of [...started.reverse(), ...(postgresHost ? [postgresHost] : [])]) {
      const code = await stopService(service);
      // 143 (128 + SIGTERM) is how embedded-postgres' exit hook ends after stopping the cluster.
      if (code !== 0 && code !== 143) unclean.push(`${service.name} exited with code ${code}`);
    }
    return unclean;
  };
  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const embedded = await startEmbeddedPostgres(
        options.embeddedDataDir ?? EMBEDDED_POSTGRES.dataDir,
        await freePortOr(options.embeddedPort ?? (options.ephemeral ? 0 : EMBEDDED_POSTGRES.port)),
        options.ephemeral ?? false,
        options.onLine,
      );
      databaseUrl = embedded.url;
      postgresHost = embedded.host;
    }
    const seed = options.seedDemo === 'auto' ? await isFreshDatabase(databaseUrl) : Boolean(options.seedDemo);

    const ports = options.ports ?? { gateway: 4000, accounts: 4001, billing: 4002, messaging: 4003 };
    const resolved = {
      gateway: await freePortOr(ports.gateway),
      accounts: await freePortOr(ports.accounts),
      billing: await freePortOr(ports.billing),
      messaging: await freePortOr(ports.messaging),
    };
    const subgraphUrls = {
      accounts: `http://127.0.0.1:${resolved.accounts}`,
      billing: `http://127.0.0.1:${resolved.billing}`,
      messaging: `http://127.0.0.1:${resolved.messaging}`,
    };
    const shared: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      DATABASE_URL: databaseUrl,
      ACCOUNTS_URL: subgraphUrls.accounts,
      // Invitation links point at the gateway this stack runs, unless configured otherwise.
      PUBLIC_URL: options.env?.PUBLIC_URL || process.env.PUBLIC_URL || `http://localhost:${resolved.gateway}`,
      SEED_DEMO: String(seed),
    };

    // Accounts first: it creates the signing keys and the others' seeds follow its ids.
    const subgraphs = ['accounts', 'billing', 'messaging'] as const;
    const running = subgraphs.map((name) => {
      const service = spawnService({
        name,
        script: 'src/main.ts',
        cwd: join(ROOT, 'subgraphs', name),
        env: { ...shared, PORT: String(resolved[name]) },
        onLine: options.onLine,
      });
      started.push(service);
      return service;
    });
    await Promise.all(running.map((service, i) => waitForHealthy(`${subgraphUrls[subgraphs[i]!]}/health`, service)));

    const gateway = spawnService({
      name: 'gateway',
      script: 'src/main.ts',
      cwd: join(ROOT, 'gateway'),
      env: {
        ...shared,
        PORT: String(resolved.gateway),
        BILLING_URL: subgraphUrls.billing,
        MESSAGING_URL: subgraphUrls.messaging,
      },
      onLine: options.onLine,
    });
    started.push(gateway);
    const gatewayUrl = `http://127.0.0.1:${resolved.gateway}`;
    await waitForHealthy(`${gatewayUrl}/health`, gateway);

    return { gatewayUrl, databaseUrl, subgraphUrls, seeded: seed, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
