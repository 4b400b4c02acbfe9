import { randomUUID } from 'node:crypto';
import { type DomainEvent, EventBus, createLogger, defineSubscription } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { database } from '../support/databases';
import { testStack } from '../support/env';

/** The secret in a portal link, as the page that opens it reads it from the fragment. */
export function tokenOf(url: string): string {
  return new URL(url).hash.replace('#token=', '');
}

/** The audit entries about one record, oldest first, straight from the log. */
export async function auditEntriesFor(
  targetId: string,
): Promise<{ action: string; details: Record<string, unknown> }[]> {
  const accounts = await database('accounts');
  return accounts.query(
    `SELECT action, details FROM accounts.audit_log WHERE target_id = $1 ORDER BY occurred_at, id`,
    [targetId],
  );
}

/**
 * Listens for an event type on a queue of its own, as a consumer in another subgraph would,
 * and keeps what arrives; `stop` when done.
 */
export async function listenFor(
  type: string,
): Promise<{ received: DomainEvent<Record<string, unknown>>[]; stop: () => Promise<void> }> {
  const bus = await EventBus.start({
    connectionString: testStack().databaseUrl,
    schema: 'queue',
    logger: createLogger('members-test', 'silent'),
  });
  const received: DomainEvent<Record<string, unknown>>[] = [];
  await bus.subscribe(
    defineSubscription({
      event: type,
      queue: `test.${type}.${randomUUID()}`,
      data: z.record(z.string(), z.unknown()),
      handle: (event) => {
        received.push(event);
        return Promise.resolve();
      },
    }),
  );
  return { received, stop: () => bus.stop() };
}
