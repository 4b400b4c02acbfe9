import { join, resolve } from 'node:path';
import { type ServiceProcess, freePort, spawnService, stopService, waitForHealthy } from '@clientele/stack';
import { Client } from 'pg';
import { peerSchemaSql } from './schema';

export interface PostgraphilePeer {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Creates the peer's schema (`bench_peer`, dropped first) and starts PostGraphile on it in a
 * process of its own, started the way the stack starts its services and with production
 * settings, so its CPU is measured like theirs.
 */
export async function startPostgraphilePeer(options: {
  databaseUrl: string;
  statuses: readonly string[];
  onLine: (name: string, line: string) => void;
}): Promise<PostgraphilePeer> {
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'clientele-bench' });
  await client.connect();
  try {
    await client.query(peerSchemaSql(options.statuses));
  } finally {
    await client.end();
  }

  const port = await freePort();
  const service: ServiceProcess = spawnService({
    name: 'postgraphile',
    script: join(__dirname, 'postgraphile.ts'),
    args: [options.databaseUrl, String(port)],
    // The bench package's folder: its tsconfig compiles the script, its node_modules holds PostGraphile.
    cwd: resolve(__dirname, '..', '..'),
    env: { ...process.env, NODE_ENV: 'production' },
    onLine: options.onLine,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(`${url}/health`, service);
  } catch (err) {
    await stopService(service);
    throw err;
  }
  return {
    url,
    pid: service.child.pid,
    stop: async () => {
      await stopService(service);
    },
  };
}
