import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { graphql } from '../gql';
import { eventually, execute, query } from '../support/api';
import { type Listener, listenFor } from '../support/listener';
import { type TenantSeed, seed } from '../support/seed';
import { SETTINGS_UPDATE } from '../messaging/operations';
import { type ReceivedMail, SmtpSink } from '../messaging/support/smtp-sink';
import { WebhookReceiver } from '../webhooks/receiver';

const REMINDER_UPDATE = graphql(`
  mutation LowCreditReminderUpdate($input: LowCreditReminderUpdateInput!) {
    lowCreditReminderUpdate(input: $input) {
      lowCreditReminder {
        enabled
        thresholdMinor
        recipients
        armed
        lastSentAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const REMINDER = graphql(`
  query CustomerLowCreditReminder($id: ID!) {
    customer(id: $id) {
      id
      lowCreditReminder {
        enabled
        thresholdMinor
        armed
        lastSentAt
      }
      balance {
        minorUnits
      }
    }
  }
`);

const CREDITS_ADD = graphql(`
  mutation ReminderCreditsAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CREDITS_WITHDRAW = graphql(`
  mutation ReminderCreditsWithdraw($input: CreditsWithdrawInput!) {
    creditsWithdraw(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const WEBHOOK_ENDPOINT_CREATE = graphql(`
  mutation ReminderWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

let receiver: WebhookReceiver;
let sink: SmtpSink;
let lowBalances: Listener<{ customerId: string; balanceMinor: number }>;

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  sink = await SmtpSink.start();
  // Counts what messaging announces, on a queue of the test's own.
  lowBalances = await listenFor('balance.low', z.object({ customerId: z.string(), balanceMinor: z.number() }));
});

afterAll(async () => {
  await lowBalances.stop();
  await receiver.stop();
  await sink.stop();
});

