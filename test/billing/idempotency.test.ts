import { randomUUID } from 'node:crypto';
import { FORGET_KEYS_QUEUE } from '@clientele/billing';
import {
  BALANCE_CHANGED,
  type BalanceChangedData,
  EventBus,
  createLogger,
  balanceChangedData,
} from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type Listener, listenFor } from '../support/listener';
import { seed } from '../support/seed';
import { addCredits, entryCount, keptAndSummed } from './ledger-support';

const ADD = graphql(`
  mutation IdempotencyAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      entry {
        id
        balanceAfter {
          minorUnits
        }
      }
      replayed
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation IdempotencyWithdraw($input: CreditsWithdrawInput!) {
    creditsWithdraw(input: $input) {
      entry {
        id
      }
      replayed
      userErrors {
        field
        code
      }
    }
  }
`);

const MOVE = graphql(`
  mutation IdempotencyMove($input: CreditsMoveInput!) {
    creditsMove(input: $input) {
      fromEntry {
        id
        balanceAfter {
          minorUnits
        }
      }
      toEntry {
        id
        balanceAfter {
          minorUnits
        }
      }
      replayed
      userErrors {
        field
        code
      }
    }
  }
`);

describe('idempotency keys', () => {
  it('should answer a retry with the same key and input with the first result and write nothing more', async () => {
    const tenant = await seed.partner();
    const [from, to] = await Promise.all([tenant.customer(), tenant.customer()]);
    await addCredits(tenant.owner.token, from.id, 1_000);
    const input = { fromCustomerId: from.id, toCustomerId: to.id, amount: 250, idempotencyKey: randomUUID() };

    const first = await query(tenant.owner.token, MOVE, { input });
    // Something else moves the balances meanwhile: the retry still answers what the first request did.
    await addCredits(tenant.owner.token, to.id, 5);
    const retry = await query(tenant.owner.token, MOVE, { input });

    expect(first.creditsMove.replayed).toBe(false);
    expect(retry.creditsMove).toEqual({ ...first.creditsMove, replayed: true });
    expect(retry.creditsMove.fromEntry?.balanceAfter.minorUnits).toBe(750);
    expect(await entryCount(tenant.partnerId, from.id)).toBe(2);
    expect(await entryCount(tenant.partnerId, to.id)).toBe(2);
  });

  it('should refuse the same key with different input, or for another operation, and write nothing', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const idempotencyKey = randomUUID();
    await query(tenant.owner.token, ADD, { input: { customerId: customer.id, amount: 100, idempotencyKey } });

    const otherAmount = await query(tenant.owner.token, ADD, {
      input: { customerId: customer.id, amount: 101, idempotencyKey },
    });
    const otherReference = await query(tenant.owner.token, ADD, {
      input: { customerId: customer.id, amount: 100, reference: 'pay_2', idempotencyKey },
    });
    const otherOperation = await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: 100, idempotencyKey },
    });

    const reused = [
      { field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) as unknown },
    ];
    expect(otherAmount.creditsAdd).toEqual({ entry: null, replayed: false, userErrors: reused });
    expect(otherReference.creditsAdd.userErrors).toEqual(reused);
    expect(otherOperation.creditsWithdraw.userErrors.map((error) => error.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await keptAndSummed(tenant.partnerId)).toEqual([
      { customerId: customer.id, kept: 100n, summed: 100n, entries: 1 },
    ]);
  });

  it('should write one entry for concurrent requests with one key, and answer each with it', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const input = { customerId: customer.id, amount: 700, idempotencyKey: randomUUID() };

    // More twins than billing has pooled connections: each waits on the key holding one, and must not need another.
    const answers = await Promise.all(Array.from({ length: 25 }, () => query(tenant.owner.token, ADD, { input })));

    const ids = new Set(answers.map((answer) => answer.creditsAdd.entry?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(answers.filter((answer) => !answer.creditsAdd.replayed)).toHaveLength(1);
    expect(answers.every((answer) => answer.creditsAdd.userErrors.length === 0)).toBe(true);
    expect(await keptAndSummed(tenant.partnerId)).toEqual([
      { customerId: customer.id, kept: 700n, summed: 700n, entries: 1 },
    ]);
  });

  it('should leave the key free when the request was refused, so the same request can succeed later', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const input = { customerId: customer.id, amount: 300, idempotencyKey: randomUUID() };

    const refused = await query(tenant.owner.token, WITHDRAW, { input });
    await addCredits(tenant.owner.token, customer.id, 300);
    const later = await query(tenant.owner.token, WITHDRAW, { input });

    expect(refused.creditsWithdraw.userErrors.map((error) => error.code)).toEqual(['CREDITS_INSUFFICIENT']);
    expect(later.creditsWithdraw).toMatchObject({ replayed: false, userErrors: [] });
    expect(await keptAndSummed(tenant.partnerId)).toEqual([
      { customerId: customer.id, kept: 0n, summed: 0n, entries: 2 },
    ]);
  });

  it('should keep keys apart between partners', async () => {
    const [one, two] = await Promise.all([seed.partner(), seed.partner()]);
    const [a, b] = await Promise.all([one.customer(), two.customer()]);
    const idempotencyKey = randomUUID();

    const first = await query(one.owner.token, ADD, { input: { customerId: a.id, amount: 1, idempotencyKey } });
    const second = await query(two.owner.token, ADD, { input: { customerId: b.id, amount: 2, idempotencyKey } });

    expect([first.creditsAdd.replayed, second.creditsAdd.replayed]).toEqual([false, false]);
    expect(second.creditsAdd.userErrors).toEqual([]);
  });

  it('should keep a key for 24 hours and forget it after, swept by one scheduled job for all billing processes', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const [old, recent] = [randomUUID(), randomUUID()];
    await query(tenant.owner.token, ADD, { input: { customerId: customer.id, amount: 1, idempotencyKey: old } });
    await query(tenant.owner.token, ADD, { input: { customerId: customer.id, amount: 1, idempotencyKey: recent } });
    const billing = await database('billing');
    await billing.query(
      `UPDATE billing.idempotency_keys SET created_at = now() - CASE key WHEN $2 THEN interval '24 hours 1 minute' ELSE interval '23 hours 59 minutes' END
        WHERE partner_id = $1`,
      [tenant.partnerId, old],
    );

    // The sweep is a pg-boss schedule kept in the database, one for every process, not a timer in each.
    const schedules = await billing.query<{ cron: string; timezone: string }[]>(
      `SELECT cron, timezone FROM queue.schedule WHERE name = $1`,
      [FORGET_KEYS_QUEUE],
    );
    expect(schedules).toEqual([{ cron: '*/15 * * * *', timezone: 'UTC' }]);
    // What pg-boss sends when the schedule is due: the running billing subgraph works it.
    const bus = await EventBus.start({
      connectionString: testStack().databaseUrl,
      schema: 'queue',
      logger: createLogger('forget-keys-test', 'silent'),
    });
    try {
      await bus.enqueue(billing.manager, FORGET_KEYS_QUEUE, {});
    } finally {
      await bus.stop();
    }
    const keysLeft = async () =>
      (
        await billing.query<{ key: string }[]>(`SELECT key FROM billing.idempotency_keys WHERE partner_id = $1`, [
          tenant.partnerId,
        ])
      ).map((row) => row.key);
    await eventually(async () => ((await keysLeft()).includes(old) ? null : true), 'the expired key forgotten');

    expect(await keysLeft()).toEqual([recent]);
    const recentRetried = await query(tenant.owner.token, ADD, {
      input: { customerId: customer.id, amount: 2, idempotencyKey: recent },
    });
    const oldReused = await query(tenant.owner.token, ADD, {
      input: { customerId: customer.id, amount: 2, idempotencyKey: old },
    });

    expect(recentRetried.creditsAdd.userErrors.map((error) => error.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(oldReused.creditsAdd).toMatchObject({ replayed: false, userErrors: [] });
  });
});

