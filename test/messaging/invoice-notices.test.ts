import { randomUUID } from 'node:crypto';
import {
  EventBus,
  INVOICE_ISSUED,
  INVOICE_OVERDUE,
  INVOICE_PAID,
  INVOICE_VOIDED,
  type InvoiceEventData,
  createLogger,
} from '@clientele/subgraph-kit';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type TenantSeed, seed } from '../support/seed';
import { CUSTOMER_MESSAGES, SETTINGS_UPDATE, TEMPLATE_SAVE } from './operations';
import { SmtpSink, readable } from './support/smtp-sink';

let sink: SmtpSink;
let bus: EventBus;

beforeAll(async () => {
  sink = await SmtpSink.start();
  bus = await EventBus.start({
    connectionString: testStack().databaseUrl,
    schema: 'queue',
    logger: createLogger('invoice-notices-test', 'silent'),
  });
});

afterAll(async () => {
  await bus.stop();
  await sink.stop();
});

async function partnerWithSmtp(): Promise<TenantSeed> {
  const tenant = await seed.partner();
  const settings = await query(tenant.owner.token, SETTINGS_UPDATE, {
    input: { smtpUrl: sink.url, fromAddress: 'Acme Billing <billing@acme.test>' },
  });
  expect(settings.messagingSettingsUpdate.userErrors).toEqual([]);
  return tenant;
}

