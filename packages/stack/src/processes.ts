import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  /** Resolves with the port once the process itself says it listens (over IPC). */
  listening: Promise<number>;
}

export interface SpawnOptions {
  name: string;
  script: string;
  args?: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where each line of output goes; JSON log lines pass through untouched. */
  onLine?: (name: string, line: string) => void;
}

/**
 * Starts a TypeScript entry point under @swc-node/register in its own process group, so a
 * Ctrl-C in the terminal reaches only the supervisor, which then stops services in order.
 * An IPC channel lets a service notice the supervisor vanishing and stop itself.
 */
export function spawnService(options: SpawnOptions): ServiceProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', options.script, ...(options.args ?? [])], {
    cwd: options.cwd,
    env: { ...options.env, SWC_NODE_PROJECT: `${options.cwd}/tsconfig.json` },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => options.onLine?.(options.name, line));
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve) => {
    const onMessage = (message: unknown) => {
      const announced = message as { type?: unknown; port?: unknown } | null;
      if (announced?.type !== 'listening' || typeof announced.port !== 'number') return;
      child.off('message', onMessage);
      resolve(announced.port);
    };
    child.on('message', onMessage);
  });
  return { name: options.name, child, exited, listening };
}

/** Asks a service to stop and waits; after the grace period it is killed. Resolves to its exit code. */
export async function stopService(service: ServiceProcess, graceMs = 15_000): Promise<number | null> {
  if (service.child.exitCode === null && service.child.signalCode === null) {
    service.child.kill('SIGTERM');
  }
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  const code = await service.exited;
  clearTimeout(timer);
  return code;
}

/** The service exited before it was ready, e.g. because another program took its port first. */
export class ExitedBeforeReadyError extends Error {
  constructor(
    readonly service: string,
    readonly exitCode: number | null,
  ) {
    super(`${service} exited with code ${exitCode} before it was ready`);
    this.name = 'ExitedBeforeReadyError';
  }
}

/**
 * Waits until the service says it listens and its health check answers. Only its own word
 * counts: a health check answered on its port by some other process that got there first must
 * not pass for this one.
 */
export async function waitForHealthy(url: string, service: ServiceProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  let listening = false;
  void service.exited.then((code) => {
    exitCode = code;
  });
  void service.listening.then(() => {
    listening = true;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new ExitedBeforeReadyError(service.name, exitCode);
    if (!listening) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not healthy at ${url} within ${timeoutMs / 1000}s`);
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
