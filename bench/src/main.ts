/**
 * `pnpm bench`: starts a throwaway stack (embedded PostgreSQL, subgraphs, gateway), seeds the
 * demo partner at benchmark size, runs each scenario, prints a table and writes
 * bench/results/latest.json. The stack is stopped whatever happens, Ctrl-C included.
 */
import { setMaxListeners } from 'node:events';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningStack } from '@clientele/stack';
import { ConfigError, loadBenchConfig } from './config';
import { describeMachine, loadAverage, postgresVersion } from './machine';
import { type BenchReport, formatReport, writeReport } from './report';
import { type Scenario, type ScenarioResult, runScenario } from './scenario';
import { customersPageScenario } from './scenarios/customers-page';
import { ledgerScenario } from './scenarios/ledger';
import { seedDemo } from './seed';
import { serviceLogLines, serviceSettings, startBenchStack, stopOnSignals } from './stack';

/** Add new scenarios here; each runs against the same seeded stack, in this order. */
const scenarios: Scenario[] = [customersPageScenario, ledgerScenario];

/** Progress goes to stderr so stdout carries only the report. */
const log = (message: string) => console.error(message);

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const startedAt = new Date();
  const started = performance.now();
  // Taken before the stack starts, so the load average is the machine's, not ours.
  const machine = describeMachine();
  const dataDir = join(tmpdir(), `clientele-bench-${process.pid}`);
  const interrupted = new AbortController();
  // Every measurement's Bench listens on this one signal, and tinybench keeps its listeners.
  setMaxListeners(0, interrupted.signal);

  let stack: RunningStack | undefined;
  let stopping: Promise<void> | undefined;
  const stopStack = () =>
    (stopping ??= (async () => {
      if (!stack) return;
      log('stopping the stack…');
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    })());

  stopOnSignals(interrupted, () => stack !== undefined, stopStack, log);

  try {
    log(`starting the stack (embedded PostgreSQL in ${dataDir}, three subgraphs, gateway)…`);
    stack = await startBenchStack({
      dataDir,
      onLine: serviceLogLines(config.serviceLogs, log),
    });
    machine.postgres = await postgresVersion(stack.databaseUrl);
    log(`stack up in ${((performance.now() - started) / 1000).toFixed(1)} s; gateway at ${stack.gatewayUrl}`);

    log(`seeding ${config.customers} customers…`);
    const seed = await seedDemo(stack.databaseUrl, config.customers);
    log(`seeded in ${(seed.durationMs / 1000).toFixed(1)} s`);

    const results: ScenarioResult[] = [];
    for (const scenario of scenarios.filter(
      (candidate) => !config.scenarios || config.scenarios.includes(candidate.name),
    )) {
      interrupted.signal.throwIfAborted();
      results.push(await runScenario(scenario, { stack, config, signal: interrupted.signal, log }));
    }

    const report: BenchReport = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: performance.now() - started,
      machine,
      loadAverageAtEnd: loadAverage(),
      config: {
        customers: config.customers,
        timeMs: config.timeMs,
        warmupMs: config.warmupMs,
        scenarioWarmupMs: config.scenarioWarmupMs,
        concurrency: config.concurrency,
        deepPage: config.deepPage,
        scenarios: config.scenarios,
        ledgerBaseline: config.ledgerBaseline,
      },
      services: serviceSettings(),
      seed,
      scenarios: results,
    };
    console.log(formatReport(report));
    await writeReport(report, config.resultsFile);
    log(`results written to ${config.resultsFile}`);
  } finally {
    await stopStack();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
