import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  type RunningStack,
  type ServiceProcess,
  freePort,
  spawnService,
  stopService,
  waitForHealthy,
} from '@clientele/stack';
import { DEMO } from '@clientele/subgraph-kit';
import { Pool } from 'pg';
import { type GatewayClient, createGatewayClient, signIn } from '../gateway-client';
import { UNLIMITED_RATE, productionEnv, serviceLogLines } from '../stack';
import type { BenchCase, Scenario } from '../scenario';

/** The accounts the moves go between: enough that two requests in flight rarely wait on one row. */
const ACCOUNTS = 1_000;
/** What each account is topped up with first, so that no move in the run is refused for want of credit. */
const TOP_UP_MINOR = 1_000_000_000;

const MOVE = `mutation BenchMove($input: CreditsMoveInput!) {
  creditsMove(input: $input) { fromEntry { id } toEntry { id } userErrors { code message } }
}`;

const ADD = `mutation BenchTopUp($input: CreditsAddInput!) {
  creditsAdd(input: $input) { entry { id } userErrors { code message } }
}`;

interface MovePayload {
  creditsMove: { fromEntry: { id: string } | null; userErrors: { code: string; message: string }[] };
}

interface Totals {
  accounts: number;
  kept: bigint;
  summed: bigint;
  /** Accounts whose kept balance is not the sum of their ledger. */
  drifted: number;
  transfers: number;
}

async function totals(pool: Pool): Promise<Totals> {
  const { rows } = await pool.query<{
    accounts: number;
    kept: string;
    summed: string;
    drifted: number;
    transfers: number;
  }>(
    `SELECT count(*)::int AS accounts, sum(a.balance_minor)::text AS kept, sum(l.summed)::text AS summed,
            count(*) FILTER (WHERE a.balance_minor <> l.summed)::int AS drifted, sum(l.transfers)::int AS transfers
       FROM billing.billing_accounts a
       CROSS JOIN LATERAL (SELECT coalesce(sum(amount_minor), 0) AS summed,
                                  count(*) FILTER (WHERE kind IN ('TRANSFER_IN', 'TRANSFER_OUT')) AS transfers
                             FROM billing.ledger_entries e
                            WHERE e.partner_id = a.partner_id AND e.customer_id = a.customer_id) l
      WHERE a.partner_id = $1`,
    [DEMO.partnerId],
  );
  const row = rows[0]!;
  return {
    accounts: row.accounts,
    kept: BigInt(row.kept),
    summed: BigInt(row.summed),
    drifted: row.drifted,
    transfers: row.transfers,
  };
}

function moveCase(
  group: string,
  role: BenchCase['role'],
  via: string,
  client: GatewayClient,
  customerIds: readonly string[],
  processes: () => Record<string, number | undefined>,
): BenchCase {
  return {
    group,
    role,
    via,
    processes,
    async run() {
      const from = Math.floor(Math.random() * customerIds.length);
      const to = (from + 1 + Math.floor(Math.random() * (customerIds.length - 1))) % customerIds.length;
      const data = (await client.request(MOVE, {
        input: {
          fromCustomerId: customerIds[from],
          toCustomerId: customerIds[to],
          amount: 1 + Math.floor(Math.random() * 1_000),
          idempotencyKey: randomUUID(),
        },
      })) as MovePayload;
      if (!data.creditsMove.fromEntry) throw new Error(`move refused: ${JSON.stringify(data.creditsMove.userErrors)}`);
    },
  };
}

interface Baseline {
  billingUrl: string;
  gatewayUrl: string;
  pids: { billing: number | undefined; gateway: number | undefined };
  stop(): Promise<void>;
}

/**
 * An earlier version's billing subgraph and gateway, started from its own checkout against this
 * stack's database and accounts subgraph, so the two versions are measured in one run, turn about.
 * Moves need no call between subgraphs, so a service key of its own does.
 */