describe('balance.changed', () => {
  let listener: Listener<BalanceChangedData>;

  beforeAll(async () => {
    listener = await listenFor(BALANCE_CHANGED, balanceChangedData);
  });

  afterAll(() => listener.stop());

  it('should announce each balance change with the balance before and after and its place in the ledger, once, and nothing for a replay or a refusal', async () => {
    const tenant = await seed.partner();
    const [from, to] = await Promise.all([tenant.customer(), tenant.customer()]);
    const added = await addCredits(tenant.owner.token, from.id, 1_000);
    const input = { fromCustomerId: from.id, toCustomerId: to.id, amount: 400, idempotencyKey: randomUUID() };
    const moved = await query(tenant.owner.token, MOVE, { input });
    await query(tenant.owner.token, MOVE, { input });
    await query(tenant.owner.token, MOVE, { input: { ...input, amount: 5_000, idempotencyKey: randomUUID() } });

    const mine = () => listener.received.filter((event) => event.partnerId === tenant.partnerId);
    await eventually(() => Promise.resolve(mine().length >= 3 ? true : null), 'three balance.changed events');
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect(mine().map((event) => event.data)).toEqual(
      expect.arrayContaining([
        {
          customerId: from.id,
          currency: 'GBP',
          previousBalanceMinor: 0,
          balanceMinor: 1_000,
          entryId: added,
          kind: 'CREDIT',
          sequence: 1,
        },
        {
          customerId: from.id,
          currency: 'GBP',
          previousBalanceMinor: 1_000,
          balanceMinor: 600,
          entryId: moved.creditsMove.fromEntry!.id,
          kind: 'TRANSFER_OUT',
          sequence: 2,
        },
        {
          customerId: to.id,
          currency: 'GBP',
          previousBalanceMinor: 0,
          balanceMinor: 400,
          entryId: moved.creditsMove.toEntry!.id,
          kind: 'TRANSFER_IN',
          sequence: 1,
        },
      ]),
    );
    expect(mine()).toHaveLength(3);
  });
});
