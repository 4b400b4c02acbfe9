import { randomBytes } from 'node:crypto';
import { type RunningStack, startStack } from '@clientele/stack';

/**
 * The settings production runs with, which the services measured here must run with too:
 * graphql-js skips its development checks, Apollo its introspection, and the log level stays the
 * services' default (`info`), so a request costs what it costs in production, its log line
 * included. Production refuses the development secrets, so random ones are made unless given.
 */
export function productionEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    SERVICE_KEY: env.SERVICE_KEY || randomBytes(32).toString('base64url'),
    SIGNING_KEY_ENCRYPTION_KEY: env.SIGNING_KEY_ENCRYPTION_KEY || randomBytes(32).toString('base64'),
  };
}

/** What the report says the services ran with: the log level is theirs unless LOG_LEVEL is set. */
export function serviceSettings(env: NodeJS.ProcessEnv = process.env): { nodeEnv: string; logLevel: string } {
  return { nodeEnv: 'production', logLevel: env.LOG_LEVEL || 'info' };
}

/** The bench measures throughput; the per-person rate limit would measure itself instead. */
export const UNLIMITED_RATE = {
  RATE_LIMIT_INTERACTIVE_CAPACITY: '100000000',
  RATE_LIMIT_INTERACTIVE_LEAK_PER_SECOND: '100000000',
};

const QUIET_LEVELS = new Set(['trace', 'debug', 'info']);
const LEVEL = /^\{"level":"(\w+)"/;

/**
 * Where the services' output goes: nowhere unless `enabled`, and then only warnings and up (and
 * anything that is not a log line, such as a crash's stack trace). The services log every request
 * at `info`; echoing those would cost the bench's own process more than the services.
 */
export function serviceLogLines(enabled: boolean, log: (message: string) => void) {
  return (name: string, line: string): void => {
    if (!enabled) return;
    const level = LEVEL.exec(line)?.[1];
    if (level && QUIET_LEVELS.has(level)) return;
    log(`[${name}] ${line}`);
  };
}

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
    env: { ...productionEnv(), ...UNLIMITED_RATE },
    onLine: options.onLine,
  });
}

/**
 * Ends a run on SIGINT or SIGTERM: aborts `interrupted` (every measurement listens on it), stops
 * the stack and exits 130; a second signal exits at once. Before the stack is up there is nothing
 * to stop: started services notice their parent is gone.
 */
export function stopOnSignals(
  interrupted: AbortController,
  stackIsUp: () => boolean,
  stopStack: () => Promise<unknown>,
  log: (message: string) => void,
): void {
  const interrupt = (signal: NodeJS.Signals) => {
    if (interrupted.signal.aborted || !stackIsUp()) process.exit(130);
    log(`\n${signal} received`);
    interrupted.abort(new Error(`interrupted by ${signal}`));
    stopStack().then(
      () => process.exit(130),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
}
