import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type ServiceProcess, freePort, spawnService, stopService, waitForHealthy } from '@clientele/stack';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { seed } from '../support/seed';
import { BATCH, BULK_SEND, SETTINGS_UPDATE } from './operations';
import { manyCustomers } from './support/many-customers';
import { SmtpSink } from './support/smtp-sink';

const MESSAGES = 2000;

/** A second messaging process on the same database and queue, as a scaled-out deployment runs it. */
async function startReplica(): Promise<ServiceProcess> {
  const port = await freePort();
  const stack = testStack();
  const replica = spawnService({
    name: 'messaging-replica',
    script: 'src/main.ts',
    cwd: join(__dirname, '..', '..', 'subgraphs', 'messaging'),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: stack.databaseUrl,
      ACCOUNTS_URL: stack.subgraphUrls.accounts,
      PORT: String(port),
      SEED_DEMO: 'false',
    },
  });
  await waitForHealthy(`http://127.0.0.1:${port}/health`, replica);
  return replica;
}

describe('a delivery worker killed in the middle of a bulk send', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await SmtpSink.start();
  });

  afterAll(() => sink.stop());

  it('should leave every message sent exactly once or FAILED, none lost, after the worker is gone', async () => {
    const tenant = await seed.partner();
    await query(tenant.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
    const tag = randomUUID().slice(0, 8);
    const ids = await manyCustomers(tenant.partnerId, MESSAGES, tag);
    const replica = await startReplica();
    sink.delayMs = 15;
    let killed = false;
    try {
      const started = await query(tenant.owner.token, BULK_SEND, {
        input: { channel: 'EMAIL', customerIds: ids, subject: 'Crash course', textBody: 'Hello {{customer.name}}' },
      });
      expect(started.messageBulkSend.userErrors).toEqual([]);
      const batchId = started.messageBulkSend.batch!.id;
      const ours = () => sink.mails.filter((mail) => mail.to[0]!.endsWith(`-${tag}@bulk.test`));
      await eventually(() => Promise.resolve(ours().length >= 300 ? true : null), 'the send to be under way');
      // No goodbye: the process dies with messages in the hands of its SMTP connections.
      replica.child.kill('SIGKILL');
      killed = true;
      await replica.exited;
      const arrivedAtKill = ours().length;
      expect(arrivedAtKill).toBeLessThan(MESSAGES);

      // The dead worker's jobs come back when they expire (30 s) and are finished by the survivor.
      const done = await eventually(
        async () => {
          const data = await query(tenant.owner.token, BATCH, { id: batchId });
          return data.messageBatch?.status === 'DONE' ? data.messageBatch : null;
        },
        'the bulk send to finish after the crash',
        110_000,
      );
      expect(done.sent + done.failed).toBe(MESSAGES);

      const rows = await (
        await database('messaging')
      ).query<{ id: string; status: string; lastError: string | null }[]>(
        `SELECT id, status, last_error AS "lastError" FROM messaging.messages WHERE partner_id = $1 AND batch_id = $2`,
        [tenant.partnerId, batchId],
      );
      expect(rows).toHaveLength(MESSAGES);
      const arrivals = new Map<string, number>();
      for (const mail of ours()) {
        const id = mail.headers.get('x-clientele-message-id')!;
        arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
      }
      // Never twice.
      expect([...arrivals.values()].filter((count) => count > 1)).toEqual([]);
      const sent = rows.filter((row) => row.status === 'SENT');
      const failed = rows.filter((row) => row.status === 'FAILED');
      expect(sent.length + failed.length).toBe(MESSAGES);
      // Every message marked sent arrived, once.
      expect(sent.filter((row) => arrivals.get(row.id) !== 1)).toEqual([]);
      // The only failures are those the dead worker held: their outcome is unknown, so they were not sent again.
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.filter((row) => !row.lastError?.startsWith('Delivery outcome unknown'))).toEqual([]);
      // Nothing else arrived.
      expect(arrivals.size).toBeLessThanOrEqual(MESSAGES);
      expect([...arrivals.keys()].filter((id) => !rows.some((row) => row.id === id))).toEqual([]);
    } finally {
      sink.delayMs = 0;
      if (!killed) await stopService(replica);
    }
  }, 180_000);
});