async function startBaseline(
  checkout: string,
  stack: RunningStack,
  onLine: (name: string, line: string) => void,
): Promise<Baseline> {
  const started: ServiceProcess[] = [];
  const [billingPort, gatewayPort] = [await freePort(), await freePort()];
  const billingUrl = `http://127.0.0.1:${billingPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: stack.databaseUrl,
    ACCOUNTS_URL: stack.subgraphUrls.accounts,
    BILLING_URL: billingUrl,
    MESSAGING_URL: stack.subgraphUrls.messaging,
    // The settings this stack's services run with; a service key of its own unless one is configured.
    ...productionEnv(),
    ...UNLIMITED_RATE,
    SEED_DEMO: 'false',
  };
  try {
    const billing = spawnService({
      name: 'billing (baseline)',
      script: 'src/main.ts',
      cwd: join(checkout, 'subgraphs', 'billing'),
      env: { ...env, PORT: String(billingPort) },
      onLine,
    });
    started.push(billing);
    await waitForHealthy(`${billingUrl}/health`, billing);
    const gateway = spawnService({
      name: 'gateway (baseline)',
      script: 'src/main.ts',
      cwd: join(checkout, 'gateway'),
      env: { ...env, PORT: String(gatewayPort) },
      onLine,
    });
    started.push(gateway);
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    await waitForHealthy(`${gatewayUrl}/health`, gateway);
    return {
      billingUrl,
      gatewayUrl,
      pids: { billing: billing.child.pid, gateway: gateway.child.pid },
      stop: async () => {
        await Promise.all(started.map((service) => stopService(service)));
      },
    };
  } catch (err) {
    await Promise.all(started.map((service) => stopService(service)));
    throw err;
  }
}

/**
 * Credits moved between random pairs of the demo partner's customers (100,000 at the default
 * size), each move one `creditsMove` with a new idempotency key: straight to the billing subgraph
 * (its GraphQL endpoint, with the same operator token) and through the gateway. The partner's
 * total is read before and after: moves may only move it, and every kept balance must still be
 * the sum of its ledger. With `BENCH_LEDGER_BASELINE`, an earlier version's billing subgraph and
 * gateway are measured beside this one's, each before the other in turn, on the same accounts.
 */
export const ledgerScenario: Scenario = {
  name: 'ledger moves',
  description:
    'creditsMove between random pairs of 1,000 same-currency customers of the 100,000-customer partner, straight to billing vs through the gateway; total and kept balances checked after',
  async prepare({ stack, config, log }) {
    const accessToken = await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password);
    const gateway = createGatewayClient(stack.gatewayUrl, accessToken);
    // The subgraph serves /graphql and verifies the same token itself.
    const billing = createGatewayClient(stack.subgraphUrls.billing, accessToken);
    const pool = new Pool({ connectionString: stack.databaseUrl, max: 2, application_name: 'clientele-bench' });

    const { rows } = await pool.query<{ customerId: string; currency: string }>(
      `SELECT customer_id AS "customerId", currency FROM billing.billing_accounts
        WHERE partner_id = $1 AND currency = (SELECT currency FROM billing.billing_accounts WHERE partner_id = $1
                                               GROUP BY currency ORDER BY count(*) DESC LIMIT 1)
        ORDER BY customer_id LIMIT $2`,
      [DEMO.partnerId, ACCOUNTS],
    );
    const customerIds = rows.map((row) => row.customerId);
    if (customerIds.length < 2) throw new Error('too few customers of one currency to move credits between');
    log(`  topping up ${customerIds.length} ${rows[0]!.currency} accounts`);
    for (let i = 0; i < customerIds.length; i += config.concurrency) {
      await Promise.all(
        customerIds
          .slice(i, i + config.concurrency)
          .map((customerId) =>
            billing.request(ADD, { input: { customerId, amount: TOP_UP_MINOR, idempotencyKey: randomUUID() } }),
          ),
      );
    }
    const before = await totals(pool);
    if (before.drifted > 0 || before.kept !== before.summed) {
      throw new Error(`before the run, ${before.drifted} kept balances differ from their ledgers`);
    }

    const notes = [
      `${before.accounts} billing accounts in the partner; moves among ${customerIds.length} ${rows[0]!.currency} accounts`,
    ];
    let baseline: Baseline | null = null;
    let cases: BenchCase[];
    if (config.ledgerBaseline) {
      log(`  starting the baseline billing subgraph and gateway from ${config.ledgerBaseline}`);
      baseline = await startBaseline(config.ledgerBaseline, stack, serviceLogLines(config.serviceLogs, log));
      notes.push(`baseline: billing subgraph and gateway of ${config.ledgerBaseline}, on the same database`);
      const before = baseline.pids;
      // The consumers (accounts' audit log, messaging's reminders) are this version's for both.
      const shared = () => {
        const { accounts, messaging, postgres } = stack.pids();
        return { accounts, messaging, postgres };
      };
      const beforeBilling = createGatewayClient(baseline.billingUrl, accessToken);
      const beforeGateway = createGatewayClient(baseline.gatewayUrl, accessToken);
      cases = [
        moveCase('move, direct', 'baseline', 'billing, before', beforeBilling, customerIds, () => ({
          billing: before.billing,
          ...shared(),
        })),
        moveCase('move, direct', 'subject', 'billing, after', billing, customerIds, () => ({
          billing: stack.pids().billing,
          ...shared(),
        })),
        moveCase('move, gateway', 'baseline', 'gateway, before', beforeGateway, customerIds, () => ({
          gateway: before.gateway,
          billing: before.billing,
          ...shared(),
        })),
        moveCase('move, gateway', 'subject', 'gateway, after', gateway, customerIds, () => ({
          gateway: stack.pids().gateway,
          billing: stack.pids().billing,
          ...shared(),
        })),
      ];
    } else {
      const direct = () => {
        const { billing: billingPid, accounts, messaging, postgres } = stack.pids();
        return { billing: billingPid, accounts, messaging, postgres };
      };
      cases = [
        moveCase('credits move', 'baseline', 'billing subgraph', billing, customerIds, direct),
        moveCase('credits move', 'subject', 'gateway', gateway, customerIds, () => stack.pids()),
      ];
    }
    return {
      cases,
      notes,
      async dispose() {
        try {
          await baseline?.stop();
          const after = await totals(pool);
          if (after.kept !== before.kept || after.summed !== before.summed || after.drifted > 0) {
            throw new Error(
              `the partner's total moved: kept ${before.kept} → ${after.kept}, ledger ${before.summed} → ${after.summed}, ${after.drifted} accounts drifted`,
            );
          }
          notes.push(
            `checked after the run: the partner's total is unchanged (${after.kept} minor units), every kept balance equals its ledger, ${(after.transfers - before.transfers) / 2} moves written`,
          );
        } finally {
          await pool.end();
        }
      },
    };
  },
};
