import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  BALANCE_CHANGED,
  type BalanceChangedData,
  EventBus,
  INVOICE_ISSUED,
  type InvoiceEventData,
  createLogger,
} from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type SeededCustomer, type TenantSeed, seed } from '../support/seed';
import { issuedInvoice, line } from '../invoicing/lifecycle-support';

const CREDITS_ADD = graphql(`
  mutation StandingCreditsAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CREDITS_MOVE = graphql(`
  mutation StandingCreditsMove($input: CreditsMoveInput!) {
    creditsMove(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const REMINDER_UPDATE = graphql(`
  mutation StandingReminderUpdate($input: LowCreditReminderUpdateInput!) {
    lowCreditReminderUpdate(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const PAY = graphql(`
  mutation StandingInvoicePay($input: InvoicePaymentRecordInput!) {
    invoicePaymentRecord(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const MESSAGE_SEND = graphql(`
  mutation StandingMessageSend($input: MessageSendInput!) {
    messageSend(input: $input) {
      message {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const LIVE = graphql(`
  query StandingLiveValues($id: ID!) {
    customer(id: $id) {
      id
      balance {
        minorUnits
        currency
      }
      owed {
        minorUnits
      }
      lowCreditReminder {
        enabled
        thresholdMinor
      }
      messages(first: 1) {
        nodes {
          status
          sentAt
        }
      }
    }
  }
`);

interface Standing {
  currency: string;
  balanceMinor: number;
  owedMinor: number;
  lowCredit: boolean;
  lastMessagedAt: string | null;
}

async function standingOf(partnerId: string, customerId: string): Promise<Standing | undefined> {
  const accounts = await database('accounts');
  const rows = await accounts.query<
    {
      currency: string;
      balance_minor: string;
      owed_minor: string;
      low_credit: boolean;
      last_messaged_at: Date | null;
    }[]
  >(
    `SELECT currency, balance_minor, owed_minor, low_credit, last_messaged_at
       FROM accounts.customer_standing WHERE partner_id = $1 AND customer_id = $2`,
    [partnerId, customerId],
  );
  const row = rows[0];
  return (
    row && {
      currency: row.currency,
      balanceMinor: Number(row.balance_minor),
      owedMinor: Number(row.owed_minor),
      lowCredit: row.low_credit,
      lastMessagedAt: row.last_messaged_at?.toISOString() ?? null,
    }
  );
}

/** Waits until the customer's row matches `expected`; answers how long that took. */
async function standingBecomes(
  tenant: TenantSeed,
  customer: SeededCustomer,
  expected: Partial<Standing>,
  what: string,
): Promise<number> {
  const started = performance.now();
  await eventually(async () => {
    const standing = await standingOf(tenant.partnerId, customer.id);
    return standing && Object.entries(expected).every(([key, value]) => standing[key as keyof Standing] === value)
      ? true
      : null;
  }, what);
  return performance.now() - started;
}

async function addCredits(tenant: TenantSeed, customerId: string, amount: number): Promise<void> {
  const data = await query(tenant.owner.token, CREDITS_ADD, {
    input: { customerId, amount, idempotencyKey: randomUUID() },
  });
  expect(data.creditsAdd.userErrors).toEqual([]);
}

async function pay(tenant: TenantSeed, invoiceId: string, amount: number): Promise<void> {
  const data = await query(tenant.owner.token, PAY, {
    input: { invoiceId, amount, method: 'BANK_TRANSFER', idempotencyKey: randomUUID() },
  });
  expect(data.invoicePaymentRecord.userErrors).toEqual([]);
}

/** What the owners say now, through the gateway: what the projection must agree with. */
async function liveValues(tenant: TenantSeed, customerId: string) {
  const data = await query(tenant.owner.token, LIVE, { id: customerId });
  return data.customer!;
}

/** Waits until accounts' consumer on `queue` has handled the event with this id. */
/** The `invoice.issued` billing publishes for an invoice of `amount`, to hand to the consumers again. */
function issuedEvent(
  tenant: TenantSeed,
  customer: SeededCustomer,
  invoice: { id: string; number: string; dueDate: string },
  amount: number,
) {
  return {
    type: INVOICE_ISSUED,
    partnerId: tenant.partnerId,
    data: {
      invoiceId: invoice.id,
      customerId: customer.id,
      number: invoice.number,
      status: 'OPEN' as const,
      currency: 'GBP',
      totalMinor: amount,
      amountDueMinor: amount,
      dueDate: invoice.dueDate,
    },
  };
}

async function handled(queue: string, eventId: string): Promise<void> {
  const accounts = await database('accounts');
  await eventually(async () => {
    const rows = await accounts.query<{ state: string }[]>(
      `SELECT state FROM queue.job WHERE name = $1 AND data->>'id' = $2`,
      [queue, eventId],
    );
    return rows.length > 0 && rows.every((row) => row.state === 'completed') ? true : null;
  }, `${queue} to handle event ${eventId}`);
}

describe('the customer standing projection', () => {
  it('should open an empty row in the currency of a customer when the customer is created', async () => {
    const tenant = await seed.partner();

    const customer = await tenant.customer({ currency: 'EUR' });

    expect(await standingOf(tenant.partnerId, customer.id)).toEqual({
      currency: 'EUR',
      balanceMinor: 0,
      owedMinor: 0,
      lowCredit: false,
      lastMessagedAt: null,
    });
  });

  it('should open a row for each customer a bulk insert makes, in the same statement', async () => {
    const tenant = await seed.partner();
    const accounts = await database('accounts');

    const inserted = await accounts.query<{ id: string }[]>(
      `INSERT INTO accounts.customers
         (partner_id, id, account_number, name, country, currency, timezone, pricing_model)
       SELECT $1, gen_random_uuid(), 'S' || n, 'Standing ' || n, 'GB', 'USD', 'UTC', 'PREPAID'
         FROM generate_series(1, 50) AS n
       RETURNING id`,
      [tenant.partnerId],
    );
    const rows = await accounts.query<{ customer_id: string; currency: string }[]>(
      `SELECT customer_id, currency FROM accounts.customer_standing WHERE partner_id = $1`,
      [tenant.partnerId],
    );

    expect(rows.map((row) => row.customer_id).sort()).toEqual(inserted.map((row) => row.id).sort());
    expect(new Set(rows.map((row) => row.currency))).toEqual(new Set(['USD']));
  });

  it('should follow credits added and moved, an invoice issued, part-paid and paid, a reminder threshold and a message sent', async () => {
    const tenant = await seed.partner();
    const [a, b] = await Promise.all([tenant.customer(), tenant.customer()]);

    const lags: number[] = [];
    await addCredits(tenant, a.id, 5_000);
    lags.push(await standingBecomes(tenant, a, { balanceMinor: 5_000 }, 'the credit in the projection'));
    const moved = await query(tenant.owner.token, CREDITS_MOVE, {
      input: { fromCustomerId: a.id, toCustomerId: b.id, amount: 2_000, idempotencyKey: randomUUID() },
    });
    expect(moved.creditsMove.userErrors).toEqual([]);
    lags.push(await standingBecomes(tenant, a, { balanceMinor: 3_000 }, 'the move out in the projection'));
    await standingBecomes(tenant, b, { balanceMinor: 2_000, lowCredit: false }, 'the move in in the projection');

    const reminder = await query(tenant.owner.token, REMINDER_UPDATE, {
      input: { customerId: b.id, enabled: true, thresholdMinor: 2_500 },
    });
    expect(reminder.lowCreditReminderUpdate.userErrors).toEqual([]);
    await standingBecomes(tenant, b, { lowCredit: true }, 'b below its new threshold');
    await addCredits(tenant, b.id, 1_000);
    await standingBecomes(tenant, b, { balanceMinor: 3_000, lowCredit: false }, 'b back above its threshold');

    const invoice = await issuedInvoice(tenant.owner.token, a.id, [line(12_000)]);
    lags.push(await standingBecomes(tenant, a, { owedMinor: 12_000 }, 'the invoice owed in the projection'));
    await pay(tenant, invoice.id, 2_000);
    await standingBecomes(tenant, a, { owedMinor: 10_000 }, 'the part payment in the projection');
    await pay(tenant, invoice.id, 10_000);
    await standingBecomes(tenant, a, { owedMinor: 0 }, 'the paid invoice in the projection');

    const sent = await query(tenant.owner.token, MESSAGE_SEND, {
      input: { customerId: a.id, channel: 'EMAIL', to: 'a@standing.test', subject: 'Hello', textBody: 'Hi there.' },
    });
    expect(sent.messageSend.userErrors).toEqual([]);
    const live = await eventually(async () => {
      const values = await liveValues(tenant, a.id);
      const sentAt = values.messages?.nodes[0]?.sentAt;
      return sentAt ? { ...values, sentAt: String(sentAt) } : null;
    }, 'the message to be sent');
    await standingBecomes(tenant, a, { lastMessagedAt: live.sentAt }, 'last messaged');

    expect(await standingOf(tenant.partnerId, a.id)).toEqual({
      currency: live.balance!.currency,
      balanceMinor: live.balance!.minorUnits,
      owedMinor: live.owed!.minorUnits,
      lowCredit: false,
      lastMessagedAt: live.sentAt,
    });
    // The database's own clock: from the start of billing's transaction that wrote each entry to the
    // start of the one here that applied it (the last entry of each customer), and as the test saw it.
    const billing = await database('billing');
    const [entry] = await billing.query<{ at: Date }[]>(
      `SELECT max(created_at) AS at FROM billing.ledger_entries WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, b.id],
    );
    const [applied] = await (
      await database('accounts')
    ).query<{ at: Date }[]>(
      `SELECT updated_at AS at FROM accounts.customer_standing WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, b.id],
    );
    console.log(
      `customer standing lag: ${applied!.at.getTime() - entry!.at.getTime()} ms from billing's entry to the row (database clock); ` +
        `${lags.map((lag) => lag.toFixed(0)).join(', ')} ms from the mutation's answer to the row seen (polled every 100 ms)`,
    );
  });

  it('should change nothing when an event is delivered again or out of order', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await addCredits(tenant, customer.id, 1_000);
    await addCredits(tenant, customer.id, 2_000);
    const invoice = await issuedInvoice(tenant.owner.token, customer.id, [line(4_000)]);
    await pay(tenant, invoice.id, 4_000);
    const settled = { balanceMinor: 3_000, owedMinor: 0 };
    await standingBecomes(tenant, customer, settled, 'the credits and the paid invoice in the projection');
    const before = await standingOf(tenant.partnerId, customer.id);

    const bus = await EventBus.start({
      connectionString: testStack().databaseUrl,
      schema: 'queue',
      logger: createLogger('standing-test', 'silent'),
    });
    const accounts = await database('accounts');
    const late = (sequence: number, balanceMinor: number) => ({
      type: BALANCE_CHANGED,
      partnerId: tenant.partnerId,
      data: {
        customerId: customer.id,
        currency: 'GBP',
        previousBalanceMinor: 0,
        balanceMinor,
        entryId: randomUUID(),
        kind: 'CREDIT' as const,
        sequence,
      },
    });
    const reissued = issuedEvent(tenant, customer, invoice, 4_000);
    try {
      // The first entry's event again, and the second's twice: older or the same as what is kept.
      await accounts.transaction((manager) =>
        bus.publish<BalanceChangedData>(manager, [late(1, 1_000), late(2, 3_000), late(2, 3_000)]),
      );
      // The invoice's issue arriving after its payment.
      await accounts.transaction((manager) => bus.publish<InvoiceEventData>(manager, reissued));
    } finally {
      await bus.stop();
    }
    const published = await accounts.query<{ id: string; name: string }[]>(
      `SELECT DISTINCT data->>'id' AS id, name FROM queue.job
        WHERE name IN ('accounts.standing.balance-changed', 'accounts.standing.invoice-issued')
          AND data->>'partnerId' = $1 AND created_on > now() - interval '1 minute'`,
      [tenant.partnerId],
    );
    for (const job of published) await handled(job.name, job.id);

    expect(published.length).toBeGreaterThanOrEqual(4);
    expect(await standingOf(tenant.partnerId, customer.id)).toEqual(before);
    expect(before).toMatchObject(settled);
  });

  it('should keep what several invoices issued together leave owed, an invoice told twice counted once', async () => {
    const tenant = await seed.partner();
    const [a, b] = [await tenant.customer(), await tenant.customer()];
    const invoices = [
      { customer: a, invoice: await issuedInvoice(tenant.owner.token, a.id, [line(4_000)]), amount: 4_000 },
      { customer: a, invoice: await issuedInvoice(tenant.owner.token, a.id, [line(1_500)]), amount: 1_500 },
      { customer: b, invoice: await issuedInvoice(tenant.owner.token, b.id, [line(2_500)]), amount: 2_500 },
    ];
    await standingBecomes(tenant, a, { owedMinor: 5_500 }, 'both invoices of the first customer');
    await standingBecomes(tenant, b, { owedMinor: 2_500 }, 'the invoice of the second customer');
    // As if the issues had never been heard of.
    const accounts = await database('accounts');
    await accounts.query(`DELETE FROM accounts.customer_standing_invoices WHERE partner_id = $1`, [tenant.partnerId]);
    await accounts.query(`UPDATE accounts.customer_standing SET owed_minor = 0 WHERE partner_id = $1`, [
      tenant.partnerId,
    ]);

    const bus = await EventBus.start({
      connectionString: testStack().databaseUrl,
      schema: 'queue',
      logger: createLogger('standing-test', 'silent'),
    });
    const issued = ({ customer, invoice, amount }: (typeof invoices)[number]) =>
      issuedEvent(tenant, customer, invoice, amount);
    try {
      // One commit: the consumer fetches them as one batch, the first invoice twice.
      await accounts.transaction((manager) =>
        bus.publish<InvoiceEventData>(manager, [...invoices.map(issued), issued(invoices[0]!)]),
      );
    } finally {
      await bus.stop();
    }

    await standingBecomes(tenant, a, { owedMinor: 5_500 }, 'the first customer’s invoices told again together');
    await standingBecomes(tenant, b, { owedMinor: 2_500 }, 'the second customer’s invoice told again');
    const [kept] = await accounts.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM accounts.customer_standing_invoices WHERE partner_id = $1`,
      [tenant.partnerId],
    );
    expect(kept!.count).toBe(3);
  });

  it('should put a wrong row right when rebuilt from billing and messaging', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await addCredits(tenant, customer.id, 7_000);
    await issuedInvoice(tenant.owner.token, customer.id, [line(1_500)]);
    const reminder = await query(tenant.owner.token, REMINDER_UPDATE, {
      input: { customerId: customer.id, enabled: true, thresholdMinor: 10_000 },
    });
    expect(reminder.lowCreditReminderUpdate.userErrors).toEqual([]);
    const right = { balanceMinor: 7_000, owedMinor: 1_500, lowCredit: true, lastMessagedAt: null };
    await standingBecomes(tenant, customer, right, 'the projection to follow the events');
    const accounts = await database('accounts');
    // Lost events, as if they had never come: wrong balance, owed, threshold and last message.
    await accounts.query(
      `UPDATE accounts.customer_standing
          SET balance_minor = 123, owed_minor = 0, low_credit_threshold_minor = NULL, last_messaged_at = '2001-02-03T04:05:06Z'
        WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, customer.id],
    );
    await accounts.query(
      `UPDATE accounts.customer_standing_invoices SET stage = 2, amount_due_minor = 0, noted_at = now() - interval '1 hour'
        WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, customer.id],
    );
    const wrong = await standingOf(tenant.partnerId, customer.id);

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', 'src/scripts/rebuild-standing.ts', tenant.partnerId, '--wait'],
      {
        cwd: join(__dirname, '..', '..', 'subgraphs', 'accounts'),
        env: { ...process.env, DATABASE_URL: testStack().databaseUrl, LOG_LEVEL: 'warn' },
        timeout: 120_000,
      },
    );

    expect(wrong).toMatchObject({ balanceMinor: 123, owedMinor: 0, lowCredit: false });
    expect(stdout).toContain(`${tenant.partnerId}: COMPLETED, 1 customers`);
    expect(await standingOf(tenant.partnerId, customer.id)).toEqual({ currency: 'GBP', ...right });
  }, 150_000);
});
