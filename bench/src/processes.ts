/** What the bench reads of the stack's processes from /proc: CPU time and peak memory. */
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds a process (with its descendants, e.g. PostgreSQL's backends) has used; null where /proc cannot tell. */
export function cpuSecondsOf(pid: number | undefined, withDescendants = false): number | null {
  if (!pid) return null;
  const ticks = (id: number): number => {
    const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]!.split(' ');
    let total = Number(fields[11]) + Number(fields[12]);
    if (withDescendants) {
      // What children that have exited used is kept by their parent (cutime, cstime): a backend
      // that ends during a measurement still counts.
      total += Number(fields[13]) + Number(fields[14]);
      const children = readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim();
      for (const child of children ? children.split(' ') : []) {
        try {
          total += ticks(Number(child));
        } catch {
          // gone between the two reads
        }
      }
    }
    return total;
  };
  try {
    return ticks(pid) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** PostgreSQL is counted with its backends; every other process alone. */
export function cpuSnapshot(processes: Record<string, number | undefined>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(processes).map(([name, pid]) => [name, cpuSecondsOf(pid, name === 'postgres')]),
  );
}

/** The most memory a process has held (VmHWM), in MiB. */
export function peakMemoryMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
