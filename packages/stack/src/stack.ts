import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { EMBEDDED_POSTGRES } from './embedded';
import {
  ExitedBeforeReadyError,
  type ServiceProcess,
  freePort,
  spawnService,
  stopService,
  waitForHealthy,
} from './processes';
import { type Backoff, type Supervised, type SupervisorEvent, supervise } from './supervisor';

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
  /** A service that died and its restart; by default a JSON line to `onLine` as `stack`. */
  onSupervisorEvent?: (event: SupervisorEvent) => void;
  /** The settings that move each service to another port, named when a port is taken. */
  portSettings?: Partial<Record<StackService, string>>;
  /** How long to wait before restarting a service that died. */
  restartBackoff?: Backoff;
}

export interface RunningStack {
  gatewayUrl: string;
  databaseUrl: string;
  subgraphUrls: { accounts: string; billing: string; messaging: string };
  seeded: boolean;
  /** Stops everything; resolves to the services that did not exit cleanly (none, normally). */
  stop(): Promise<string[]>;
  /** The process id of each service now (PostgreSQL's host included), for operators and tests. */
  pids(): Record<string, number | undefined>;
}

export type StackService = 'gateway' | 'accounts' | 'billing' | 'messaging' | 'postgres';

const DESCRIPTION: Record<StackService, string> = {
  gateway: 'the gateway',
  accounts: 'the accounts subgraph',
  billing: 'the billing subgraph',
  messaging: 'the messaging subgraph',
  postgres: 'the embedded PostgreSQL',
};

