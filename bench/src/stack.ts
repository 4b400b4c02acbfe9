import { type RunningStack, startStack } from '@clientele/stack';

const ATTEMPTS = 2;

/**
 * A throwaway stack on free ports with an embedded PostgreSQL that is deleted when it stops.
 * The subgraphs create their pg-boss queues at the same time on the fresh database and can
 * deadlock doing so (40P01 in `queue.create_queue`), so a failed start is tried once more.
 */
export async function startBenchStack(options: {
  dataDir: string;
  onLine: (name: string, line: string) => void;
  log: (message: string) => void;
}): Promise<RunningStack> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startStack({
        ephemeral: true,
        embeddedDataDir: options.dataDir,
        ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
        seedDemo: false,
        env: { LOG_LEVEL: 'warn' },
        onLine: options.onLine,
      });
    } catch (err) {
      if (attempt >= ATTEMPTS) throw err;
      options.log(`the stack failed to start (${err instanceof Error ? err.message : String(err)}); trying again`);
    }
  }
}
