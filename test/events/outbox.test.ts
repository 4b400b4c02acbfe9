import { randomUUID } from 'node:crypto';
import { EventBus, createLogger, defineSubscription } from '@clientele/subgraph-kit';
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
});
