import type { Logger } from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { DeliveryQueue } from './delivery-queue';
import type { MessagePriority } from './message.entity';
import { MessageService, type NewMessage } from './message.service';

export interface MessageEnqueuer {
  enqueue(
    transaction: EntityManager,
    partnerId: string,
    messages: NewMessage[],
    priority: MessagePriority,
  ): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Queues rendered messages as the subgraph does, from outside it: for the test harness and the
 * benchmark, which check what a committed or rolled-back transaction leaves behind.
 */
export async function startMessageEnqueuer(options: {
  dataSource: DataSource;
  connectionString: string;
  queueSchema: string;
  logger: Logger;
}): Promise<MessageEnqueuer> {
  const queue = new DeliveryQueue({
    connectionString: options.connectionString,
    schema: options.queueSchema,
    logger: options.logger,
    maxAttempts: 5,
    retryDelaySeconds: 2,
    jobExpireSeconds: 30,
  });
  await queue.start();
  // Only enqueue is used: it needs neither templates nor recipients.
  const service = new MessageService(options.dataSource, queue, null as never, null as never, options.logger);
  return {
    enqueue: (transaction, partnerId, messages, priority) =>
      service.enqueue(transaction, partnerId, messages, priority),
    stop: () => queue.stop(),
  };
}
