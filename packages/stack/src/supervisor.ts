import { type ServiceProcess, stopService } from './processes';

export interface Backoff {
  /** The wait before the first restart; each further failure doubles it, up to `maxMs`. */
  initialMs: number;
  maxMs: number;
  /** A service that ran this long before it died starts again from `initialMs`. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 };

export interface SupervisorEvent {
  level: 'error' | 'warn';
  service: string;
  msg: string;
  exitCode?: number | null;
  signal?: NodeJS.Signals | null;
  restartInMs?: number;
  pid?: number;
}

export interface Supervised {
  name: string;
  /** The process running now (a new one after each restart). */
  current(): ServiceProcess;
  /** Stops the service and any pending restart; resolves to its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Keeps a service running: when it dies without being asked to, says so (which service, exit code
 * or signal) and starts it again after a wait that doubles with each failure in a row.
 */
export function supervise(
  first: ServiceProcess,
  respawn: () => ServiceProcess,
  report: (event: SupervisorEvent) => void,
  backoff: Backoff = DEFAULT_BACKOFF,
): Supervised {
  let current = first;
  let stopping = false;
  let failuresInARow = 0;
  let pending: NodeJS.Timeout | undefined;

  const watch = (service: ServiceProcess) => {
    const startedAt = Date.now();
    void service.exited.then((exitCode) => {
      if (stopping) return;
      if (Date.now() - startedAt >= backoff.resetAfterMs) failuresInARow = 0;
      const restartInMs = Math.min(backoff.maxMs, backoff.initialMs * 2 ** failuresInARow);
      failuresInARow += 1;
      const signal = service.child.signalCode;
      report({
        level: 'error',
        service: service.name,
        exitCode,
        signal,
        restartInMs,
        msg:
          `${service.name} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${exitCode}`}); ` +
          `restarting it in ${restartInMs / 1000} s`,
      });
      pending = setTimeout(() => {
        pending = undefined;
        if (stopping) return;
        current = respawn();
        report({ level: 'warn', service: current.name, pid: current.child.pid, msg: `${current.name} restarted` });
        watch(current);
      }, restartInMs);
    });
  };
  watch(first);

  return {
    name: first.name,
    current: () => current,
    stop() {
      stopping = true;
      clearTimeout(pending);
      return stopService(current);
    },
  };
}
