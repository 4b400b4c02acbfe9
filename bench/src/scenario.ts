import type { RunningStack } from '@clientele/stack';
import type { BenchConfig } from './config';
import { cpuSnapshot } from './processes';
import { type Measurement, measure } from './measure';

export interface ScenarioContext {
  stack: RunningStack;
  config: BenchConfig;
  signal: AbortSignal;
  log: (message: string) => void;
}

/**
 * One operation to time. Cases of the same group are compared: each subject against the baseline
 * (the floor, e.g. one SQL statement) and against each peer (another server answering the same).
 */
export interface BenchCase {
  /** What is being read, e.g. `first page`; the cases compared share it. */
  group: string;
  role: 'subject' | 'baseline' | 'peer';
  /** Who answers, e.g. `gateway`, `SQL` or `PostGraphile`. */
  via: string;
  run(): Promise<unknown>;
  /**
   * The processes that serve this case, by name (e.g. `billing`): the CPU each spends during a
   * measurement is reported per request, which says more than latency on a busy machine.
   */
  processes?(): Record<string, number | undefined>;
}

export interface PreparedScenario {
  cases: BenchCase[];
  /** Facts to keep next to the figures: the page measured, the checks that passed. */
  notes: string[];
  dispose(): Promise<void>;
}

/** A scenario prepares its data and clients once, then hands the runner its cases. */
export interface Scenario {
  name: string;
  description: string;
  prepare(context: ScenarioContext): Promise<PreparedScenario>;
  /** Lines that read the figures against what the scenario is for, e.g. its targets; printed first. */
  summarize?(result: Omit<ScenarioResult, 'summary'>, config: BenchConfig): string[];
}

export type Mode = 'sequential' | 'concurrent';

export interface CaseResult {
  group: string;
  role: BenchCase['role'];
  via: string;
  mode: Mode;
  measurement: Measurement;
  /** Milliseconds of CPU (user + system) per request of each process the case names. */
  cpuMsPerRequest?: Record<string, number>;
}

/** Subject divided by baseline or peer: above 1 the subject is slower (latency) or serves more (throughput). */
export interface Comparison {
  group: string;
  mode: Mode;
  subject: string;
  /** Who the subject is divided by: the group's baseline, or one of its peers. */
  against: 'baseline' | 'peer';
  baseline: string;
  p50Ratio: number;
  p99Ratio: number;
  meanRatio: number;
  throughputRatio: number;
}

/** The same measurement taken at the start and at the end of a scenario: how far the figures drift on their own. */
export interface NoiseEstimate {
  label: string;
  first: Measurement;
  repeat: Measurement;
  p50DeltaPercent: number;
  meanDeltaPercent: number;
  throughputDeltaPercent: number;
}

/** What each process spends with no request in flight (background work: queues, timers), measured once per scenario. */
export interface IdleCpu {
  durationMs: number;
  /** Milliseconds of CPU per second of wall-clock time, per process. */
  cpuMsPerSecond: Record<string, number>;
}

export interface ScenarioResult {
  name: string;
  description: string;
  notes: string[];
  /** Null when no case names its processes. */
  idle: IdleCpu | null;
  /** What `Scenario.summarize` made of the figures; empty when the scenario has no such reading. */
  summary: string[];
  results: CaseResult[];
  comparisons: Comparison[];
  noise: NoiseEstimate | null;
  durationMs: number;
}

const deltaPercent = (first: number, repeat: number) => (first === 0 ? 0 : (100 * (repeat - first)) / first);

/** How long the processes are watched with nothing in flight. */
const IDLE_MS = 2_000;

/**
 * CPU per request divides everything a process spent during a measurement by the requests sent,
 * background work included; this says how much of that a process spends on its own.
 */
async function measureIdle(processes: Record<string, number | undefined>, signal: AbortSignal): Promise<IdleCpu> {
  const before = cpuSnapshot(processes);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  signal.throwIfAborted();
  const after = cpuSnapshot(processes);
  const durationMs = performance.now() - started;
  const cpuMsPerSecond: Record<string, number> = {};
  for (const [name, first] of Object.entries(before)) {
    const last = after[name];
    if (first !== null && last !== null && last !== undefined)
      cpuMsPerSecond[name] = (1000 * (last - first)) / (durationMs / 1000);
  }
  return { durationMs, cpuMsPerSecond };
}

/** The order cases are measured in within a group and mode: the floor first, the subject last. */
const ROLE_ORDER: Record<BenchCase['role'], number> = { baseline: 0, peer: 1, subject: 2 };

/**
 * Warms every case up, measures each sequentially and with `config.concurrency` in flight,
 * baseline, then peers, then subject within each group, then measures the first baseline again
 * to estimate the noise.
 */
