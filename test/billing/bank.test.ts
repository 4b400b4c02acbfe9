import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningStack, startStack } from '@clientele/stack';
import { graphql } from '../gql';
import { eventually, execute } from '../support/api';
import { closeDatabases, database } from '../support/databases';
import { STACK_ENV, testStack } from '../support/env';
import { type SeededCustomer, type TenantSeed, seed } from '../support/seed';
import { addCredits, keptAndSummed } from './ledger-support';

/**
 * The bank test: clients move credits at random among a partner's accounts through the gateway
 * while the billing process is killed and restarted under them. It runs on a stack of its own,
 * so that killing billing disturbs no other test; the close guard's HTTP routes are tried here
 * too, since this stack's service key is known.
 */

const SERVICE_KEY = randomBytes(32).toString('base64url');
const ACCOUNTS = 10;
const CLIENTS = 12;
const RUN_MS = 10_000;
const KILL_AFTER_MS = 3_000;
/** Moves the clients must see acknowledged on each side of the restart, however slow the machine. */
const MOVES_EACH_SIDE = 20;
/** The run ends at RUN_MS once both sides have their moves, and never later than this. */
const MAX_RUN_MS = 60_000;
const START_MINOR = 50_000;
const POSTPAID_LIMIT_MINOR = 20_000;

const MOVE = graphql(`
  mutation BankMove($input: CreditsMoveInput!) {
    creditsMove(input: $input) {
      fromEntry {
        id
      }
      toEntry {
        id
      }
      replayed
      userErrors {
        code
      }
    }
  }
`);

