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
    env: { LOG_LEVEL: 'warn' },
    onLine: options.onLine,
  });
}
