import { readFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { Client } from 'pg';

export interface MachineInfo {
  cpuModel: string;
  cpuMHz: number | null;
  /** Logical CPUs the OS reports. */
  cores: number;
  availableParallelism: number;
  /** CPUs allowed by a cgroup quota, when one is set (containers often have fewer than `cores`). */
  cgroupCpuLimit: number | null;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string | null;
  /** 1/5/15-minute load averages when the run started: something else busy makes every figure worse. */
  loadAverage: number[];
}

export function loadAverage(): number[] {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

function cgroupCpuLimit(): number | null {
  try {
    const [quota, period] = readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim().split(/\s+/);
    if (!quota || quota === 'max' || !period) return null;
    return Number(quota) / Number(period);
  } catch {
    return null;
  }
}

export async function postgresVersion(databaseUrl: string): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'clientele-bench' });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
    return rows[0]?.version ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The machine as seen before the stack starts; `postgres` is filled in once a server runs. */
export function describeMachine(): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuMHz: processors[0]?.speed || null,
    cores: processors.length,
    availableParallelism: availableParallelism(),
    cgroupCpuLimit: cgroupCpuLimit(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    postgres: null,
    loadAverage: loadAverage(),
  };
}