/** A partner whose email goes to the test's SMTP server. */
async function partnerWithSmtp(): Promise<TenantSeed> {
  const tenant = await seed.partner();
  const settings = await query(tenant.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
  expect(settings.messagingSettingsUpdate.userErrors).toEqual([]);
  return tenant;
}

function mailsTo(address: string): ReceivedMail[] {
  return sink.mails.filter((mail) => mail.to.includes(address));
}

/** Waits until `count` mails reached `address`, then a little longer, so one too many would show. */
async function mailed(address: string, count: number): Promise<ReceivedMail[]> {
  await eventually(
    () => Promise.resolve(mailsTo(address).length >= count ? true : null),
    `${count} reminder mail(s) to ${address}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return mailsTo(address);
}

/** The body with its quoted-printable soft breaks and escapes undone. */
function readable(mail: ReceivedMail): string {
  return mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function move(tenant: TenantSeed, customerId: string, amount: number): Promise<void> {
  const input = { customerId, amount: Math.abs(amount), idempotencyKey: randomUUID() };
  const result =
    amount > 0
      ? (await query(tenant.owner.token, CREDITS_ADD, { input })).creditsAdd
      : (await query(tenant.owner.token, CREDITS_WITHDRAW, { input })).creditsWithdraw;
  expect(result.userErrors).toEqual([]);
}

/** Waits until billing shows `balance`, and then for the reminder to read every change up to it. */
async function settled(tenant: TenantSeed, customerId: string, balance: number) {
  await eventually(async () => {
    const data = await query(tenant.owner.token, REMINDER, { id: customerId });
    return data.customer?.balance?.minorUnits === balance ? true : null;
  }, `a balance of ${balance}`);
  // The reminder reads balance.changed on its own queue: let it catch up.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return (await query(tenant.owner.token, REMINDER, { id: customerId })).customer!;
}

function remindersFor(customerId: string) {
  return lowBalances.received
    .filter((event) => event.data.customerId === customerId)
    .map((event) => ({ partnerId: event.partnerId, ...event.data }));
}

/** Waits for the `count`th reminder to reach this test's own queue, which polls on its own. */
function reminded(customerId: string, count: number) {
  return eventually(
    () => Promise.resolve(remindersFor(customerId).length >= count ? true : null),
    `reminder number ${count}`,
  );
}

describe('low-credit reminders', () => {
  it('should remind once across repeated small debits, and again after a top-up and a new fall', async () => {
    const tenant = await partnerWithSmtp();
    const holder = `holder-${randomUUID().slice(0, 8)}@customer.test`;
    const customer = await tenant.customer({ email: holder });
    const hooks = receiver.endpoint();
    await query(tenant.owner.token, WEBHOOK_ENDPOINT_CREATE, { input: { url: hooks, eventTypes: ['BALANCE_LOW'] } });
    const set = await query(tenant.owner.token, REMINDER_UPDATE, {
      input: { customerId: customer.id, enabled: true, thresholdMinor: 1_000 },
    });
    expect(set.lowCreditReminderUpdate).toEqual({
      lowCreditReminder: { enabled: true, thresholdMinor: 1_000, recipients: [], armed: true, lastSentAt: null },
      userErrors: [],
    });

    await move(tenant, customer.id, 1_500);
    for (const debit of [200, 200, 200, 200, 200]) await move(tenant, customer.id, -debit);
    await reminded(customer.id, 1);
    const low = await settled(tenant, customer.id, 500);

    expect(remindersFor(customer.id).map((event) => event.balanceMinor)).toEqual([900]);
    // The reminder email went to the account holder, once, with the balance that crossed the threshold.
    const first = await mailed(holder, 1);
    expect(first).toHaveLength(1);
    expect(first[0]!.headers.get('subject')).toBe('Your balance is low');
    expect(readable(first[0]!)).toContain(
      `The balance of your account ${customer.accountNumber} is 9.00 GBP, below 10.00 GBP.`,
    );
    expect(low.lowCreditReminder).toMatchObject({
      enabled: true,
      armed: false,
      lastSentAt: expect.any(String) as unknown,
    });

    await move(tenant, customer.id, 2_000);
    await settled(tenant, customer.id, 2_500);
    expect(remindersFor(customer.id)).toHaveLength(1);
    await move(tenant, customer.id, -1_000);
    await move(tenant, customer.id, -1_000);
    await reminded(customer.id, 2);
    await settled(tenant, customer.id, 500);

    expect(remindersFor(customer.id).map((event) => event.balanceMinor)).toEqual([900, 500]);
    const both = await mailed(holder, 2);
    expect(both).toHaveLength(2);
    expect(readable(both[1]!)).toContain('is 5.00 GBP, below 10.00 GBP.');
    // Partner apps subscribed to balance.low hear of each reminder too.
    const webhooks = await eventually(
      () => Promise.resolve(receiver.at(hooks).length >= 2 ? receiver.at(hooks) : null),
      'two balance.low webhooks',
    );
    expect(webhooks.map((webhook) => (JSON.parse(webhook.body) as { type: string }).type)).toEqual([
      'balance.low',
      'balance.low',
    ]);
  });

  it('should email the reminder to the addresses it names instead of the account holder', async () => {
    const tenant = await partnerWithSmtp();
    const holder = `holder-${randomUUID().slice(0, 8)}@customer.test`;
    const [finance, boss] = ['finance', 'boss'].map((who) => `${who}-${randomUUID().slice(0, 8)}@customer.test`);
    const customer = await tenant.customer({ email: holder });
    const set = await query(tenant.owner.token, REMINDER_UPDATE, {
      input: { customerId: customer.id, enabled: true, thresholdMinor: 1_000, recipients: [finance!, boss!] },
    });
    expect(set.lowCreditReminderUpdate.userErrors).toEqual([]);

    await move(tenant, customer.id, 1_500);
    await move(tenant, customer.id, -1_000);
    await reminded(customer.id, 1);

    expect(await mailed(finance!, 1)).toHaveLength(1);
    expect(mailsTo(boss!)).toHaveLength(1);
    expect(mailsTo(holder)).toEqual([]);
  });

  it('should send nothing while reminders are off, and nothing for another partner’s customer', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const customer = await tenant.customer();

    await move(tenant, customer.id, 500);
    await move(tenant, customer.id, -400);
    await settled(tenant, customer.id, 100);
    const foreign = await query(other.owner.token, REMINDER_UPDATE, {
      input: { customerId: customer.id, enabled: true, thresholdMinor: 1_000 },
    });

    expect(remindersFor(customer.id)).toEqual([]);
    expect(foreign.lowCreditReminderUpdate.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect((await query(tenant.owner.token, REMINDER, { id: customer.id })).customer?.lowCreditReminder.enabled).toBe(
      false,
    );
  });

  it('should refuse a negative threshold and a malformed recipient address', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();

    const result = await execute(tenant.owner.token, REMINDER_UPDATE, {
      input: { customerId: customer.id, thresholdMinor: -1, recipients: ['not an address'] },
    });

    expect(result.data?.lowCreditReminderUpdate.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'thresholdMinor'], 'TOO_SHORT'],
      [['input', 'recipients', '0'], 'INVALID'],
    ]);
  });
});
