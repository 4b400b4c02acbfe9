import { resolve } from 'node:path';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

const environment = z.object({
  /** How many demo customers to seed; ledger entries, members and messages follow from it. */
  BENCH_CUSTOMERS: positiveInt.min(100).default(100_000),
  /** Time budget of one measurement (one case in one mode), after its warm-up. */
  BENCH_TIME_MS: positiveInt.default(8_000),
  BENCH_WARMUP_MS: positiveInt.default(1_500),
  /** Before a scenario's first measurement, each case runs this long with BENCH_CONCURRENCY in flight. */
  BENCH_SCENARIO_WARMUP_MS: positiveInt.default(5_000),
  /** Requests in flight for the concurrent measurements. */
  BENCH_CONCURRENCY: positiveInt.max(64).default(10),
  /** The deep page the customer list is measured at; clamped to the last page when fewer customers exist. */
  BENCH_DEEP_PAGE: positiveInt.default(1_000),
  /** Only these scenarios, by name, comma-separated (e.g. `ledger moves`); every scenario when unset. */
  BENCH_SCENARIOS: z.string().optional(),
  /**
   * A checkout of an earlier version (with its dependencies installed): the ledger scenario then
   * also runs that version's billing subgraph and gateway on the same database and measures them
   * interleaved with this one's, before against after.
   */
  BENCH_LEDGER_BASELINE: z.string().optional(),
  BENCH_RESULTS_FILE: z.string().default(resolve(__dirname, '..', 'results', 'latest.json')),
  /** The customer-list bench: how many customers across its 50 partners (half of them in one). */
  BENCH_LIST_CUSTOMERS: positiveInt.min(1_000).default(1_000_000),
  /** Where the customer-list bench keeps its seeded database between runs (delete it to seed again). */
  BENCH_LIST_DATA_DIR: z.string().default(resolve(__dirname, '..', '.data', 'customer-list')),
  BENCH_LIST_RESULTS_FILE: z.string().default(resolve(__dirname, '..', 'results', 'customer-list.json')),
  /** Pass the services' warnings and errors through to stderr (they log every request at info, which is never echoed). */
  BENCH_SERVICE_LOGS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

export interface BenchConfig {
  customers: number;
  timeMs: number;
  warmupMs: number;
  scenarioWarmupMs: number;
  concurrency: number;
  deepPage: number;
  resultsFile: string;
  serviceLogs: boolean;
  scenarios: string[] | null;
  ledgerBaseline: string | null;
  list: { customers: number; dataDir: string; resultsFile: string };
}

export class ConfigError extends Error {}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const parsed = environment.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid bench configuration:\n${z.prettifyError(parsed.error)}`);
  const values = parsed.data;
  return {
    customers: values.BENCH_CUSTOMERS,
    timeMs: values.BENCH_TIME_MS,
    warmupMs: values.BENCH_WARMUP_MS,
    scenarioWarmupMs: values.BENCH_SCENARIO_WARMUP_MS,
    concurrency: values.BENCH_CONCURRENCY,
    deepPage: values.BENCH_DEEP_PAGE,
    resultsFile: resolve(values.BENCH_RESULTS_FILE),
    serviceLogs: values.BENCH_SERVICE_LOGS,
    scenarios: values.BENCH_SCENARIOS ? values.BENCH_SCENARIOS.split(',').map((name) => name.trim()) : null,
    ledgerBaseline: values.BENCH_LEDGER_BASELINE ? resolve(values.BENCH_LEDGER_BASELINE) : null,
    list: {
      customers: values.BENCH_LIST_CUSTOMERS,
      dataDir: resolve(values.BENCH_LIST_DATA_DIR),
      resultsFile: resolve(values.BENCH_LIST_RESULTS_FILE),
    },
  };
}
