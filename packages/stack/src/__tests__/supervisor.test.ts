import type { ChildProcess } from 'node:child_process';
import type { ServiceProcess } from '../processes';
import { type SupervisorEvent, supervise } from '../supervisor';

/** A service that has already exited with `code`, as a crash right after start looks. */
function crashed(code: number, pid: number): ServiceProcess {
  const child = { pid, exitCode: code, signalCode: null } as unknown as ChildProcess;
  // It never got to listen.
  return { name: 'billing', child, exited: Promise.resolve(code), listening: new Promise<number>(() => undefined) };
}

describe('supervise', () => {
  it('should report each death with its exit code and double the wait while the service keeps dying', async () => {
    const events: SupervisorEvent[] = [];
    let pid = 100;
    const deaths = new Promise<void>((resolve) => {
      const service = supervise(
        crashed(3, pid),
        () => crashed(3, ++pid),
        (event) => {
          events.push(event);
          if (events.filter((e) => e.level === 'error').length === 4) void service.stop().then(() => resolve());
        },
        { initialMs: 5, maxMs: 20, resetAfterMs: 60_000 },
      );
    });

    await deaths;

    const errors = events.filter((event) => event.level === 'error');
    expect(errors.map((event) => event.restartInMs)).toEqual([5, 10, 20, 20]);
    expect(errors[0]).toMatchObject({ service: 'billing', exitCode: 3, signal: null });
    expect(errors[0]!.msg).toBe('billing stopped unexpectedly (exit code 3); restarting it in 0.005 s');
    expect(events.filter((event) => event.level === 'warn').map((event) => event.pid)).toEqual([101, 102, 103]);
  });

  it('should not restart a service when it was asked to stop', async () => {
    const events: SupervisorEvent[] = [];
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    const child = {
      pid: 7,
      exitCode: null,
      signalCode: null,
      kill: () => exit(0),
    } as unknown as ChildProcess;
    const respawn = jest.fn(() => crashed(0, 8));
    const service = supervise(
      { name: 'gateway', child, exited, listening: Promise.resolve(4000) },
      respawn,
      (event) => events.push(event),
      {
        initialMs: 1,
        maxMs: 1,
        resetAfterMs: 60_000,
      },
    );

    const code = await service.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(code).toBe(0);
    expect(events).toEqual([]);
    expect(respawn).not.toHaveBeenCalled();
  });
});
