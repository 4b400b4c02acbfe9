import { Client, type ClientConfig } from 'pg';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { newId } from './ids';
import type { Logger } from './http/logger';

/** A fact one subgraph announces and others react to. Consumers dedupe on `id`. */
export interface DomainEvent<TData = unknown> {
  id: string;
  type: string;
  partnerId: string;
  occurredAt: string;
  data: TData;
}

/** An event as its publisher writes it; the bus gives it its id and time. */
export type EventDraft<TData> = Omit<DomainEvent<TData>, 'id' | 'occurredAt'>;

const eventEnvelope = z.object({
  id: z.guid(),
  type: z.string(),
  partnerId: z.guid(),
  occurredAt: z.string(),
  data: z.unknown(),
});

export interface EventSubscription<TData> {
  /** The event type, e.g. `customer.created`. */
  event: string;
  /** This consumer's own queue, e.g. `billing.customer-created`. */
  queue: string;
  /** Parses the payload at the edge; a payload that fails is a bug in the publisher and is not retried into success. */
  data: z.ZodType<TData>;
  handle(event: DomainEvent<TData>): Promise<void>;
  /**
   * Handles a fetched batch at once, in fetch order, where one statement for many events costs
   * less than one each (a billing run's hundred thousand invoices). It must dedupe and keep order
   * as `handle` does. When it throws, each event of the batch is handled alone by `handle`, so
   * only the one at fault is retried.
   */
  handleBatch?(events: DomainEvent<TData>[]): Promise<void>;
}

/** A queue of a subgraph's own background jobs, worked by that subgraph alone. */
export interface JobQueue<TData> {
  /** The queue, e.g. `messaging.webhook-delivery`. */
  name: string;
  /** Parses a job's data before `handle` sees it. */
  data: z.ZodType<TData>;
  handle(data: TData): Promise<void>;
  /** How many jobs this process works on at once; 1 unless said. */
  workers?: number;
  /**
   * How many jobs a worker takes per fetch and works one after another; `JOBS_PER_FETCH` unless
   * said. Keep it small for slow jobs (a call to a partner's server), so one batch never nears
   * the queue's expiry.
   */
  jobsPerFetch?: number;
}

/**
 * Types a subscription's handler from its payload schema, then lets it sit in one list with
 * others: each parses its own payload with `data` before `handle` sees it.
 */
export function defineSubscription<TData>(subscription: EventSubscription<TData>): EventSubscription<unknown> {
  return subscription;
}

/**
 * Subgraphs starting together create their queues at the same moment, and pg-boss's DDL for
 * that can deadlock in PostgreSQL; the loser of a deadlock simply tries again. With dozens of
 * queues across the subgraphs, a few losses in a row happen at start, hence the generous count.
 */
