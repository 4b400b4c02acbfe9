import { randomUUID } from 'node:crypto';
import {
  EventBus,
  IDLE_POLL_SECONDS,
  JOBS_PER_FETCH,
  QUEUE_SESSION_OPTIONS,
  createLogger,
  defineSubscription,
  wakeListenerName,
} from '@clientele/subgraph-kit';
import { Client } from 'pg';
import { z } from 'zod';
import { eventually } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';

describe('domain events', () => {
  let bus: EventBus;

  beforeAll(async () => {
    bus = await EventBus.start({
      connectionString: testStack().databaseUrl,
      schema: 'queue',
      logger: createLogger('outbox-test', 'silent'),
    });
  });

  afterAll(() => bus.stop());

  it('should deliver an event published in a committed transaction and nothing from a rolled-back one', async () => {
    const type = `test.${randomUUID()}`;
    const received: { id: string; data: { label: string } }[] = [];
    await bus.subscribe(
      defineSubscription({
        event: type,
        queue: `test.${randomUUID()}`,
        data: z.object({ label: z.string() }),
        handle: (event) => {
          received.push({ id: event.id, data: event.data });
          return Promise.resolve();
        },
      }),
    );
    const accounts = await database('accounts');
    const partnerId = randomUUID();

    await expect(
      accounts.transaction(async (manager) => {
        await bus.publish(manager, { type, partnerId, data: { label: 'rolled back' } });
        throw new Error('the change fails after publishing');
      }),
    ).rejects.toThrow('the change fails after publishing');
    await accounts.transaction((manager) => bus.publish(manager, { type, partnerId, data: { label: 'committed' } }));

    await eventually(() => Promise.resolve(received.length > 0 ? true : null), 'the committed event');
    // Give a wrongly published rolled-back event time to arrive too.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(received.map((event) => event.data.label)).toEqual(['committed']);
    expect(received[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should work a burst of events in batches, retrying a failing one alone', async () => {
    const type = `test.${randomUUID()}`;
    const queue = `test.${randomUUID()}`;
    const handled = new Set<number>();
    let failuresLeft = 1;
    await bus.subscribe(
      defineSubscription({
        event: type,
        queue,
        data: z.object({ n: z.number() }),
        handle: (event) => {
          if (event.data.n === 7 && failuresLeft-- > 0) return Promise.reject(new Error('the first try of 7 fails'));
          handled.add(event.data.n);
          return Promise.resolve();
        },
      }),
    );
    const accounts = await database('accounts');
    const partnerId = randomUUID();
    const burst = 200;
    await accounts.transaction(async (manager) => {
      for (let n = 0; n < burst; n++) await bus.publish(manager, { type, partnerId, data: { n } });
    });

    // One event per fetch, with pg-boss's half-second pause after each, would take 100 s.
    await eventually(() => Promise.resolve(handled.size === burst ? true : null), 'every event of the burst', 20_000);
    const [states] = await accounts.query<{ completed: string; retried: string }[]>(
      `SELECT count(*) FILTER (WHERE state = 'completed') AS completed,
              count(*) FILTER (WHERE retry_count > 0) AS retried
         FROM queue.job WHERE name = $1`,
      [queue],
    );
    expect({ completed: Number(states!.completed), retried: Number(states!.retried) }).toEqual({
      completed: burst,
      retried: 1,
    });
  });

  it('should drain a backlog fetch after fetch, not one fetch per idle poll', async () => {
    const type = `test.${randomUUID()}`;
    const queue = `test.${randomUUID()}`;
    const accounts = await database('accounts');
    const partnerId = randomUUID();
    const fetches = 10;
    const backlog = JOBS_PER_FETCH * fetches;
    const handledAt: number[] = [];
    await bus.subscribe(
      defineSubscription({
        event: type,
        queue,
        data: z.object({ n: z.number() }),
        handle: () => {
          handledAt.push(Date.now());
          return Promise.resolve();
        },
      }),
    );
    // One commit: a single wake-up, as a bulk change's batch gives; what follows it is the backlog.
    await accounts.transaction(async (manager) => {
      for (let n = 0; n < backlog; n++) await bus.publish(manager, { type, partnerId, data: { n } });
    });

    await eventually(() => Promise.resolve(handledAt.length === backlog ? true : null), 'the whole backlog', 60_000);
    // Waiting an idle poll between full fetches would take (fetches - 1) polls, 18 s here.
    const drainedInMs = handledAt.at(-1)! - handledAt[0]!;
    expect(drainedInMs).toBeLessThan(IDLE_POLL_SECONDS * 1000 * 2);
  });

  it('should fetch from a long queue by walking its waiting jobs in fetch order, sorting none of them', async () => {
    const type = `test.${randomUUID()}`;
    const queue = `test.${randomUUID()}`;
    const accounts = await database('accounts');
    const partnerId = randomUUID();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let handled = 0;
    const subscription = defineSubscription({
      event: type,
      queue,
      data: z.object({ n: z.number() }),
      handle: async () => {
        await held;
        handled++;
      },
    });
    await bus.subscribe(subscription);
    // Statistics taken while the queue was empty, as a queue filled in a burst has them.
    const [queueRow] = await accounts.query<{ partition: string }[]>(
      `SELECT partition_name AS partition FROM queue.queue WHERE name = $1`,
      [queue],
    );
    await accounts.query(`ANALYZE queue."${queueRow!.partition}"`);
    const backlog = 3_000;
    await accounts.transaction(async (manager) => {
      for (let n = 0; n < backlog; n += 500)
        await bus.publish(
          manager,
          Array.from({ length: 500 }, (_, i) => ({ type, partnerId, data: { n: n + i } })),
        );
    });

    const client = new Client({ connectionString: testStack().databaseUrl, options: QUEUE_SESSION_OPTIONS });
    await client.connect();
    try {
      // pg-boss's fetch, as it reads the waiting jobs.
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM queue.job
          WHERE name = $1 AND state < 'active' AND start_after < now()
          ORDER BY priority DESC, created_on, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [queue, JOBS_PER_FETCH],
      );
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Scan using \S+_name_priority_created_on_id_idx/);
      expect(plan).not.toMatch(/Sort/);
    } finally {
      await client.end();
      release();
    }
    await eventually(() => Promise.resolve(handled === backlog ? true : null), 'the backlog, once released', 60_000);
    await bus.retire(subscription);
  });

  it('should hand a fetched batch to its batch handler, and each of its events alone to the handler when the batch fails', async () => {
    const type = `test.${randomUUID()}`;
    const accounts = await database('accounts');
    const partnerId = randomUUID();
    const batches: number[][] = [];
    const alone: number[] = [];
    const subscription = defineSubscription({
      event: type,
      queue: `test.${randomUUID()}`,
      data: z.object({ n: z.number() }),
      handle: (event) => {
        alone.push(event.data.n);
        return Promise.resolve();
      },
      handleBatch: (events) => {
        const numbers = events.map((event) => event.data.n);
        batches.push(numbers);
        // A batch holding 13 fails as a whole, as one bad row fails a set-based statement.
        return numbers.includes(13) ? Promise.reject(new Error('13 spoils the batch')) : Promise.resolve();
      },
    });
    await bus.subscribe(subscription);
    const publishInOneCommit = (numbers: number[]) =>
      accounts.transaction((manager) =>
        bus.publish(
          manager,
          numbers.map((n) => ({ type, partnerId, data: { n } })),
        ),
      );

    await publishInOneCommit([1, 2, 3, 4, 5]);
    await eventually(() => Promise.resolve(batches.length === 1 ? true : null), 'the first batch');
    await publishInOneCommit([11, 12, 13]);
    await eventually(() => Promise.resolve(alone.length === 3 ? true : null), 'the failed batch, one by one');

    // Events of one commit share their time, so their order among themselves is the jobs' ids'.
    expect(batches.map((numbers) => [...numbers].sort((a, b) => a - b))).toEqual([
      [1, 2, 3, 4, 5],
      [11, 12, 13],
    ]);
    // One by one, in the order the batch was handed over.
    expect(alone).toEqual(batches[1]);
    await bus.retire(subscription);
  });

  it('should announce at commit the queues a committed insert filled, and nothing for a rolled-back one', async () => {
    const type = `test.${randomUUID()}`;
    const queue = `test.${randomUUID()}`;
    await bus.subscribe(defineSubscription({ event: type, queue, data: z.unknown(), handle: () => Promise.resolve() }));
    const listener = new Client({ connectionString: testStack().databaseUrl });
    await listener.connect();
    try {
      const announcements: string[][] = [];
      listener.on('notification', ({ channel, payload }) => {
        if (channel === 'queue_jobs') announcements.push(payload?.split(',') ?? []);
      });
      await listener.query('LISTEN queue_jobs');
      const accounts = await database('accounts');
      const partnerId = randomUUID();

      let announcedBeforeCommit = false;
      await expect(
        accounts.transaction(async (manager) => {
          await bus.publish(manager, { type, partnerId, data: { label: 'rolled back' } });
          throw new Error('the change fails after publishing');
        }),
      ).rejects.toThrow('the change fails after publishing');
      await accounts.transaction(async (manager) => {
        await bus.publish(manager, { type, partnerId, data: { label: 'committed' } });
        await new Promise((resolve) => setTimeout(resolve, 300));
        announcedBeforeCommit = announcements.some((queues) => queues.includes(queue));
      });

      await eventually(
        () => Promise.resolve(announcements.some((queues) => queues.includes(queue)) ? true : null),
        'the committed insert to be announced',
      );
      // Give a wrongly announced rolled-back insert time to arrive too.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(announcedBeforeCommit).toBe(false);
      expect(announcements.filter((queues) => queues.includes(queue))).toEqual([[queue]]);
    } finally {
      await listener.end();
    }
  });

  it("should listen again after a process's wake-up connection is cut", async () => {
    const accounts = await database('accounts');
    // Each subgraph of the shared stack, by name: other suites' buses come and go meanwhile.
    const listeners = ['accounts', 'billing', 'messaging'].map((service) => wakeListenerName(service));
    const listening = async () =>
      (
        await accounts.query<{ name: string }[]>(
          `SELECT application_name AS name FROM pg_stat_activity
            WHERE application_name = ANY($1) AND query LIKE 'LISTEN%' ORDER BY application_name`,
          [listeners],
        )
      ).map((row) => row.name);
    expect(await listening()).toEqual(listeners);

    await accounts.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ANY($1)`, [
      listeners,
    ]);

    await eventually(
      async () => (JSON.stringify(await listening()) === JSON.stringify(listeners) ? true : null),
      'every subgraph to listen again',
      15_000,
    );
  });
});
