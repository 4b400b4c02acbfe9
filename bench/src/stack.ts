import { type RunningStack, startStack } from '@clientele/stack';

/** A throwaway stack on free ports with an embedded PostgreSQL that is deleted when it stops. */
export function startBenchStack(options: {
  dataDir: string;
  onLine: (name: string, line: string) => void;
}): Promise<RunningStack> {
  return startStack({
    ephemeral: true,
    embeddedDataDir: options.dataDir,
    ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
    seedDemo: false,
    // The bench measures throughput; the per-person rate limit would measure itself instead.
    env: {
      LOG_LEVEL: 'warn',
      RATE_LIMIT_INTERACTIVE_CAPACITY: '100000000',
      RATE_LIMIT_INTERACTIVE_LEAK_PER_SECOND: '100000000',
    },
    onLine: options.onLine,
  });
}