export async function runScenario(scenario: Scenario, context: ScenarioContext): Promise<ScenarioResult> {
  const started = performance.now();
  const { config, signal, log } = context;
  log(`scenario "${scenario.name}": preparing`);
  const prepared = await scenario.prepare(context);
  try {
    const modes: [Mode, number][] = [
      ['sequential', 1],
      ['concurrent', config.concurrency],
    ];
    const ordered = [...prepared.cases].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
    const groups = [...new Set(prepared.cases.map((benchCase) => benchCase.group))];
    const results: CaseResult[] = [];

    const measureCase = async (benchCase: BenchCase, mode: Mode, concurrency: number) => {
      const label = `${benchCase.group} via ${benchCase.via}, ${mode === 'sequential' ? 'sequential' : `${concurrency} in flight`}`;
      // Counted over warm-up and measurement alike, so divided by every request either sent.
      let requests = 0;
      const processes = benchCase.processes?.() ?? {};
      const cpuBefore = cpuSnapshot(processes);
      const measurement = await measure(
        label,
        () => {
          requests++;
          return benchCase.run();
        },
        { concurrency, timeMs: config.timeMs, warmupMs: config.warmupMs, signal },
      );
      const cpuAfter = cpuSnapshot(processes);
      const cpuMsPerRequest: Record<string, number> = {};
      for (const [name, before] of Object.entries(cpuBefore)) {
        const after = cpuAfter[name];
        if (before !== null && after !== null && after !== undefined && requests > 0) {
          cpuMsPerRequest[name] = (1000 * (after - before)) / requests;
        }
      }
      const cpu = Object.entries(cpuMsPerRequest)
        .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
        .join(', ');
      log(
        `  ${label}: p50 ${measurement.latency.p50.toFixed(2)} ms, ${measurement.throughput.toFixed(0)} req/s (${measurement.samples} samples)${cpu ? `; CPU ms per request: ${cpu}` : ''}`,
      );
      return { measurement, cpuMsPerRequest };
    };

    // Every case runs under load before any figure is kept, so the first case measured does not
    // also pay for warming up the gateway, the subgraphs and PostgreSQL's caches.
    log(
      `  warming up every case for ${(config.scenarioWarmupMs / 1000).toFixed(1)} s, ${config.concurrency} in flight`,
    );
    for (const benchCase of ordered) {
      const until = performance.now() + config.scenarioWarmupMs;
      const worker = async () => {
        while (performance.now() < until) {
          signal.throwIfAborted();
          await benchCase.run();
        }
      };
      await Promise.all(Array.from({ length: config.concurrency }, worker));
    }

    // Every process any case names; where two cases give one name, the first measured wins.
    const watched: Record<string, number | undefined> = {};
    for (const benchCase of ordered) {
      for (const [name, pid] of Object.entries(benchCase.processes?.() ?? {})) {
        if (!(name in watched)) watched[name] = pid;
      }
    }
    const idle = Object.keys(watched).length > 0 ? await measureIdle(watched, signal) : null;
    if (idle) {
      const figures = Object.entries(idle.cpuMsPerSecond)
        .map(([name, value]) => `${name} ${value.toFixed(1)}`)
        .join(', ');
      log(`  idle for ${(idle.durationMs / 1000).toFixed(1)} s: CPU ms per second: ${figures}`);
    }

    for (const group of groups) {
      for (const [mode, concurrency] of modes) {
        for (const benchCase of ordered.filter((candidate) => candidate.group === group)) {
          const { measurement, cpuMsPerRequest } = await measureCase(benchCase, mode, concurrency);
          results.push({ group, role: benchCase.role, via: benchCase.via, mode, measurement, cpuMsPerRequest });
        }
      }
    }

    const comparisons: Comparison[] = [];
    for (const subject of results.filter((result) => result.role === 'subject')) {
      const others = results.filter(
        (result) => result.role !== 'subject' && result.group === subject.group && result.mode === subject.mode,
      );
      for (const other of others) {
        const s = subject.measurement;
        const b = other.measurement;
        comparisons.push({
          group: subject.group,
          mode: subject.mode,
          subject: subject.via,
          against: other.role === 'peer' ? 'peer' : 'baseline',
          baseline: other.via,
          p50Ratio: s.latency.p50 / b.latency.p50,
          p99Ratio: s.latency.p99 / b.latency.p99,
          meanRatio: s.latency.mean / b.latency.mean,
          throughputRatio: s.throughput / b.throughput,
        });
      }
    }

    let noise: NoiseEstimate | null = null;
    const probe = ordered.find((benchCase) => benchCase.role === 'baseline');
    const first = results.find(
      (result) => probe && result.group === probe.group && result.via === probe.via && result.mode === 'sequential',
    );
    if (probe && first) {
      const { measurement: repeat } = await measureCase(probe, 'sequential', 1);
      noise = {
        label: first.measurement.label,
        first: first.measurement,
        repeat,
        p50DeltaPercent: deltaPercent(first.measurement.latency.p50, repeat.latency.p50),
        meanDeltaPercent: deltaPercent(first.measurement.latency.mean, repeat.latency.mean),
        throughputDeltaPercent: deltaPercent(first.measurement.throughput, repeat.throughput),
      };
    }

    const result = {
      name: scenario.name,
      description: scenario.description,
      notes: prepared.notes,
      idle,
      results,
      comparisons,
      noise,
      durationMs: performance.now() - started,
    };
    return { ...result, summary: scenario.summarize?.(result, config) ?? [] };
  } finally {
    await prepared.dispose();
  }
}
