import { readFileSync } from 'node:fs';
import { DEMO } from '@clientele/subgraph-kit';
import type { RunningStack } from '@clientele/stack';
import { z } from 'zod';
import { type GatewayClient, createGatewayClient, signIn } from '../gateway-client';
import { minutesAfterEpoch } from './dataset';
import type { ListSchemaSupport } from './schema-support';

/** The issue's targets for the two background jobs. */
export const JOB_TARGETS = { bulkRowsPerSecond: 50_000, exportRowsPerSecond: 250_000, exportMemoryGrowthMiB: 100 };

/** How many customers the bulk action acts on, in the large partner. */
const BULK_TARGET = 100_000;
const POLL_MS = 200;
/** A job that has not finished by then is reported as unfinished rather than waited on for ever. */
const JOB_TIMEOUT_MS = 15 * 60_000;

export interface JobResult {
  name: string;
  /** `measured`, or why not: the API lacks it, or it failed. */
  outcome: 'measured' | 'not yet' | 'failed';
  lines: string[];
  figures?: Record<string, number | string | null>;
}

/** The resident memory of a process now (VmRSS), in MiB. */
function residentMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory every 50 ms until stopped; resolves to the highest seen. */
function sampleMemory(pid: number | undefined): { stop(): number | null } {
  let peak = residentMiB(pid);
  const timer = setInterval(() => {
    const now = residentMiB(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  signal: AbortSignal,
  log: (message: string) => void,
  describe: (value: T) => string,
): Promise<T> {
  const deadline = performance.now() + JOB_TIMEOUT_MS;
  let lastLogged = 0;
  for (;;) {
    signal.throwIfAborted();
    const value = await read();
    if (done(value)) return value;
    if (performance.now() > deadline)
      throw new Error(`unfinished after ${JOB_TIMEOUT_MS / 60_000} minutes: ${describe(value)}`);
    if (performance.now() - lastLogged > 5_000) {
      log(`    ${describe(value)}`);
      lastLogged = performance.now();
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const userErrors = z.array(z.object({ message: z.string() }).loose());
const bulkOperation = z
  .object({
    id: z.string(),
    status: z.string(),
    total: z.number().int(),
    processed: z.number().int(),
    changed: z.number().int(),
    skipped: z.number().int(),
  })
  .loose();
const BULK_FIELDS = 'id status total processed changed skipped';
const FINISHED = new Set(['COMPLETED', 'CANCELLED', 'FAILED']);

/**
 * A bulk action over the first BULK_TARGET customers the large partner created (a created-date
 * range), then its undo, so a kept dataset is as seeded for the next run. Rows per second is what
 * the operation processed over the time from the request to its end, as a person waiting sees it.
 */
async function bulkActionJob(
  gateway: GatewayClient,
  support: ListSchemaSupport,
  signal: AbortSignal,
  log: (message: string) => void,
): Promise<JobResult> {
  const name = `bulk action over ${BULK_TARGET.toLocaleString('en-GB')} customers`;
  const needed = ['customersBulkAction', 'customerBulkOperationUndo'].filter((field) => !support.mutations.has(field));
  if (!support.queries.has('customerBulkOperation')) needed.push('customerBulkOperation');
  if (!support.filterFields.has('createdAt')) needed.push('CustomerFilter.createdAt');
  const actions = support.enums.get('CustomerBulkActionKind') ?? [];
  if (!actions.includes('SUSPEND')) needed.push('CustomerBulkActionKind.SUSPEND');
  if (needed.length > 0) return { name, outcome: 'not yet', lines: [`not yet: the API has no ${needed.join(', ')}`] };

  // Customer n of the large partner was created 3n minutes after the epoch; a few are closed and
  // stay out of the default list, so the range is widened to still hold BULK_TARGET.
  const filter = { createdAt: { to: minutesAfterEpoch(3 * Math.ceil(BULK_TARGET * 1.02) + 1) } };
  const read = async (id: string) =>
    bulkOperation.parse(
      (
        (await gateway.request(`query ($id: ID!) { customerBulkOperation(id: $id) { ${BULK_FIELDS} } }`, { id })) as {
          customerBulkOperation: unknown;
        }
      ).customerBulkOperation,
    );
  const run = async (mutation: string, input: Record<string, unknown>, field: string) => {
    const started = performance.now();
    const data = (await gateway.request(
      `mutation ($input: ${mutation}) { ${field}(input: $input) { bulkOperation { ${BULK_FIELDS} } userErrors { message } } }`,
      { input },
    )) as Record<string, { bulkOperation: unknown; userErrors: unknown }>;
    // The request only records the operation and queues it: how long a person waits for the answer.
    const answeredSeconds = (performance.now() - started) / 1000;
    const payload = data[field]!;
    const errors = userErrors.parse(payload.userErrors);
    if (errors.length > 0) throw new Error(`${field} refused: ${errors.map((error) => error.message).join('; ')}`);
    const first = bulkOperation.parse(payload.bulkOperation);
    const last = FINISHED.has(first.status)
      ? first
      : await pollUntil(
          () => read(first.id),
          (operation) => FINISHED.has(operation.status),
          signal,
          log,
          (operation) => `${field}: ${operation.status} ${operation.processed}/${operation.total}`,
        );
    return { operation: last, answeredSeconds, seconds: (performance.now() - started) / 1000 };
  };

  try {
    log(`  ${name}: suspending, then undoing`);
    const action = await run(
      'CustomersBulkActionInput!',
      { target: { filter }, action: 'SUSPEND', reason: 'Bench bulk action', idempotencyKey: `bench-${Date.now()}` },
      'customersBulkAction',
    );
    const undo = await run('CustomerBulkOperationUndoInput!', { id: action.operation.id }, 'customerBulkOperationUndo');
    const rate = action.operation.processed / action.seconds;
    const undoRate = undo.operation.processed / undo.seconds;
    const met = rate >= JOB_TARGETS.bulkRowsPerSecond;
    return {
      name,
      outcome: 'measured',
      lines: [
        `SUSPEND: ${action.operation.status}, ${action.operation.processed} of ${action.operation.total} processed ` +
          `(${action.operation.changed} changed, ${action.operation.skipped} skipped) in ${action.seconds.toFixed(1)} s: ` +
          `${rate.toFixed(0)} rows/s (≥ ${JOB_TARGETS.bulkRowsPerSecond}: ${met ? 'met' : 'MISSED'}); ` +
          `the request answered in ${(action.answeredSeconds * 1000).toFixed(0)} ms`,
        `undo: ${undo.operation.status}, ${undo.operation.processed} processed in ${undo.seconds.toFixed(1)} s: ` +
          `${undoRate.toFixed(0)} rows/s; the request answered in ${(undo.answeredSeconds * 1000).toFixed(0)} ms`,
      ],
      figures: {
        total: action.operation.total,
        processed: action.operation.processed,
        seconds: action.seconds,
        answeredSeconds: action.answeredSeconds,
        rowsPerSecond: rate,
        undoSeconds: undo.seconds,
        undoRowsPerSecond: undoRate,
        undoAnsweredSeconds: undo.answeredSeconds,
      },
    };
  } catch (error) {
    return { name, outcome: 'failed', lines: [`failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

const customerExport = z
  .object({
    id: z.string(),
    status: z.string(),
    total: z.number().int().nullable(),
    rowsWritten: z.number().int(),
    error: z.string().nullable().optional(),
  })
  .loose();
const EXPORT_FIELDS = 'id status total rowsWritten error';

/**
 * Exports the large partner's whole default list with every column, while sampling the accounts
 * process's resident memory: rows per second from the request to the finished file, and how far
 * the memory rose above where it stood before the request.
 */
async function exportJob(
  gateway: GatewayClient,
  stack: RunningStack,
  support: ListSchemaSupport,
  signal: AbortSignal,
  log: (message: string) => void,
): Promise<JobResult> {
  const name = 'export of the large partner';
  const needed = ['customerExportStart'].filter((field) => !support.mutations.has(field));
  if (!support.queries.has('customerExport')) needed.push('customerExport');
  if (needed.length > 0) return { name, outcome: 'not yet', lines: [`not yet: the API has no ${needed.join(', ')}`] };
  const columns = support.enums.get('CustomerExportColumn') ?? null;

  try {
    const pid = stack.pids().accounts;
    const before = residentMiB(pid);
    const memory = sampleMemory(pid);
    const started = performance.now();
    log(`  ${name}: exporting`);
    const data = (await gateway.request(
      `mutation ($input: CustomerExportStartInput!) { customerExportStart(input: $input) { export { ${EXPORT_FIELDS} } userErrors { message } } }`,
      { input: { sortKey: 'CREATED_AT', reverse: false, ...(columns ? { columns } : {}) } },
    )) as { customerExportStart: { export: unknown; userErrors: unknown } };
    const errors = userErrors.parse(data.customerExportStart.userErrors);
    if (errors.length > 0)
      throw new Error(`customerExportStart refused: ${errors.map((error) => error.message).join('; ')}`);
    const first = customerExport.parse(data.customerExportStart.export);
    const last = await pollUntil(
      async () =>
        customerExport.parse(
          (
            (await gateway.request(`query ($id: ID!) { customerExport(id: $id) { ${EXPORT_FIELDS} } }`, {
              id: first.id,
            })) as { customerExport: unknown }
          ).customerExport,
        ),
      (value) => FINISHED.has(value.status),
      signal,
      log,
      (value) => `export: ${value.status} ${value.rowsWritten}/${value.total ?? '?'}`,
    );
    const seconds = (performance.now() - started) / 1000;
    const peak = memory.stop();
    const growth = before !== null && peak !== null ? peak - before : null;
    const rate = last.rowsWritten / seconds;
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
    return {
      name,
      outcome: last.status === 'COMPLETED' ? 'measured' : 'failed',
      lines: [
        `${last.status}${last.error ? ` (${last.error})` : ''}: ${last.rowsWritten} rows in ${seconds.toFixed(1)} s: ` +
          `${rate.toFixed(0)} rows/s (≥ ${JOB_TARGETS.exportRowsPerSecond}: ${met(rate >= JOB_TARGETS.exportRowsPerSecond)})`,
        `accounts resident memory ${before?.toFixed(0) ?? '?'} MiB before, ${peak?.toFixed(0) ?? '?'} MiB at its peak (sampled every 50 ms): ` +
          `growth ${growth?.toFixed(0) ?? '?'} MiB (< ${JOB_TARGETS.exportMemoryGrowthMiB}: ${growth === null ? 'not measured' : met(growth < JOB_TARGETS.exportMemoryGrowthMiB)})`,
      ],
      figures: { rows: last.rowsWritten, seconds, rowsPerSecond: rate, memoryBeforeMiB: before, memoryPeakMiB: peak },
    };
  } catch (error) {
    return { name, outcome: 'failed', lines: [`failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** The two background jobs, each measured where the API has it and otherwise reported as not yet there. */
export async function runJobs(context: {
  stack: RunningStack;
  support: ListSchemaSupport;
  signal: AbortSignal;
  log: (message: string) => void;
  /** Which jobs to run, by name (`bulk`, `export`); both when absent. */
  only?: (job: 'bulk' | 'export') => boolean;
}): Promise<JobResult[]> {
  const { stack, support, signal, log, only = () => true } = context;
  const gateway = createGatewayClient(
    stack.gatewayUrl,
    await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password),
  );
  return [
    ...(only('bulk') ? [await bulkActionJob(gateway, support, signal, log)] : []),
    ...(only('export') ? [await exportJob(gateway, stack, support, signal, log)] : []),
  ];
}

export function formatJobs(jobs: JobResult[]): string {
  return [
    'Background jobs:',
    ...jobs.flatMap((job) => [`  ${job.name}:`, ...job.lines.map((line) => `    ${line}`)]),
  ].join('\n');
}
