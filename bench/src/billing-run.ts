/**
 * `pnpm --filter @clientele/bench run bench:billing-run`: the billing-run scenario. Starts a
 * throwaway stack, seeds the demo partner (BENCH_CUSTOMERS, 100,000 by default), gives every
 * customer a service for the whole of last month, a third of them a second one started in the
 * middle of it (pro-rated) and three POSTPAID usage records each, with set-based SQL; sets tax
 * rates for the customers' countries and one exchange rate; then starts one billing run for the
 * partner and last month through the API and reports invoices per second (from the run's own
 * start and finish), the billing and accounts processes' peak memory and the machine's load.
 * Writes bench/results/billing-run.json.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DEMO } from '@clientele/subgraph-kit';
import type { RunningStack } from '@clientele/stack';
import { Client } from 'pg';
import { loadBenchConfig } from './config';
import { cpuSnapshot, peakMemoryMiB } from './processes';
import { createGatewayClient, signIn } from './gateway-client';
import { describeMachine } from './machine';
import { seedDemo } from './seed';
import { serviceLogLines, startBenchStack } from './stack';

const log = (message: string) => console.error(message);

/** Last calendar month in UTC, as [start, end). */
function lastMonth(now = new Date()): { start: string; end: string } {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Services, usage, tax rates and an exchange rate for every customer of the demo partner, set-based. */
async function seedBillables(
  databaseUrl: string,
  period: { start: string; end: string },
): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'clientele-bench' });
  await client.connect();
  try {
    const {
      rows: [partner],
    } = await client.query<{ partnerId: string }>(
      `SELECT partner_id AS "partnerId" FROM billing.billing_accounts GROUP BY partner_id ORDER BY count(*) DESC LIMIT 1`,
    );
    const partnerId = partner!.partnerId;
    await client.query(
      `INSERT INTO billing.services (partner_id, id, customer_id, description, unit_price_minor, currency, quantity, period, start_date)
       SELECT partner_id, gen_random_uuid(), customer_id, 'Plan', 1999, currency, 1, 'MONTHLY', $2::date - 40
         FROM billing.billing_accounts WHERE partner_id = $1`,
      [partnerId, period.start],
    );
    await client.query(
      `INSERT INTO billing.services (partner_id, id, customer_id, description, unit_price_minor, currency, quantity, period, start_date)
       SELECT partner_id, gen_random_uuid(), customer_id, 'Seats', 450, 'USD', 3, 'MONTHLY', $2::date + 14
         FROM billing.billing_accounts WHERE partner_id = $1 AND abs(hashtext(customer_id::text)) % 3 = 0`,
      [partnerId, period.start],
    );
    await client.query(
      `INSERT INTO billing.usage_records
              (partner_id, id, customer_id, description, quantity, unit_price_minor, currency, amount_minor, occurred_at,
               pricing_model, idempotency_key, request_digest)
       SELECT a.partner_id, gen_random_uuid(), a.customer_id, 'SMS', 10 * n, 5, a.currency, 50 * n,
              ($2::date)::timestamp AT TIME ZONE 'UTC' + make_interval(days => n * 7), 'POSTPAID',
              'bench-' || a.customer_id || '-' || n, 'bench'
         FROM billing.billing_accounts a CROSS JOIN generate_series(1, 3) AS n
        WHERE a.partner_id = $1`,
      [partnerId, period.start],
    );
    await client.query(
      `INSERT INTO billing.tax_rates (partner_id, country, rate_ppm, reverse_charge)
       SELECT $1, country, CASE WHEN country = 'DE' THEN 190000 ELSE 210000 END, country = 'DE'
         FROM (SELECT DISTINCT country FROM accounts.customers WHERE partner_id = $1) c
       ON CONFLICT DO NOTHING`,
      [partnerId],
    );
    await client.query(
      `INSERT INTO billing.fx_rates (partner_id, base_currency, quote_currency, rate)
       SELECT DISTINCT $1::uuid, 'USD', currency, 0.92 FROM billing.billing_accounts WHERE partner_id = $1 AND currency <> 'USD'`,
      [partnerId],
    );
    await client.query(`VACUUM ANALYZE billing.services, billing.usage_records, billing.tax_rates, billing.fx_rates`);
    const counts: Record<string, number> = {};
    for (const table of ['billing.services', 'billing.usage_records', 'billing.billing_accounts']) {
      const { rows } = await client.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM ${table} WHERE partner_id = $1`,
        [partnerId],
      );
      counts[table] = rows[0]?.count ?? 0;
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function runTimes(databaseUrl: string, runId: string) {
  const client = new Client({ connectionString: databaseUrl, application_name: 'clientele-bench' });
  await client.connect();
  try {
    const { rows } = await client.query<{ seconds: number; invoices: number; lines: number }>(
      `SELECT extract(epoch FROM finished_at - started_at)::float8 AS seconds, invoices_created AS invoices,
              (SELECT count(*)::int FROM billing.invoice_lines l JOIN billing.invoices i ON i.id = l.invoice_id
                WHERE i.partner_id = r.partner_id AND i.period_start = r.period_start) AS lines
         FROM billing.billing_runs r WHERE id = $1`,
      [runId],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const config = loadBenchConfig();
  const machine = describeMachine();
  const dataDir = join(tmpdir(), `clientele-bench-billing-${process.pid}`);
  let stack: RunningStack | undefined;
  try {
    log('starting the stack…');
    stack = await startBenchStack({
      dataDir,
      onLine: serviceLogLines(config.serviceLogs, log),
    });
    log(`seeding ${config.customers} customers…`);
    const seeded = await seedDemo(stack.databaseUrl, config.customers);
    const period = lastMonth();
    const billables = await seedBillables(stack.databaseUrl, period);
    log(`seeded in ${(seeded.durationMs / 1000).toFixed(1)} s: ${JSON.stringify(billables)}`);
    const token = await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password);
    const gateway = createGatewayClient(stack.gatewayUrl, token);

    const loadBefore = loadavg();
    const cpuBefore = cpuSnapshot(stack.pids());
    log(`billing ${period.start}…`);
    const started = (await gateway.request(
      `mutation ($input: BillingRunStartInput!) { billingRunStart(input: $input) { billingRun { id } userErrors { message } } }`,
      { input: { periodStart: period.start } },
    )) as { billingRunStart: { billingRun: { id: string } | null; userErrors: { message: string }[] } };
    const runId = started.billingRunStart.billingRun?.id;
    if (!runId) throw new Error(`refused: ${started.billingRunStart.userErrors.map((e) => e.message).join(' ')}`);
    let run: Record<string, unknown> = {};
    const deadline = performance.now() + 15 * 60_000;
    while (performance.now() < deadline) {
      await new Promise((done) => setTimeout(done, 1_000));
      const data = (await gateway.request(
        `query ($id: ID!) { billingRun(id: $id) { status total processed invoicesCreated alreadyInvoiced skipped error } }`,
        { id: runId },
      )) as { billingRun: Record<string, unknown> };
      run = data.billingRun;
      log(`  ${JSON.stringify(run)}`);
      if (run.status === 'DONE' || run.status === 'FAILED') break;
    }
    const loadAfter = loadavg();
    const cpuAfter = cpuSnapshot(stack.pids());
    const cpuSeconds = Object.fromEntries(
      Object.keys(cpuAfter).map((name) => [name, Number(((cpuAfter[name] ?? 0) - (cpuBefore[name] ?? 0)).toFixed(1))]),
    );
    const cpuTotal = Object.values(cpuSeconds).reduce((sum, seconds) => sum + seconds, 0);
    const times = await runTimes(stack.databaseUrl, runId);
    const result = {
      date: new Date().toISOString(),
      machine,
      customers: config.customers,
      seeded: billables,
      period,
      run,
      seconds: Number(times.seconds.toFixed(2)),
      invoices: times.invoices,
      invoiceLines: times.lines,
      invoicesPerSecond: times.seconds > 0 ? Math.round(times.invoices / times.seconds) : null,
      // On a shared machine the CPU the run took says more than the wall clock: two free cores give 2 CPU-seconds a second.
      cpuSeconds,
      invoicesPerCpuSecond: cpuTotal > 0 ? Math.round(times.invoices / cpuTotal) : null,
      peakMemoryMiB: {
        billing: peakMemoryMiB(stack.pids().billing),
        accounts: peakMemoryMiB(stack.pids().accounts),
      },
      loadAverage: {
        before: loadBefore.map((x) => Number(x.toFixed(2))),
        after: loadAfter.map((x) => Number(x.toFixed(2))),
      },
    };
    console.log(JSON.stringify(result, null, 2));
    const file = resolve(__dirname, '..', 'results', 'billing-run.json');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
