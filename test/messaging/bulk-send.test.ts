import { randomUUID } from 'node:crypto';
import { createLogger } from '@clientele/subgraph-kit';
import { startMessageEnqueuer } from '@clientele/messaging';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { TEST_BULK_SEND_PAGE_SIZE, testStack } from '../support/env';
import { seed } from '../support/seed';
import { BATCH, BATCH_CANCEL, BULK_SEND, MESSAGE_SEND, SETTINGS_UPDATE } from './operations';
import { manyCustomers } from './support/many-customers';
import { SmtpSink } from './support/smtp-sink';

describe('bulk sends', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
  });

  afterAll(() => sink.stop());

  it('should send once to every customer a filter matches, skipping those closed, opted out or without an address', async () => {
    const tenant = await seed.partner();
    await query(tenant.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
    const tag = randomUUID().slice(0, 8);
    const reached = await Promise.all(
      [1, 2, 3].map((n) => tenant.customer({ name: `Reached ${n}`, email: `reached-${n}-${tag}@customer.test` })),
    );
    const optedOut = await tenant.customer({ name: 'Opted out', email: `opted-${tag}@customer.test` });
    await tenant.customer({ name: 'No address' });
    const closed = await tenant.customer({ name: 'Closed', email: `closed-${tag}@customer.test` });
    await tenant.customerStatus(closed.id, 'CLOSED');
    await (
      await database('messaging')
    ).query(`INSERT INTO messaging.opt_outs (partner_id, customer_id, channel) VALUES ($1, $2, 'EMAIL')`, [
      tenant.partnerId,
      optedOut.id,
    ]);

    const started = await query(tenant.owner.token, BULK_SEND, {
      input: {
        channel: 'EMAIL',
        filter: { status: ['ACTIVE', 'CLOSED'] },
        subject: 'News for {{customer.accountNumber}}',
        textBody: 'Hello {{customer.name}}',
      },
    });
    expect(started.messageBulkSend.userErrors).toEqual([]);
    const batch = started.messageBulkSend.batch!;
    expect(batch).toMatchObject({ total: 6, skipped: { noAddress: 1, closed: 1, optedOut: 1 } });

    const done = await eventually(async () => {
      const data = await query(tenant.owner.token, BATCH, { id: batch.id });
      return data.messageBatch?.status === 'DONE' ? data.messageBatch : null;
    }, 'the bulk send to finish');
    expect(done).toMatchObject({ total: 6, queued: 0, sending: 0, sent: 3, failed: 0, cancelled: 0 });

    const mails = sink.mails.filter((mail) => mail.to.some((to) => to.endsWith(`${tag}@customer.test`)));
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(
      reached.map((_, i) => `reached-${i + 1}-${tag}@customer.test`),
    );
    for (const customer of reached) {
      const mail = mails.find((candidate) => candidate.raw.includes(`Hello ${customer.name}`));
      expect(mail?.headers.get('subject')).toBe(`News for ${customer.accountNumber}`);
    }
  });

  it('should let a transactional message overtake a running bulk send, and cancel the rest of the bulk send', async () => {
    const tenant = await seed.partner();
    await query(tenant.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
    const tag = randomUUID().slice(0, 8);
    const ids = await manyCustomers(tenant.partnerId, 1000, tag);
    sink.delayMs = 40;
    try {
      const started = await query(tenant.owner.token, BULK_SEND, {
        input: { channel: 'EMAIL', customerIds: ids, subject: 'Slow news', textBody: 'Hello {{customer.name}}' },
      });
      expect(started.messageBulkSend.userErrors).toEqual([]);
      const batchId = started.messageBulkSend.batch!.id;
      expect(started.messageBulkSend.batch).toMatchObject({ total: 1000, queued: 1000 });
      const ours = () => sink.mails.filter((mail) => mail.to[0]!.endsWith(`-${tag}@bulk.test`));
      await eventually(() => Promise.resolve(ours().length > 0 ? true : null), 'the first mail to arrive');

      // A transactional message sent now overtakes the bulk send still under way.
      const urgent = await query(tenant.owner.token, MESSAGE_SEND, {
        input: { customerId: ids[999]!, channel: 'EMAIL', subject: 'Password reset', textBody: 'Reset it' },
      });
      const urgentId = urgent.messageSend.message!.id;
      await eventually(() => Promise.resolve(sink.mailsOf(urgentId).length === 1 ? true : null), 'the urgent mail');
      const whileUrgent = await query(tenant.owner.token, BATCH, { id: batchId });
      expect(whileUrgent.messageBatch!.queued).toBeGreaterThan(0);

      const cancelled = await query(tenant.owner.token, BATCH_CANCEL, { input: { id: batchId } });
      expect(cancelled.messageBatchCancel.userErrors).toEqual([]);
      expect(cancelled.messageBatchCancel.batch!.status).toBe('CANCELLED');
      expect(cancelled.messageBatchCancel.batch!.cancelled).toBeGreaterThan(0);

      const settled = await eventually(
        async () => {
          const data = await query(tenant.owner.token, BATCH, { id: batchId });
          return data.messageBatch && data.messageBatch.queued + data.messageBatch.sending === 0
            ? data.messageBatch
            : null;
        },
        'the messages already with a worker to finish',
        30_000,
      );
      expect(settled.status).toBe('CANCELLED');
      expect(settled.sent + settled.cancelled + settled.failed).toBe(1000);
      expect(settled.failed).toBe(0);
      // What arrived is exactly what is marked sent, each once.
      const bulkMails = ours().filter((mail) => mail.headers.get('x-clientele-message-id') !== urgentId);
      expect(bulkMails).toHaveLength(settled.sent);
      expect(new Set(bulkMails.map((mail) => mail.headers.get('x-clientele-message-id'))).size).toBe(settled.sent);
      const again = await query(tenant.owner.token, BATCH_CANCEL, { input: { id: batchId } });
      expect(again.messageBatchCancel.userErrors[0]).toMatchObject({ code: 'BATCH_FINISHED' });
    } finally {
      sink.delayMs = 0;
    }
  });

  it('should queue one message for every customer a filter matches across several pages of recipients', async () => {
    const tenant = await seed.partner();
    const count = TEST_BULK_SEND_PAGE_SIZE * 2 + 100;
    await manyCustomers(tenant.partnerId, count, randomUUID().slice(0, 8));
    const started = await query(tenant.owner.token, BULK_SEND, {
      input: { channel: 'EMAIL', filter: {}, subject: 'Pages', textBody: 'Hello {{customer.name}}' },
    });
    expect(started.messageBulkSend.userErrors).toEqual([]);
    expect(started.messageBulkSend.batch).toMatchObject({ total: count });
    const messaging = await database('messaging');
    const [written] = await messaging.query<{ messages: number; customers: number }[]>(
      `SELECT count(*)::int AS messages, count(DISTINCT customer_id)::int AS customers
         FROM messaging.messages WHERE partner_id = $1 AND batch_id = $2`,
      [tenant.partnerId, started.messageBulkSend.batch!.id],
    );
    expect(written).toEqual({ messages: count, customers: count });
  });

  it('should refuse a named customer not found on a later page of recipients and leave no batch or message behind', async () => {
    const tenant = await seed.partner();
    const ids = await manyCustomers(tenant.partnerId, TEST_BULK_SEND_PAGE_SIZE + 100, randomUUID().slice(0, 8));
    const started = await query(tenant.owner.token, BULK_SEND, {
      input: {
        channel: 'EMAIL',
        customerIds: [...ids, randomUUID()],
        subject: 'Never',
        textBody: 'Hello {{customer.name}}',
      },
    });
    expect(started.messageBulkSend.batch).toBeNull();
    expect(started.messageBulkSend.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'customerIds', String(ids.length)] }),
    ]);
    const messaging = await database('messaging');
    const [left] = await messaging.query<{ batches: number; messages: number }[]>(
      `SELECT (SELECT count(*)::int FROM messaging.message_batches WHERE partner_id = $1) AS batches,
              (SELECT count(*)::int FROM messaging.messages WHERE partner_id = $1) AS messages`,
      [tenant.partnerId],
    );
    expect(left).toEqual({ batches: 0, messages: 0 });
  });

  it('should enqueue nothing for a rolled-back transaction, and deliver what a committed one enqueued', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ email: 'tx@customer.test' });
    const messaging = await database('messaging');
    const enqueuer = await startMessageEnqueuer({
      dataSource: messaging,
      connectionString: testStack().databaseUrl,
      queueSchema: 'queue',
      logger: createLogger('bulk-send-test', 'silent'),
    });
    try {
      const message = (body: string) => ({
        customerId: customer.id,
        channel: 'EMAIL' as const,
        recipient: 'tx@customer.test',
        subject: 'Transactional',
        body,
        htmlBody: null,
        templateKey: null,
      });
      let rolledBack: string[] = [];
      await expect(
        messaging.transaction(async (manager) => {
          rolledBack = await enqueuer.enqueue(manager, tenant.partnerId, [message('rolled back')], 'TRANSACTIONAL');
          throw new Error('the business change fails after sending');
        }),
      ).rejects.toThrow('the business change fails after sending');
      const committed = await messaging.transaction((manager) =>
        enqueuer.enqueue(manager, tenant.partnerId, [message('committed')], 'TRANSACTIONAL'),
      );

      const jobsFor = (id: string) =>
        messaging.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM queue.job WHERE name LIKE 'messaging.deliver-%' AND data->'messageIds' ? $1`,
          [id],
        );
      expect((await jobsFor(rolledBack[0]!))[0]!.count).toBe(0);
      expect(
        await messaging.query(`SELECT id FROM messaging.messages WHERE partner_id = $1 AND id = $2`, [
          tenant.partnerId,
          rolledBack[0],
        ]),
      ).toEqual([]);
      expect((await jobsFor(committed[0]!))[0]!.count).toBe(1);
      // No SMTP for this partner: the committed message reaches the outbox.
      await eventually(async () => {
        const [row] = await messaging.query<{ status: string }[]>(
          `SELECT status FROM messaging.messages WHERE partner_id = $1 AND id = $2`,
          [tenant.partnerId, committed[0]],
        );
        return row?.status === 'SENT' ? true : null;
      }, 'the committed message to be sent');
    } finally {
      await enqueuer.stop();
    }
  });
});
