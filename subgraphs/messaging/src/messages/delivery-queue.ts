import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { Logger } from '@clientele/subgraph-kit';
import type { MessageChannel, MessagePriority } from './message.entity';

/** What a delivery job carries: a handful of one partner's messages on one channel, sent together. */
export interface DeliveryJob {
  partnerId: string;
  channel: MessageChannel;
  messageIds: string[];
}

export const DELIVERY_QUEUES: Record<MessagePriority, string> = {
  TRANSACTIONAL: 'messaging.deliver-transactional',
  BULK: 'messaging.deliver-bulk',
};

/** Messages per bulk job: large enough that the queue is not the bottleneck, small enough to retry cheaply. */
export const BULK_JOB_SIZE = 100;

export interface DeliveryQueueOptions {
  connectionString: string;
  schema: string;
  logger: Logger;
  maxAttempts: number;
  retryDelaySeconds: number;
  jobExpireSeconds: number;
}

/**
 * The delivery jobs on pg-boss, in PostgreSQL: enqueued with the transaction that creates the
 * messages (so a rolled-back send enqueues nothing), two queues so that transactional notices
 * never wait behind a bulk send, retried with exponential backoff, and taken up again after
 * `jobExpireSeconds` when the worker holding them died.
 */
export class DeliveryQueue {
  private boss: PgBoss | null = null;

  constructor(private readonly options: DeliveryQueueOptions) {}

  async start(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.options.connectionString,
      schema: this.options.schema,
      application_name: 'clientele-delivery',
      max: 6,
      // Expired jobs (a worker that died) are found at maintenance; often, so a crash costs seconds.
      maintenanceIntervalSeconds: Math.max(1, Math.min(10, this.options.jobExpireSeconds)),
    });
    boss.on('error', (err) => this.options.logger.error({ err }, 'delivery queue error'));
    await boss.start();
    for (const name of Object.values(DELIVERY_QUEUES)) {
      await retryOnDeadlock(() =>
        boss.createQueue(name, {
          name,
          // The messages count their own attempts; the job outlives them by a margin for crashes.
          retryLimit: this.options.maxAttempts + 3,
          retryDelay: this.options.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: this.options.jobExpireSeconds,
        }),
      );
    }
    this.boss = boss;
  }

  private get started(): PgBoss {
    if (!this.boss) throw new Error('The delivery queue has not started');
    return this.boss;
  }

  /** Enqueues jobs inside `transaction`, in one statement however many there are. */
  async enqueue(transaction: EntityManager, priority: MessagePriority, jobs: DeliveryJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const executeSql = async (text: string, values: unknown[]) => ({
      rows: await transaction.query<unknown[]>(text, values),
    });
    await this.started.insert(
      jobs.map((data) => ({ name: DELIVERY_QUEUES[priority], data })),
      { db: { executeSql } },
    );
  }

  /** Puts a job back for later, e.g. when its partner is over its rate limit. */
  async defer(priority: MessagePriority, job: DeliveryJob, seconds: number): Promise<void> {
    await this.started.send(DELIVERY_QUEUES[priority], job, { startAfter: Math.max(1, Math.ceil(seconds)) });
  }

  async work(priority: MessagePriority, workers: number, handle: (job: DeliveryJob) => Promise<void>): Promise<void> {
    for (let i = 0; i < workers; i++) {
      await this.started.work<DeliveryJob>(
        DELIVERY_QUEUES[priority],
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async (jobs) => {
          for (const job of jobs) {
            try {
              await handle(job.data);
            } catch (err) {
              this.options.logger.warn(
                { err, queue: DELIVERY_QUEUES[priority], jobId: job.id },
                'delivery job will be retried',
              );
              throw err;
            }
          }
        },
      );
    }
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

/** Processes starting together create queues at the same moment, and that DDL can deadlock; the loser tries again. */
async function retryOnDeadlock<T>(operation: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
