/**
 * `pnpm --filter @clientele/bench run bench:customer-list`: the customer list at a million. Starts
 * a stack over an embedded PostgreSQL kept in BENCH_LIST_DATA_DIR, seeds it with COPY the first
 * time (BENCH_LIST_CUSTOMERS, a million by default, across 50 partners with one of half of them),
 * reuses it afterwards, runs the list scenarios against their SQL floor and the bulk-action and
 * export jobs, prints the report and writes bench/results/customer-list.json. The services stop
 * whatever happens, Ctrl-C included; the data stays.
 */
import { setMaxListeners } from 'node:events';
import { rm } from 'node:fs/promises';
import type { RunningStack } from '@clientele/stack';
import { ConfigError, loadBenchConfig } from '../config';
import { describeMachine, loadAverage, postgresVersion } from '../machine';
import { type BenchReport, formatReport, writeReport } from '../report';
import { runScenario } from '../scenario';
import { serviceLogLines, serviceSettings, stopOnSignals } from '../stack';
import { type JobResult, formatJobs, runJobs } from './jobs';
import { customerListScenario } from './list-scenario';
import { listSchemaSupport } from './schema-support';
import { datasetState, keptDatasetReport, seedCustomerList } from './seed';
import { startKeptStack } from './stack';

/** Progress goes to stderr so stdout carries only the report. */
const log = (message: string) => console.error(message);

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const { customers, dataDir, resultsFile } = config.list;
  const startedAt = new Date();
  const started = performance.now();
  const machine = describeMachine();
  const support = listSchemaSupport();
  const interrupted = new AbortController();
  setMaxListeners(0, interrupted.signal);

  let stack: RunningStack | undefined;
  let stopping: Promise<unknown> | undefined;
  const stopStack = () => (stopping ??= stack ? (log('stopping the stack…'), stack.stop()) : Promise.resolve());
  stopOnSignals(interrupted, () => stack !== undefined, stopStack, log);

  const start = async () => {
    log(`starting the stack (embedded PostgreSQL kept in ${dataDir}, three subgraphs, gateway)…`);
    stack = await startKeptStack({ dataDir, onLine: serviceLogLines(config.serviceLogs, log) });
    return stack;
  };

  try {
    let running = await start();
    let state = await datasetState(running.databaseUrl, customers);
    if (state === 'stale') {
      // Another size, an older seeder or an unfinished seeding: only a fresh database is certain.
      log(`the kept data is not ${customers} customers of this seeder: starting again from an empty database`);
      await stopStack();
      stopping = undefined;
      await rm(dataDir, { recursive: true, force: true });
      running = await start();
      state = await datasetState(running.databaseUrl, customers);
    }
    machine.postgres = await postgresVersion(running.databaseUrl);
    let seed;
    if (state === 'ready') {
      log(`reusing the ${customers} customers seeded earlier`);
      seed = await keptDatasetReport(running.databaseUrl, customers);
    } else {
      log(`seeding ${customers} customers with COPY…`);
      seed = await seedCustomerList(running.databaseUrl, customers, log);
      log(`seeded in ${(seed.durationMs / 1000).toFixed(1)} s`);
    }

    // BENCH_SCENARIOS picks parts by name: `customer list`, `jobs` (or one of them: `bulk`, `export`);
    // naming none (e.g. `seed`) only seeds.
    const wanted = (part: string) => !config.scenarios || config.scenarios.includes(part);
    const results = wanted('customer list')
      ? [
          await runScenario(customerListScenario(support, customers), {
            stack: running,
            config,
            signal: interrupted.signal,
            log,
          }),
        ]
      : [];
    const wantedJob = (job: 'bulk' | 'export') => wanted('jobs') || wanted(job);
    const jobs: JobResult[] =
      wantedJob('bulk') || wantedJob('export')
        ? await runJobs({ stack: running, support, log, signal: interrupted.signal, only: wantedJob })
        : [];

    const report: BenchReport = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: performance.now() - started,
      machine,
      loadAverageAtEnd: loadAverage(),
      config: {
        customers,
        timeMs: config.timeMs,
        warmupMs: config.warmupMs,
        scenarioWarmupMs: config.scenarioWarmupMs,
        concurrency: config.concurrency,
        deepPage: config.deepPage,
        scenarios: config.scenarios,
        ledgerBaseline: null,
      },
      services: serviceSettings(),
      seed,
      scenarios: results,
    };
    console.log(`${formatReport(report)}\n${formatJobs(jobs)}`);
    await writeReport({ ...report, jobs } as BenchReport, resultsFile);
    log(`results written to ${resultsFile}`);
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