const ACCOUNT_UPDATE = graphql(`
  mutation BankAccountUpdate($input: BillingAccountUpdateInput!) {
    billingAccountUpdate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

interface MoveInput {
  fromCustomerId: string;
  toCustomerId: string;
  amount: number;
  idempotencyKey: string;
}

type Answer =
  | { kind: 'moved'; entryIds: [string, string]; replayed: boolean }
  | { kind: 'refused'; codes: string[] }
  /** No answer from billing (down, restarting): the move may or may not have happened. */
  | { kind: 'unknown'; why: string };

async function send(token: string, input: MoveInput): Promise<Answer> {
  try {
    const result = await execute(token, MOVE, { input });
    const payload = result.data?.creditsMove;
    if (!payload) return { kind: 'unknown', why: JSON.stringify(result.errors ?? result.status) };
    if (payload.fromEntry && payload.toEntry) {
      return { kind: 'moved', entryIds: [payload.fromEntry.id, payload.toEntry.id], replayed: payload.replayed };
    }
    return { kind: 'refused', codes: payload.userErrors.map((error) => error.code) };
  } catch (err) {
    return { kind: 'unknown', why: (err as Error).message };
  }
}

/** Sends until billing answers: a retry with the same key and input is always safe. */
async function settle(token: string, input: MoveInput): Promise<Exclude<Answer, { kind: 'unknown' }>> {
  for (;;) {
    const answer = await send(token, input);
    if (answer.kind !== 'unknown') return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

describe('the bank test: concurrent moves, retries and a billing restart', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-bank-'));
  chmodSync(scratch, 0o755);
  const sharedStack = process.env[STACK_ENV];
  let stack: RunningStack;
  let tenant: TenantSeed;
  let customers: SeededCustomer[];

  beforeAll(async () => {
    stack = await startStack({
      embeddedDataDir: join(scratch, 'postgres'),
      ephemeral: true,
      ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
      seedDemo: false,
      env: {
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        SERVICE_KEY,
        // Many clients on one operator's session: the budget is not what this test is about.
        RATE_LIMIT_INTERACTIVE_CAPACITY: '1000000',
        RATE_LIMIT_INTERACTIVE_LEAK_PER_SECOND: '100000',
      },
      restartBackoff: { initialMs: 200, maxMs: 1_000, resetAfterMs: 60_000 },
    });
    // This file's seeding and reads go to its own stack; the shared one is put back after.
    process.env[STACK_ENV] = JSON.stringify({
      gatewayUrl: stack.gatewayUrl,
      databaseUrl: stack.databaseUrl,
      subgraphUrls: stack.subgraphUrls,
    });
    tenant = await seed.partner();
    customers = await Promise.all(Array.from({ length: ACCOUNTS }, () => tenant.customer()));
    for (const [i, customer] of customers.entries()) {
      await addCredits(tenant.owner.token, customer.id, START_MINOR);
      // A third are POSTPAID: they may go below zero, down to their credit limit.
      if (i % 3 === 0) {
        await execute(tenant.owner.token, ACCOUNT_UPDATE, {
          input: { customerId: customer.id, pricingModel: 'POSTPAID', creditLimit: POSTPAID_LIMIT_MINOR },
        });
      }
    }
  }, 180_000);

  afterAll(async () => {
    await closeDatabases();
    if (sharedStack === undefined) delete process.env[STACK_ENV];
    else process.env[STACK_ENV] = sharedStack;
    await stack?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }, 120_000);

  it('should conserve the total, keep every balance within its rule and write every acknowledged move exactly once', async () => {
    const token = tenant.owner.token;
    const ids = customers.map((customer) => customer.id);
    const acknowledged = new Map<string, { input: MoveInput; entryIds: [string, string]; at: number }>();
    const problems: string[] = [];
    let unknowns = 0;
    let refusals = 0;
    let replays = 0;
    let reuses = 0;
    const killedPid = stack.pids().billing!;
    const startedAt = Date.now();
    let killedAt = Number.POSITIVE_INFINITY;
    let movesAfterTheKill = 0;
    // On a busy machine fewer moves fit in the time, so the run goes on until both sides of the
    // restart have enough of them to prove anything.
    const running = () => {
      const elapsed = Date.now() - startedAt;
      if (elapsed >= MAX_RUN_MS) return false;
      return (
        elapsed < RUN_MS ||
        acknowledged.size - movesAfterTheKill < MOVES_EACH_SIDE ||
        movesAfterTheKill < MOVES_EACH_SIDE
      );
    };
    const killer = new Promise<void>((resolve) =>
      setTimeout(() => {
        killedAt = Date.now();
        process.kill(killedPid, 'SIGKILL');
        resolve();
      }, KILL_AFTER_MS),
    );

    const client = async () => {
      while (running()) {
        const roll = Math.random();
        const done = [...acknowledged.values()];
        if (roll < 0.1 && done.length > 0) {
          // A client that lost the answer sends the same request again.
          const first = pick(done);
          const again = await settle(token, first.input);
          replays++;
          if (again.kind !== 'moved' || !again.replayed || again.entryIds.join() !== first.entryIds.join()) {
            problems.push(`retry of ${first.input.idempotencyKey} answered ${JSON.stringify(again)}`);
          }
          continue;
        }
        if (roll < 0.15 && done.length > 0) {
          // A client that reuses a key for another request is refused, and nothing moves.
          const first = pick(done);
          const reused = await settle(token, { ...first.input, amount: first.input.amount + 1 });
          reuses++;
          if (reused.kind !== 'refused' || reused.codes.join() !== 'IDEMPOTENCY_KEY_REUSED') {
            problems.push(`reuse of ${first.input.idempotencyKey} answered ${JSON.stringify(reused)}`);
          }
          continue;
        }
        const fromCustomerId = pick(ids);
        const toCustomerId = pick(ids.filter((id) => id !== fromCustomerId));
        const input = {
          fromCustomerId,
          toCustomerId,
          amount: 1 + Math.floor(Math.random() * 8_000),
          idempotencyKey: randomUUID(),
        };
        let answer = await send(token, input);
        if (answer.kind === 'unknown') {
          unknowns++;
          answer = await settle(token, input);
        }
        if (answer.kind === 'moved') {
          const at = Date.now();
          acknowledged.set(input.idempotencyKey, { input, entryIds: answer.entryIds, at });
          if (at > killedAt) movesAfterTheKill++;
        } else if (answer.codes.every((code) => code === 'CREDITS_INSUFFICIENT' || code === 'NOTHING_TO_MOVE'))
          refusals++;
        else problems.push(`move ${input.idempotencyKey} refused with ${answer.codes.join()}`);
      }
    };
    await Promise.all([killer, ...Array.from({ length: CLIENTS }, client)]);
    await eventually(
      () => Promise.resolve(stack.pids().billing !== killedPid ? true : null),
      'billing to be restarted',
    );

    const billing = await database('billing');
    const accounts = await keptAndSummed(tenant.partnerId);
    const limits = await billing.query<{ customerId: string; creditLimit: string }[]>(
      `SELECT customer_id AS "customerId", credit_limit_minor::text AS "creditLimit" FROM billing.billing_accounts WHERE partner_id = $1`,
      [tenant.partnerId],
    );
    const transfers = await billing.query<{ id: string }[]>(
      `SELECT id FROM billing.ledger_entries WHERE partner_id = $1 AND kind IN ('TRANSFER_OUT', 'TRANSFER_IN')`,
      [tenant.partnerId],
    );
    const acknowledgedEntries = [...acknowledged.values()].flatMap((move) => move.entryIds);

    const moves = [...acknowledged.values()];
    const activity = {
      beforeTheKill: moves.filter((move) => move.at < killedAt).length,
      afterTheKill: moves.filter((move) => move.at > killedAt).length,
    };
    console.info({ ...activity, unknowns, refusals, replays, reuses });

    expect(problems).toEqual([]);
    // Moves were acknowledged on both sides of the restart, and some answers were lost to it.
    expect(activity.beforeTheKill).toBeGreaterThan(10);
    expect(activity.afterTheKill).toBeGreaterThan(10);
    expect(unknowns).toBeGreaterThan(0);
    // The partner's total is what was put in: moves only move it.
    expect(accounts.reduce((total, account) => total + account.kept, 0n)).toBe(BigInt(ACCOUNTS * START_MINOR));
    for (const account of accounts) {
      expect({ id: account.customerId, kept: account.kept }).toEqual({ id: account.customerId, kept: account.summed });
      const limit = BigInt(limits.find((row) => row.customerId === account.customerId)!.creditLimit);
      expect({ id: account.customerId, withinRule: account.kept >= -limit }).toEqual({
        id: account.customerId,
        withinRule: true,
      });
    }
    // Every acknowledged move is in the ledger once, and nothing is there that no one was told of.
    expect(transfers).toHaveLength(acknowledgedEntries.length);
    expect(new Set(transfers.map((entry) => entry.id))).toEqual(new Set(acknowledgedEntries));
    expect(replays + reuses).toBeGreaterThan(0);
  }, 180_000);

  describe('the close guard over HTTP', () => {
    const post = (path: string, body: unknown, headers: Record<string, string>) =>
      fetch(`${testStack().subgraphUrls.billing}/internal/billing/close-guard/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    it('should answer only a call with the service key and a caller allowed to write customers', async () => {
      const customer = await tenant.customer();
      const readOnly = await tenant.operator('READ_ONLY');
      const owner = `Bearer ${tenant.owner.token}`;

      const noKey = await post('hold', { customerId: customer.id }, { authorization: owner });
      const wrongKey = await post(
        'hold',
        { customerId: customer.id },
        { authorization: owner, 'x-service-key': 'x'.repeat(43) },
      );
      const noToken = await post('hold', { customerId: customer.id }, { 'x-service-key': SERVICE_KEY });
      const notAllowed = await post(
        'hold',
        { customerId: customer.id },
        {
          authorization: `Bearer ${readOnly.token}`,
          'x-service-key': SERVICE_KEY,
        },
      );
      const badInput = await post(
        'hold',
        { customer: customer.id },
        { authorization: owner, 'x-service-key': SERVICE_KEY },
      );
      const held = await post(
        'hold',
        { customerId: customer.id },
        { authorization: owner, 'x-service-key': SERVICE_KEY },
      );
      const otherPartner = await seed.partner();
      const foreign = await post(
        'hold',
        { customerId: customer.id },
        {
          authorization: `Bearer ${otherPartner.owner.token}`,
          'x-service-key': SERVICE_KEY,
        },
      );
      const closed = await post(
        'release',
        { customerId: customer.id, closed: true },
        {
          authorization: owner,
          'x-service-key': SERVICE_KEY,
        },
      );

      expect([noKey.status, wrongKey.status, noToken.status, notAllowed.status, badInput.status]).toEqual([
        401, 401, 401, 403, 400,
      ]);
      expect(await held.json()).toEqual({
        closable: true,
        balance: { amountMinor: 0, currency: 'GBP' },
        owed: { amountMinor: 0, currency: 'GBP' },
        found: true,
      });
      expect(await foreign.json()).toMatchObject({ closable: false, found: false });
      expect(await closed.json()).toEqual({ closeState: 'CLOSED' });
    });
  });
});