async function retryOnDeadlock<T>(operation: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (err) {
      const deadlock = (err as { code?: string }).code === '40P01';
      if (!deadlock || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/**
 * How many jobs a worker takes per fetch: each fetch is a statement PostgreSQL plans afresh, so a
 * backlog is cheaper drained fifty at a time than one by one.
 */
export const JOBS_PER_FETCH = 50;

/**
 * How often an idle worker looks for jobs it was not told about: ones due later (a retry's
 * backoff, a delivery held until a given time), or ones inserted while this process's listener
 * was reconnecting. New jobs wake their workers at once (see `WorkerWakeUps`); polling every
 * half second instead cost PostgreSQL a sixth of a core on an idle stack.
 */
export const IDLE_POLL_SECONDS = 2;

/**
 * The least time between two wake-ups of one queue's workers. pg-boss fetches again at once
 * after a wake-up, so under a steady stream of commits (a hundred credit moves a second) waking
 * on each would mean a fetch per job; spaced, a consumer takes what a fifth of a second brought
 * in one fetch, and an event still reaches it within about that.
 */
export const WAKE_SPACING_MS = 200;

/**
 * The `application_name` of each process's wake-up listener, as PostgreSQL's activity view shows
 * it: `clientele-queue-wake`, and `:<service>` for a subgraph's, so an operator sees whose is missing.
 */
export const WAKE_LISTENER_NAME = 'clientele-queue-wake';

export function wakeListenerName(service?: string): string {
  return service ? `${WAKE_LISTENER_NAME}:${service}` : WAKE_LISTENER_NAME;
}

/**
 * The order pg-boss chose the jobs in (priority, then age, then id), which the rows it hands
 * back do not keep: without it a customer's second balance change could be handled before its
 * first.
 */
export function inFetchOrder<TJob extends { id: string; priority: number; createdOn: Date }>(jobs: TJob[]): TJob[] {
  return [...jobs].sort(
    (a, b) =>
      b.priority - a.priority ||
      a.createdOn.getTime() - b.createdOn.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * When a worker marks its jobs done. `each`: a job that succeeds is completed at once, so a crash
 * later in the batch does not hand it out again (jobs with effects outside the database, such as
 * a send). `batch`: the jobs that succeeded are completed together once the batch is through, one
 * statement instead of one per job; a crash hands the whole batch out again, which only handlers
 * that dedupe may allow (event consumers do, on the event's id).
 */
export type Settlement = 'each' | 'batch';

/**
 * Works `queue` a batch at a time, in the order the jobs were fetched. A job that throws is failed
 * alone, so the queue retries it with backoff while its neighbours are done.
 */
export async function workEachJob<TData extends object>(
  boss: PgBoss,
  queue: string,
  handle: (job: PgBoss.Job<TData>) => Promise<void>,
  onFailure: (err: unknown, job: PgBoss.Job<TData>) => void,
  jobsPerFetch = JOBS_PER_FETCH,
  settlement: Settlement = 'each',
  handleAll?: (jobs: PgBoss.Job<TData>[]) => Promise<void>,
): Promise<string> {
  // Known once `work` answers; the first fetch may finish before that and then waits a poll.
  const worker: { id?: string } = {};
  // pg-boss waits its polling interval after every fetch, full or not; a full batch means
  // a backlog (a bulk change's thousands of events), which is drained fetch after fetch.
  const fetchAgainIfFull = (jobs: unknown[]) => {
    if (jobs.length >= jobsPerFetch && worker.id) boss.notifyWorker(worker.id);
  };
  worker.id = await boss.work<TData>(
    queue,
    { batchSize: jobsPerFetch, pollingIntervalSeconds: IDLE_POLL_SECONDS, includeMetadata: true },
    async (jobs) => {
      const ordered = inFetchOrder(jobs);
      if (handleAll && settlement === 'batch' && ordered.length > 1) {
        const handled = await handleAll(ordered).then(
          () => true,
          () => false,
        );
        if (handled) {
          await boss.complete(
            queue,
            ordered.map((job) => job.id),
          );
          fetchAgainIfFull(jobs);
          return;
        }
      }
      const done: string[] = [];
      for (const job of ordered) {
        try {
          await handle(job);
          if (settlement === 'each') await boss.complete(queue, job.id);
          else done.push(job.id);
        } catch (err) {
          onFailure(err, job);
          await boss.fail(queue, job.id, { message: err instanceof Error ? err.message : String(err) });
        }
      }
      if (done.length > 0) await boss.complete(queue, done);
      fetchAgainIfFull(jobs);
    },
  );
  return worker.id;
}

/** The index over a queue's waiting jobs in the order pg-boss fetches them. */
export const FETCH_ORDER_INDEX = 'job_fetch_order';

/**
 * Settings of the queue's own connections. A fetch must walk the fetch-order index and stop
 * after its batch; but a queue filled in a burst (a billing run's notices) still has the
 * statistics of when it was nearly empty, and the planner then reads and sorts the whole backlog
 * instead, 90–210 ms a fetch at 30,000–40,000 waiting jobs. These connections run only the
 * queue's own statements, none of which needs a sort that an index could spare.
 */
export const QUEUE_SESSION_OPTIONS = '-c enable_sort=off';

/**
 * pg-boss's own index for fetching is on (name, start_after): a fetch reads every waiting job of
 * the queue and sorts them to take the first few, so with a backlog (a billing run's hundred
 * thousand `invoice.issued`, a bulk change's events) each fetch costs tens of milliseconds and
 * draining the queue grows with the square of its length. An index in fetch order (priority, then
 * age, then id) lets a fetch stop after its batch. Built once on the partitioned job table, it is
 * built on every queue's partition, present and future (PostgreSQL adds it at attach).
 */
async function installFetchOrderIndex(boss: PgBoss, schema: string): Promise<void> {
  await installOnce(
    boss,
    `${schema}.${FETCH_ORDER_INDEX}`,
    `-- Checked first: CREATE INDEX IF NOT EXISTS would lock the job table at every start.
     IF to_regclass('"${schema}".${FETCH_ORDER_INDEX}') IS NULL THEN
       CREATE INDEX ${FETCH_ORDER_INDEX} ON "${schema}".job (name, priority DESC, created_on, id)
         WHERE state < 'active';
     END IF;`,
  );
}

/**
 * Runs `body` (PL/pgSQL statements) under an advisory lock named `lockName`, so processes starting
 * together install a piece of the queue schema once and agree on it.
 */
async function installOnce(boss: PgBoss, lockName: string, body: string): Promise<void> {
  const db = boss.getDb();
  await retryOnDeadlock(() =>
    db.executeSql(
      `DO $install$
       BEGIN
         PERFORM pg_advisory_xact_lock(hashtext('${lockName}'));
         ${body}
       END
       $install$`,
      [],
    ),
  );
}

/**
 * Wakes this process's idle workers as soon as jobs for their queues are committed, whichever
 * process inserted them. A statement trigger on the queue's job table sends the names of the
 * queues a statement filled with `pg_notify`, which PostgreSQL delivers at commit (a rolled-back
 * insert wakes nobody) and which costs the inserting transaction no extra round trip. A missed
 * wake-up (the listener reconnecting) only means the next idle poll finds the job.
 */
class WorkerWakeUps {
  private readonly workersOf = new Map<string, string[]>();
  private readonly lastWokenAt = new Map<string, number>();
  private readonly wakeScheduled = new Set<string>();
  private listener: Client | null = null;
  private stopped = false;

  constructor(
    private readonly boss: PgBoss,
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly logger: Logger,
    private readonly applicationName: string,
  ) {}

  /** Installs the trigger once for every process on this queue schema; concurrent starts agree on one. */
  static async install(boss: PgBoss, schema: string, channel: string): Promise<void> {
    await installOnce(
      boss,
      `${schema}.wake_workers`,
      `CREATE OR REPLACE FUNCTION "${schema}".wake_workers() RETURNS trigger LANGUAGE plpgsql AS $wake$
       BEGIN
         PERFORM pg_notify('${channel}', string_agg(DISTINCT name, ',')) FROM new_jobs;
         RETURN NULL;
       END
       $wake$;
       -- Created once: replacing it would lock the job table against every worker at each start.
       IF NOT EXISTS (SELECT 1 FROM pg_trigger
                       WHERE tgname = 'wake_workers' AND tgrelid = '"${schema}".job'::regclass) THEN
         CREATE TRIGGER wake_workers AFTER INSERT ON "${schema}".job
           REFERENCING NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".wake_workers();
       END IF;`,
    );
  }

  add(queue: string, workerId: string): void {
    this.workersOf.set(queue, [...(this.workersOf.get(queue) ?? []), workerId]);
  }

  remove(queue: string): void {
    this.workersOf.delete(queue);
    this.lastWokenAt.delete(queue);
  }

  async listen(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, application_name: this.applicationName });
    client.on('notification', ({ payload }) => {
      for (const queue of payload?.split(',') ?? []) if (this.workersOf.has(queue)) this.wake(queue);
    });
    client.on('error', (err) => {
      this.logger.warn({ err }, 'queue wake-up listener lost; idle polling covers until it reconnects');
      this.reconnectSoon(client);
    });
    client.on('end', () => this.reconnectSoon(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    this.listener = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
  }

  /** Wakes the queue's workers now, or once `WAKE_SPACING_MS` has passed since they were last woken. */
  private wake(queue: string): void {
    if (this.wakeScheduled.has(queue)) return;
    const dueAt = (this.lastWokenAt.get(queue) ?? 0) + WAKE_SPACING_MS;
    const wakeNow = () => {
      this.wakeScheduled.delete(queue);
      this.lastWokenAt.set(queue, Date.now());
      for (const workerId of this.workersOf.get(queue) ?? []) this.boss.notifyWorker(workerId);
    };
    const waitMs = dueAt - Date.now();
    if (waitMs <= 0) {
      wakeNow();
      return;
    }
    this.wakeScheduled.add(queue);
    setTimeout(wakeNow, waitMs).unref();
  }

  /** Reacts only to the current listener going away: a client that never finished connecting is `listen`'s to report. */
  private reconnectSoon(client: Client): void {
    if (this.stopped || this.listener !== client) return;
    this.listener = null;
    this.listenAgainLater();
  }

  /** Tries to listen again every second until it succeeds or the bus stops. */
  private listenAgainLater(): void {
    setTimeout(() => {
      if (this.stopped) return;
      this.listen().catch((err: unknown) => {
        this.logger.warn({ err }, 'queue wake-up listener could not reconnect; trying again');
        this.listenAgainLater();
      });
    }, 1_000).unref();
  }
}

/**
 * Domain events on pg-boss, used as a transactional outbox: `publish` writes the jobs with
 * the caller's transaction, so a rolled-back change publishes nothing and a committed one
 * loses nothing.
 */
export class EventBus {
  private constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    private readonly logger: Logger,
    private readonly wakeUps: WorkerWakeUps,
  ) {}

  static async start(options: {
    connectionString: string;
    schema: string;
    logger: Logger;
    /** The subgraph this bus serves, named in its wake-up listener's `application_name`. */
    service?: string;
  }): Promise<EventBus> {
    // pg-boss hands its whole configuration to pg's pool, which also takes the session's `options`.
    const settings: PgBoss.ConstructorOptions & Pick<ClientConfig, 'options'> = {
      connectionString: options.connectionString,
      schema: options.schema,
      application_name: 'clientele-queue',
      max: 4,
      options: QUEUE_SESSION_OPTIONS,
    };
    const boss = new PgBoss(settings);
    boss.on('error', (err) => options.logger.error({ err }, 'queue error'));
    await boss.start();
    const channel = `${options.schema}_jobs`;
    await WorkerWakeUps.install(boss, options.schema, channel);
    await installFetchOrderIndex(boss, options.schema);
    const wakeUps = new WorkerWakeUps(
      boss,
      options.connectionString,
      channel,
      options.logger,
      wakeListenerName(options.service),
    );
    await wakeUps.listen();
    return new EventBus(boss, options.schema, options.logger, wakeUps);
  }

  /**
   * Publishes one event, or several in one go: whatever their number, the subscribed queues are
   * looked up in one statement and the jobs written in one more, so a command announcing several
   * changes pays two round trips, not two per event and subscriber. The subscriptions are read
   * each time, never remembered: a consumer that subscribed a moment ago gets the next event.
   */
  async publish<TData>(
    transaction: EntityManager,
    events: EventDraft<TData> | readonly EventDraft<TData>[],
  ): Promise<void> {
    // Array.isArray does not narrow a readonly array: say which is which.
    const list = (Array.isArray(events) ? events : [events]) as readonly EventDraft<TData>[];
    if (list.length === 0) return;
    const occurredAt = new Date().toISOString();
    const envelopes = list.map((event): DomainEvent<TData> => ({ id: newId(), occurredAt, ...event }));
    const subscriptions = await transaction.query<{ name: string; event: string }[]>(
      `SELECT name, event FROM "${this.schema}".subscription WHERE event = ANY($1::text[])`,
      [[...new Set(envelopes.map((envelope) => envelope.type))]],
    );
    const queuesOf = new Map<string, string[]>();
    for (const { name, event } of subscriptions) queuesOf.set(event, [...(queuesOf.get(event) ?? []), name]);
    const jobs = envelopes.flatMap((envelope) =>
      (queuesOf.get(envelope.type) ?? []).map((name) => ({ name, data: envelope })),
    );
    if (jobs.length === 0) return;
    const executeSql = async (text: string, values: unknown[]) => ({
      rows: await transaction.query<unknown[]>(text, values),
    });
    await this.boss.insert(jobs, { db: { executeSql } });
  }

  async subscribe<TData>(subscription: EventSubscription<TData>): Promise<void> {
    await retryOnDeadlock(() =>
      this.boss.createQueue(subscription.queue, { name: subscription.queue, retryLimit: 10, retryBackoff: true }),
    );
    await retryOnDeadlock(() => this.boss.subscribe(subscription.event, subscription.queue));
    const eventOf = (job: PgBoss.Job<object>): DomainEvent<TData> => {
      const envelope = eventEnvelope.parse(job.data);
      return { ...envelope, data: subscription.data.parse(envelope.data) };
    };
    const handleBatch = subscription.handleBatch?.bind(subscription);
    const workerId = await workEachJob<object>(
      this.boss,
      subscription.queue,
      async (job) => {
        const event = eventOf(job);
        await subscription.handle(event);
        this.logger.debug({ event: event.type, eventId: event.id, queue: subscription.queue }, 'event handled');
      },
      (err, job) => this.logger.error({ err, queue: subscription.queue, jobId: job.id }, 'event handling failed'),
      JOBS_PER_FETCH,
      'batch',
      handleBatch &&
        (async (jobs) => {
          try {
            await handleBatch(jobs.map(eventOf));
          } catch (err) {
            this.logger.warn({ err, queue: subscription.queue }, 'event batch failed; handling its events one by one');
            throw err;
          }
        }),
    );
    this.wakeUps.add(subscription.queue, workerId);
  }

  /**
   * Retires a consumer for good: stops its worker, takes its queue off the event and drops the
   * queue with whatever it still holds. Stopping a process never does this, since events must
   * wait in a consumer's queue while it restarts; a consumer that will never come back (a
   * listener in a test) must, or every later event piles up in its queue unread.
   */
  async retire(subscription: { event: string; queue: string }): Promise<void> {
    this.wakeUps.remove(subscription.queue);
    await this.boss.offWork(subscription.queue);
    await this.boss.unsubscribe(subscription.event, subscription.queue);
    // pg-boss drops a queue only once its jobs are gone: the queue's foreign key restricts.
    await this.boss.getDb().executeSql(`DELETE FROM "${this.schema}".job WHERE name = $1`, [subscription.queue]);
    await this.boss.deleteQueue(subscription.queue);
  }

  /**
   * Starts `workers` workers on one of the subgraph's own job queues (creating it first), for
   * work that is not a reaction to an event, such as a delivery attempt due at a given time. A
   * handler that throws is retried by the queue with backoff; one that wants its own schedule
   * records the outcome and enqueues its next attempt itself.
   */
  async work<TData>(queue: JobQueue<TData>): Promise<void> {
    await retryOnDeadlock(() =>
      this.boss.createQueue(queue.name, { name: queue.name, retryLimit: 5, retryBackoff: true }),
    );
    for (let i = 0; i < (queue.workers ?? 1); i++) {
      const workerId = await workEachJob<object>(
        this.boss,
        queue.name,
        (job) => queue.handle(queue.data.parse(job.data)),
        // The queue retries it; the log says why it failed.
        (err, job) => this.logger.error({ err, queue: queue.name, jobId: job.id }, 'job failed'),
        queue.jobsPerFetch,
      );
      this.wakeUps.add(queue.name, workerId);
    }
  }

  /**
   * Works one of the subgraph's own queues on a cron schedule (in UTC). The schedule lives in the
   * database and pg-boss sends one job per due time however many processes of the subgraph run
   * (a singleton per slot), which one worker takes: the work runs once per due time, not once per
   * process. Declaring it again at the next start only rewrites the same schedule.
   */
  async schedule<TData extends object>(queue: JobQueue<TData>, cron: string, data: TData): Promise<void> {
    await this.work(queue);
    await retryOnDeadlock(() => this.boss.schedule(queue.name, cron, data, { tz: 'UTC' }));
  }

  /**
   * Enqueues a job with the caller's transaction, like `publish`: a rolled-back change enqueues
   * nothing. `startAfter` holds it back until then. The queue must have been started with `work`.
   */
  async enqueue<TData extends object>(
    transaction: EntityManager,
    queue: string,
    data: TData,
    options: { startAfter?: Date; singletonKey?: string } = {},
  ): Promise<void> {
    const executeSql = async (text: string, values: unknown[]) => ({
      rows: await transaction.query<unknown[]>(text, values),
    });
    await this.boss.send(queue, data, {
      db: { executeSql },
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      // Names the job after what it is about, so the queue can tell a repeat of it.
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    });
  }

  async stop(): Promise<void> {
    await this.wakeUps.stop();
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
