import { randomUUID } from 'node:crypto';
import { type DomainEvent, EventBus, createLogger, defineSubscription } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { testStack } from './env';

export interface Listener<TData> {
  /** Every event that arrived, in the order handled. */
  received: DomainEvent<TData>[];
  /** The bus the listener runs on, for a test that also enqueues or publishes. */
  bus: EventBus;
  /** Retires the listener's queue and stops its bus. */
  stop(): Promise<void>;
}

/**
 * Listens for an event type on a queue of its own, as a consumer in another subgraph would, and
 * keeps what arrives. `stop` retires the queue: a queue left subscribed with no one working it
 * would collect every later event of that type, from every suite after this one, unread.
 */
export async function listenFor<TData = Record<string, unknown>>(
  event: string,
  data: z.ZodType<TData> = z.record(z.string(), z.unknown()) as unknown as z.ZodType<TData>,
): Promise<Listener<TData>> {
  const bus = await EventBus.start({
    connectionString: testStack().databaseUrl,
    schema: 'queue',
    logger: createLogger('test-listener', 'silent'),
  });
  const received: DomainEvent<TData>[] = [];
  const subscription = defineSubscription({
    event,
    queue: `test.${event.replace(/\./g, '-')}.${randomUUID()}`,
    data,
    handle: (arrived: DomainEvent<TData>) => {
      received.push(arrived);
      return Promise.resolve();
    },
  });
  await bus.subscribe(subscription);
  return {
    received,
    bus,
    stop: async () => {
      await bus.retire(subscription);
      await bus.stop();
    },
  };
}