/** A port the stack was told to use is taken by another program. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly service: StackService,
    setting?: string,
  ) {
    super(
      `Port ${port} is already in use, so ${DESCRIPTION[service]} cannot listen on it. Another Clientele, or another ` +
        `program, listens there (\`ss -ltnp 'sport = :${port}'\` shows which). Stop it, or give ${DESCRIPTION[service]} ` +
        `another port${setting ? ` with ${setting}=…` : ''}.`,
    );
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}

/** Refuses at once, naming the port and the service, rather than after a service fails to listen. */
async function ensurePortsFree(
  ports: Partial<Record<StackService, number>>,
  settings: StackOptions['portSettings'] = {},
): Promise<void> {
  for (const [service, port] of Object.entries(ports) as [StackService, number][]) {
    if (!(await isPortFree(port))) throw new PortInUseError(port, service, settings[service]);
  }
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

const SUBGRAPHS = ['accounts', 'billing', 'messaging'] as const;
/** How many sets of free ports to try when another program takes one first. */
const PORT_ATTEMPTS = 3;

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
  let supervised: Supervised[] = [];
  let postgresHost: ServiceProcess | undefined;
  const stopAll = async () => {
    const unclean: string[] = [];
    const stops: { name: string; stop: () => Promise<number | null> }[] =
      supervised.length > 0
        ? [...supervised].reverse()
        : [...started].reverse().map((service) => ({ name: service.name, stop: () => stopService(service) }));
    if (postgresHost) {
      const host = postgresHost;
      stops.push({ name: host.name, stop: () => stopService(host, 45_000) });
    }
    for (const { name, stop } of stops) {
      const code = await stop();
      if (code !== 0) unclean.push(`${name} exited with code ${code}`);
    }
    return unclean;
  };
  const report =
    options.onSupervisorEvent ?? ((event: SupervisorEvent) => options.onLine?.('stack', JSON.stringify(event)));
  try {
    const ports = options.ports ?? { gateway: 4000, accounts: 4001, billing: 4002, messaging: 4003 };
    const embeddedPort = options.databaseUrl
      ? undefined
      : await freePortOr(options.embeddedPort ?? (options.ephemeral ? 0 : EMBEDDED_POSTGRES.port));
    await ensurePortsFree(
      {
        ...(embeddedPort ? { postgres: embeddedPort } : {}),
        ...Object.fromEntries(Object.entries(ports).filter(([, port]) => port !== 0)),
      },
      options.portSettings,
    );

    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const embedded = await startEmbeddedPostgres(
        options.embeddedDataDir ?? EMBEDDED_POSTGRES.dataDir,
        embeddedPort!,
        options.ephemeral ?? false,
        options.onLine,
      );
      databaseUrl = embedded.url;
      postgresHost = embedded.host;
    }
    const seed = options.seedDemo === 'auto' ? await isFreshDatabase(databaseUrl) : Boolean(options.seedDemo);
    const serviceKey = options.env?.SERVICE_KEY || process.env.SERVICE_KEY || randomBytes(32).toString('base64url');

    const autoPorts = Object.values(ports).some((port) => port === 0);
    // A port picked free can be taken by another program before the service binds it; the
    // service then exits, and the whole set starts again on other ports.
    const launch = async () => {
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
        BILLING_URL: subgraphUrls.billing,
        MESSAGING_URL: subgraphUrls.messaging,
        // The subgraphs prove calls among themselves with one secret, new for each stack unless configured.
        SERVICE_KEY: serviceKey,
        // Invitation links point at the gateway this stack runs, unless configured otherwise.
        PUBLIC_URL: options.env?.PUBLIC_URL || process.env.PUBLIC_URL || `http://localhost:${resolved.gateway}`,
        SEED_DEMO: String(seed),
      };

      // A restart never seeds again: the first start did, or did not need to.
      const spawnSubgraph = (name: (typeof SUBGRAPHS)[number], seedDemo = seed) =>
        spawnService({
          name,
          script: 'src/main.ts',
          cwd: join(ROOT, 'subgraphs', name),
          env: { ...shared, PORT: String(resolved[name]), SEED_DEMO: String(seedDemo) },
          onLine: options.onLine,
        });
      const spawnGateway = () =>
        spawnService({
          name: 'gateway',
          script: 'src/main.ts',
          cwd: join(ROOT, 'gateway'),
          env: { ...shared, PORT: String(resolved.gateway) },
          onLine: options.onLine,
        });
      const attempt: ServiceProcess[] = [];
      try {
        // Accounts first: it creates the signing keys and the others' seeds follow its ids.
        const running = SUBGRAPHS.map((name) => {
          const service = spawnSubgraph(name);
          attempt.push(service);
          return service;
        });
        await Promise.all(
          running.map((service, i) => waitForHealthy(`${subgraphUrls[SUBGRAPHS[i]!]}/health`, service)),
        );
        const gateway = spawnGateway();
        attempt.push(gateway);
        const gatewayUrl = `http://127.0.0.1:${resolved.gateway}`;
        await waitForHealthy(`${gatewayUrl}/health`, gateway);
        return { running, gateway, gatewayUrl, subgraphUrls, spawnSubgraph, spawnGateway, attempt };
      } catch (err) {
        started.push(...attempt);
        throw err;
      }
    };
    let launched: Awaited<ReturnType<typeof launch>> | undefined;
    for (let attempt = 1; !launched; attempt++) {
      try {
        launched = await launch();
      } catch (err) {
        if (!(err instanceof ExitedBeforeReadyError) || !autoPorts || attempt >= PORT_ATTEMPTS) throw err;
        // Stop what this attempt started; the next one picks other ports.
        for (const service of started.splice(0).reverse()) await stopService(service);
      }
    }
    const { running, gateway, gatewayUrl, subgraphUrls, spawnSubgraph, spawnGateway } = launched;
    started.push(...launched.attempt);

    // From here on a service that dies is restarted; while it is down the gateway answers what it can.
    supervised = [
      ...running.map((service, i) =>
        supervise(service, () => spawnSubgraph(SUBGRAPHS[i]!, false), report, options.restartBackoff),
      ),
      supervise(gateway, spawnGateway, report, options.restartBackoff),
    ];
    const pids = () => ({
      ...Object.fromEntries(supervised.map((service) => [service.name, service.current().child.pid])),
      ...(postgresHost ? { postgres: postgresHost.child.pid } : {}),
    });

    return { gatewayUrl, databaseUrl, subgraphUrls, seeded: seed, stop: stopAll, pids };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