const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@customer.test`;

/** Publishes an invoice event as billing will, through the kit's outbox, in a committed transaction. */
async function publishInvoice(
  type: string,
  partnerId: string,
  data: Omit<InvoiceEventData, 'invoiceId'> & { invoiceId?: string },
): Promise<void> {
  const messaging = await database('messaging');
  await messaging.transaction((manager) =>
    bus.publish(manager, { type, partnerId, data: { invoiceId: randomUUID(), ...data } }),
  );
}

/** Waits until messaging's consumer of `queue` has completed every job of the event about this invoice. */
async function handled(queue: string, invoiceNumber: string): Promise<void> {
  const messaging = await database('messaging');
  await eventually(async () => {
    const rows = await messaging.query<{ state: string }[]>(
      `SELECT state FROM queue.job WHERE name = $1 AND data->'data'->>'number' = $2`,
      [queue, invoiceNumber],
    );
    return rows.length > 0 && rows.every((row) => row.state === 'completed') ? true : null;
  }, `the ${queue} job for ${invoiceNumber}`);
}

describe('invoice notices', () => {
  it('should email the issued invoice to the account holder with its amounts in the invoice’s currency', async () => {
    const tenant = await partnerWithSmtp();
    // No address of its own: the notice goes to the account holder, the owning member.
    const customer = await tenant.customer();
    const holder = address('holder');
    await tenant.member(customer.id, { email: holder, role: 'OWNER' });
    const number = `INV-${randomUUID().slice(0, 6)}`;

    await publishInvoice(INVOICE_ISSUED, tenant.partnerId, {
      customerId: customer.id,
      number,
      status: 'OPEN',
      currency: 'EUR',
      totalMinor: 123450,
      amountDueMinor: 100005,
      dueDate: '2027-01-15',
    });

    const [notice] = await sink.mailTo(holder);
    expect(notice!.headers.get('subject')).toBe(`Invoice ${number} for 1234.50 EUR`);
    expect(notice!.from).toBe('billing@acme.test');
    const text = readable(notice!);
    expect(text).toContain(
      `Invoice ${number} for your account ${customer.accountNumber} has been issued: 1234.50 EUR.`,
    );
    expect(text).toContain('Please pay 1000.05 EUR by 2027-01-15.');
    const history = await query(tenant.owner.token, CUSTOMER_MESSAGES, { id: customer.id });
    expect(history.customer?.messages?.totalCount).toBe(1);
  });

  it('should email the overdue invoice from the partner’s edited template, in a currency without decimals', async () => {
    const tenant = await partnerWithSmtp();
    const saved = await query(tenant.owner.token, TEMPLATE_SAVE, {
      input: {
        key: 'invoice-overdue',
        channel: 'EMAIL',
        name: 'Late',
        subject: 'Late: {{invoice.number}}',
        textBody:
          'Dear {{customer.name}}, {{invoice.amountDue}} of {{invoice.total}} on {{invoice.number}} was due {{invoice.dueDate}}.',
      },
    });
    expect(saved.messageTemplateSave.userErrors).toEqual([]);
    const own = address('own');
    const customer = await tenant.customer({ email: own });
    const number = `INV-${randomUUID().slice(0, 6)}`;

    await publishInvoice(INVOICE_OVERDUE, tenant.partnerId, {
      customerId: customer.id,
      number,
      status: 'OVERDUE',
      currency: 'JPY',
      totalMinor: 5000,
      amountDueMinor: 1200,
      dueDate: '2026-11-30',
      suspendCustomer: false,
    });

    const [notice] = await sink.mailTo(own);
    expect(notice!.headers.get('subject')).toBe(`Late: ${number}`);
    expect(readable(notice!)).toContain(`Dear ${customer.name}, 1200 JPY of 5000 JPY on ${number} was due 2026-11-30.`);
  });

  it('should email nothing on a paid or voided invoice, and nothing twice for the same issued invoice event', async () => {
    const tenant = await partnerWithSmtp();
    const own = address('paid');
    const customer = await tenant.customer({ email: own });
    const paid = `INV-${randomUUID().slice(0, 6)}`;
    const invoice = {
      customerId: customer.id,
      status: 'PAID' as const,
      currency: 'GBP',
      totalMinor: 1000,
      amountDueMinor: 0,
      dueDate: '2027-01-01',
    };

    await publishInvoice(INVOICE_PAID, tenant.partnerId, { ...invoice, number: paid });
    await publishInvoice(INVOICE_VOIDED, tenant.partnerId, { ...invoice, number: paid, status: 'VOID', reason: 'x' });
    // The issued notice is the marker that the events before it were read.
    const issued = `INV-${randomUUID().slice(0, 6)}`;
    await publishInvoice(INVOICE_ISSUED, tenant.partnerId, { ...invoice, number: issued, status: 'OPEN' });
    await sink.mailTo(own);
    await handled('messaging.notices.invoice-issued', issued);

    // The very same event reaches messaging's queue a second time, as after a crash before the ack.
    const messaging = await database('messaging');
    const [job] = await messaging.query<{ data: Record<string, unknown> }[]>(
      `SELECT data FROM queue.job WHERE name = 'messaging.notices.invoice-issued' AND data->'data'->>'number' = $1`,
      [issued],
    );
    await bus.enqueue(messaging.manager, 'messaging.notices.invoice-issued', job!.data);
    await eventually(async () => {
      const rows = await messaging.query<{ state: string }[]>(
        `SELECT state FROM queue.job WHERE name = 'messaging.notices.invoice-issued' AND data->'data'->>'number' = $1`,
        [issued],
      );
      return rows.length === 2 && rows.every((row) => row.state === 'completed') ? true : null;
    }, 'the redelivered event to be handled');
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(sink.mailsTo(own).map((mail) => mail.headers.get('subject'))).toEqual([`Invoice ${issued} for 10.00 GBP`]);
    const history = await query(tenant.owner.token, CUSTOMER_MESSAGES, { id: customer.id });
    expect(history.customer?.messages?.totalCount).toBe(1);
  });

  it('should reach no other partner’s customer when an invoice event names one under the wrong partner', async () => {
    const [tenant, other] = await Promise.all([partnerWithSmtp(), partnerWithSmtp()]);
    const theirs = address('theirs');
    const customer = await other.customer({ email: theirs });
    const number = `INV-${randomUUID().slice(0, 6)}`;

    await publishInvoice(INVOICE_ISSUED, tenant.partnerId, {
      customerId: customer.id,
      number,
      status: 'OPEN',
      currency: 'EUR',
      totalMinor: 100,
      amountDueMinor: 100,
      dueDate: '2027-01-01',
    });
    await handled('messaging.notices.invoice-issued', number);

    expect(sink.mailsTo(theirs)).toEqual([]);
    const history = await query(other.owner.token, CUSTOMER_MESSAGES, { id: customer.id });
    expect(history.customer?.messages?.totalCount).toBe(0);
  });
});
