import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BenchConfig } from './config';
import type { MachineInfo } from './machine';
import type { ScenarioResult } from './scenario';
import type { SeedReport } from './seed';

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  machine: MachineInfo;
  /** Compared with `machine.loadAverage`: a rise beyond what the bench itself adds means something else competed for the CPUs. */
  loadAverageAtEnd: number[];
  config: Omit<BenchConfig, 'resultsFile' | 'serviceLogs' | 'list'>;
  /** What the services (and a scenario's peer) ran with. */
  services: { nodeEnv: string; logLevel: string };
  seed: SeedReport;
  scenarios: ScenarioResult[];
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const percent = (value: number) => `${value.toFixed(1)}%`;
const signedPercent = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
const ratio = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)}×`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

/** A plain-text table: text columns left-aligned, figures right-aligned. */
function table(headers: string[], rows: string[][], rightAligned: number[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (rightAligned.includes(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

function formatMachine(machine: MachineInfo, loadAverageAtEnd: number[]): string {
  const limit = machine.cgroupCpuLimit === null ? '' : `, cgroup limit ${machine.cgroupCpuLimit} CPUs`;
  return [
    `Machine: ${machine.cpuModel}${machine.cpuMHz ? ` @ ${machine.cpuMHz} MHz` : ''}, ${machine.cores} logical cores${limit}, ${machine.memoryGiB} GiB RAM`,
    `         ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres ?? 'unknown'} (embedded, same machine), load average ${machine.loadAverage.join(' / ')} at start, ${loadAverageAtEnd.join(' / ')} at the end`,
  ].join('\n');
}

function formatSeed(seed: SeedReport): string {
  const steps = seed.steps.map((step) => `  ${step.name.padEnd(40)} ${seconds(step.durationMs).padStart(8)}`);
  const rows = Object.entries(seed.rowCounts).map(
    ([tableName, count]) => `  ${tableName.padEnd(40)} ${integer.format(count).padStart(8)} rows`,
  );
  return [`Seed: ${integer.format(seed.customers)} customers in ${seconds(seed.durationMs)}`, ...steps, ...rows].join(
    '\n',
  );
}

function formatScenario(scenario: ScenarioResult): string {
  // One column per process any case names, in the order they first appear, so each hop lines up.
  const processes = [...new Set(scenario.results.flatMap((result) => Object.keys(result.cpuMsPerRequest ?? {})))];
  const figures = [3, 4, 5, 6, 7, 8, 9, ...processes.map((_, index) => 10 + index)];
  const measurements = table(
    ['case', 'via', 'mode', 'samples', 'p50 ms', 'p99 ms', 'mean ms', '±rme', 'cv', 'req/s', ...processes],
    scenario.results.map(({ group, via, mode, measurement: m, cpuMsPerRequest }) => [
      group,
      via,
      mode === 'sequential' ? 'sequential' : `${m.concurrency} in flight`,
      integer.format(m.samples),
      ms(m.latency.p50),
      ms(m.latency.p99),
      ms(m.latency.mean),
      percent(m.latency.rme),
      percent(m.latency.cv),
      integer.format(m.throughput),
      ...processes.map((name) => {
        const value = cpuMsPerRequest?.[name];
        return value === undefined ? '' : ms(value);
      }),
    ]),
    figures,
  );
  const comparisons = table(
    ['case', 'mode', 'ratio', 'p50', 'p99', 'mean', 'req/s'],
    scenario.comparisons.map((c) => [
      c.group,
      c.mode,
      `${c.subject} / ${c.baseline}`,
      ratio(c.p50Ratio),
      ratio(c.p99Ratio),
      ratio(c.meanRatio),
      ratio(c.throughputRatio),
    ]),
    [3, 4, 5, 6],
  );
  const noise = scenario.noise
    ? [
        `Noise: "${scenario.noise.label}" measured again at the end of the scenario:`,
        `  p50 ${ms(scenario.noise.first.latency.p50)} → ${ms(scenario.noise.repeat.latency.p50)} ms (${signedPercent(scenario.noise.p50DeltaPercent)}), ` +
          `mean ${ms(scenario.noise.first.latency.mean)} → ${ms(scenario.noise.repeat.latency.mean)} ms (${signedPercent(scenario.noise.meanDeltaPercent)}), ` +
          `req/s ${integer.format(scenario.noise.first.throughput)} → ${integer.format(scenario.noise.repeat.throughput)} (${signedPercent(scenario.noise.throughputDeltaPercent)})`,
        '  ±rme: 95% margin of error of the mean (tinybench); cv: sd / mean. Differences smaller than these are noise.',
      ].join('\n')
    : 'Noise: no baseline to repeat.';
  return [
    `Scenario: ${scenario.name} (${seconds(scenario.durationMs)})`,
    `  ${scenario.description}`,
    ...scenario.notes.map((note) => `  - ${note}`),
    ...scenario.summary.map((line) => `  ${line}`),
    '',
    measurements,
    ...(processes.length > 0
      ? [
          `(${processes.join(', ')}: milliseconds of CPU, user and system, each process spent per request, warm-up included; postgres with all its backends)`,
        ]
      : []),
    ...(scenario.idle
      ? [
          `Idle, before the first measurement (${seconds(scenario.idle.durationMs)}, nothing in flight), CPU ms per second: ` +
            Object.entries(scenario.idle.cpuMsPerSecond)
              .map(([name, value]) => `${name} ${value.toFixed(1)}`)
              .join(', ') +
            '. A process that spends c ms per second idle adds about c / (req/s) to its figure per request above.',
        ]
      : []),
    '',
    'Subject / baseline or peer (latency above 1× is slower; req/s below 1× serves less):',
    comparisons,
    '',
    noise,
  ].join('\n');
}

export function formatReport(report: BenchReport): string {
  return [
    `Clientele bench, ${report.startedAt}: ${seconds(report.durationMs)} in all`,
    `Each scenario: ${seconds(report.config.scenarioWarmupMs)} warm-up per case; each measurement: ${seconds(report.config.warmupMs)} warm-up, then ${seconds(report.config.timeMs)}; concurrent = ${report.config.concurrency} requests in flight.`,
    `Services: NODE_ENV=${report.services.nodeEnv}, log level ${report.services.logLevel}.`,
    formatMachine(report.machine, report.loadAverageAtEnd),
    '',
    formatSeed(report.seed),
    '',
    ...report.scenarios.map(formatScenario),
    '',
  ].join('\n');
}

export async function writeReport(report: BenchReport, file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
