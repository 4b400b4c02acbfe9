import { randomUUID } from 'node:crypto';
import { createLogger } from '@clientele/subgraph-kit';
import { startMessageEnqueuer } from '@clientele/messaging';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { seed } from '../support/seed';
import { BATCH, BATCH_CANCEL, BULK_SEND, SETTINGS_UPDATE } from './operations';
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

  it('should cancel a running bulk send: what was not yet sent is CANCELLED and never arrives', async () => {
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
      expect(ours()).toHaveLength(settled.sent);
      expect(new Set(ours().map((mail) => mail.to[0])).size).toBe(settled.sent);
      const again = await query(tenant.owner.token, BATCH_CANCEL, { input: { id: batchId } });
      expect(again.messageBatchCancel.userErrors[0]).toMatchObject({ code: 'BATCH_FINISHED' });
    } finally {
      sink.delayMs = 0;
    }
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
