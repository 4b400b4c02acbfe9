import {
  type Caller,
  type DomainEvent,
  type EventBus,
  type Logger,
  type RequestContext,
  UserErrorCode,
  WEBHOOK_ENDPOINT_DISABLED,
  type WebhookEndpointDisabledData,
  isValidId,
  newId,
  paginateKeyset,
  partnerOf,
  groupBy,
  timestampOrder,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { WebhookDeliveryAttemptEntity } from './webhook-delivery-attempt.entity';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import type { WebhookDeliveryReplayPayload } from './webhook.inputs';
import { WebhookMessageEntity } from './webhook-message.entity';
import { nextAttemptDelayMs } from './webhook-retry';
import { type AttemptOutcome, postWebhook } from './webhook-sender';
import { signWebhook } from './webhook-signature';
import {
  WebhookDeliveryConnection,
  type WebhookDeliveryFilter,
  type WebhookDeliveryRow,
  toWebhookDeliveryType,
} from './webhook.type';

/** The queue of delivery attempts: each job is one attempt, due at its time in the schedule. */
export const WEBHOOK_DELIVERY_QUEUE = 'messaging.webhook-delivery';

export const deliveryJob = z.object({
  partnerId: z.guid(),
  deliveryId: z.guid(),
  /** Which attempt this job is, from 1: a job whose attempt was already recorded is a duplicate and does nothing. */
  attempt: z.number().int().min(1),
});
export type DeliveryJob = z.infer<typeof deliveryJob>;

export interface WebhookDeliverySettings {
  /** The waits between attempts, after the immediate first one. */
  retryScheduleMs: readonly number[];
  timeoutMs: number;
  /** An endpoint whose every attempt has failed for this long is disabled. */
  disableAfterMs: number;
}

const deliveryOrder = timestampOrder<WebhookDeliveryEntity>('d', 'created_at', (row) => row.createdAt, true);

/**
 * Turns domain events into signed deliveries to the endpoints that want them, attempts each on
 * the job queue with retries on a schedule, keeps the log of attempts, replays on request, and
 * disables an endpoint that has failed every attempt for too long.
 */
export class WebhookDeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly settings: WebhookDeliverySettings,
    private readonly logger: Logger,
  ) {}

  /**
   * One transaction per event: the message and a delivery for each enabled endpoint subscribed
   * to its type, with the first attempt's job. A redelivered event finds its deliveries made
   * (unique per endpoint and event id) and enqueues nothing again.
   */
  async fanOut(event: DomainEvent<Record<string, unknown>>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const endpoints = await manager.query<{ id: string }[]>(
        `SELECT id FROM messaging.webhook_endpoints
          WHERE partner_id = $1 AND status = 'ENABLED' AND $2 = ANY(event_types)`,
        [event.partnerId, event.type],
      );
      if (endpoints.length === 0) return;
      const body = JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: event.data });
      await manager.query(
        `INSERT INTO messaging.webhook_messages (partner_id, id, event_type, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [event.partnerId, event.id, event.type, body],
      );
      for (const endpoint of endpoints) {
        const inserted = await manager.query<{ id: string }[]>(
          `INSERT INTO messaging.webhook_deliveries (partner_id, id, endpoint_id, message_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (partner_id, endpoint_id, message_id) WHERE replay_of IS NULL DO NOTHING
           RETURNING id`,
          [event.partnerId, newId(), endpoint.id, event.id],
        );
        for (const { id } of inserted)
          await this.schedule(manager, { partnerId: event.partnerId, deliveryId: id, attempt: 1 });
      }
    });
  }

  /**
   * A fetched batch of events, as `fanOut` handles each: the partners' subscribed endpoints are
   * looked up once per partner, and only the events some endpoint wants are fanned out. Most
   * partners have no endpoint for most events (a billing run's hundred thousand invoices).
   */
  async fanOutAll(events: readonly DomainEvent<Record<string, unknown>>[]): Promise<void> {
    for (const [partnerId, partnerEvents] of groupBy(events, (event) => event.partnerId)) {
      const wanted = await this.dataSource.query<{ type: string }[]>(
        `SELECT DISTINCT type FROM messaging.webhook_endpoints, unnest(event_types) AS type
          WHERE partner_id = $1 AND status = 'ENABLED' AND type = ANY($2::text[])`,
        [partnerId, [...new Set(partnerEvents.map((event) => event.type))]],
      );
      const types = new Set(wanted.map((row) => row.type));
      for (const event of partnerEvents) if (types.has(event.type)) await this.fanOut(event);
    }
  }

  /** Makes one attempt of a delivery, if it is still due, and records how it went. */
  async attempt(job: DeliveryJob): Promise<void> {
    const [due] = await this.dataSource.query<
      {
        status: string;
        attemptCount: number;
        url: string;
        secret: string;
        endpointStatus: string;
        messageId: string;
        body: string;
      }[]
    >(
      `SELECT d.status, d.attempt_count AS "attemptCount", e.url, e.secret, e.status AS "endpointStatus",
              m.id AS "messageId", m.body
         FROM messaging.webhook_deliveries d
         JOIN messaging.webhook_endpoints e ON e.partner_id = d.partner_id AND e.id = d.endpoint_id
         JOIN messaging.webhook_messages m ON m.partner_id = d.partner_id AND m.id = d.message_id
        WHERE d.partner_id = $1 AND d.id = $2`,
      [job.partnerId, job.deliveryId],
    );
    // Deleted with its endpoint, already recorded, or a duplicate of a job that ran.
    if (!due || due.status !== 'PENDING' || due.attemptCount !== job.attempt - 1) return;
    if (due.endpointStatus !== 'ENABLED') {
      await this.giveUp(job, 'The endpoint is disabled; replay the delivery once it is enabled again.');
      return;
    }
    const attemptedAt = new Date();
    const headers = signWebhook(due.secret, due.messageId, attemptedAt, due.body);
    const outcome = await postWebhook(due.url, headers, due.body, this.settings.timeoutMs);
    await this.record(job, attemptedAt, outcome);
  }

  /** The endpoint's deliveries, newest first; the endpoint was already found in the caller's partner. */
  async deliveries(
    caller: Caller,
    endpointId: string,
    filter: WebhookDeliveryFilter | null | undefined,
    args: Parameters<typeof paginateKeyset>[2],
  ): Promise<WebhookDeliveryConnection> {
    const partnerId = partnerOf(caller);
    const query = this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.partner_id = :partnerId AND d.endpoint_id = :endpointId', { partnerId, endpointId });
    if (filter?.status) query.andWhere('d.status = :status', { status: filter.status });
    const page = await paginateKeyset(query, deliveryOrder, args);
    const messages = await this.messagesOf(partnerId!, page.rows);
    return toConnection(
      WebhookDeliveryConnection,
      page,
      (row) => toWebhookDeliveryType(this.withMessage(row, messages)),
      () => query.getCount(),
    );
  }

  /** The attempts of these deliveries of the caller's partner, in order, by delivery. */
  async attemptsOf(
    caller: Caller,
    deliveryIds: readonly string[],
  ): Promise<Map<string, WebhookDeliveryAttemptEntity[]>> {
    const ids = deliveryIds.filter(isValidId);
    const byDelivery = new Map<string, WebhookDeliveryAttemptEntity[]>(ids.map((id) => [id, []]));
    const partnerId = partnerOf(caller);
    if (!partnerId || ids.length === 0) return byDelivery;
    const attempts = await this.dataSource
      .getRepository(WebhookDeliveryAttemptEntity)
      .createQueryBuilder('a')
      .where('a.partner_id = :partnerId AND a.delivery_id = ANY(:ids)', { partnerId, ids })
      .orderBy('a.delivery_id')
      .addOrderBy('a.number')
      .getMany();
    for (const attempt of attempts) byDelivery.get(attempt.deliveryId)?.push(attempt);
    return byDelivery;
  }

  /**
   * Sends a finished delivery again as a new delivery: the same message, so the same
   * `webhook-id` and body, with a fresh schedule of attempts.
   */
  async replay(context: RequestContext, id: string): Promise<WebhookDeliveryReplayPayload> {
    const refuse = (code: UserErrorCode, message: string) => ({
      webhookDelivery: null,
      userErrors: [userError(code, message, ['input', 'id'])],
    });
    const notFound = refuse(UserErrorCode.NOT_FOUND, 'That webhook delivery was not found.');
    const partnerId = partnerOf(context.caller);
    if (!partnerId || !isValidId(id)) return notFound;
    return this.dataSource.transaction(async (manager) => {
      const original = await manager.findOneBy(WebhookDeliveryEntity, { partnerId, id });
      if (!original) return notFound;
      const endpoint = await manager.findOne(WebhookEndpointEntity, {
        where: { partnerId, id: original.endpointId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!endpoint) return notFound;
      if (original.status === 'PENDING') {
        return refuse(
          UserErrorCode.NOT_ALLOWED,
          'That delivery is still being attempted; replay it once it has finished.',
        );
      }
      if (endpoint.status !== 'ENABLED') {
        return refuse(
          UserErrorCode.NOT_ALLOWED,
          'The endpoint is disabled: enable it before replaying its deliveries.',
        );
      }
      const replay = manager.create(WebhookDeliveryEntity, {
        partnerId,
        id: newId(),
        endpointId: original.endpointId,
        messageId: original.messageId,
        // A replay of a replay points at the first delivery, so the log groups them.
        replayOf: original.replayOf ?? original.id,
        status: 'PENDING',
        attemptCount: 0,
        nextAttemptAt: new Date(),
        lastStatusCode: null,
        lastError: null,
        completedAt: null,
      });
      await manager.insert(WebhookDeliveryEntity, replay);
      await this.schedule(manager, { partnerId, deliveryId: replay.id, attempt: 1 });
      await context.audit(
        {
          action: 'webhookDelivery.replayed',
          partnerId,
          targetType: 'WebhookDelivery',
          targetId: original.id,
          details: { endpointId: original.endpointId, messageId: original.messageId, replayId: replay.id },
        },
        manager,
      );
      const stored = await manager.findOneByOrFail(WebhookDeliveryEntity, { partnerId, id: replay.id });
      const messages = await this.messagesOf(partnerId, [stored], manager);
      return { webhookDelivery: toWebhookDeliveryType(this.withMessage(stored, messages)), userErrors: [] };
    });
  }

  private schedule(manager: EntityManager, job: DeliveryJob, startAfter?: Date): Promise<void> {
    return this.events.enqueue(manager, WEBHOOK_DELIVERY_QUEUE, job, { startAfter });
  }

  /**
   * Records an attempt under the delivery's row lock, so a duplicate job that raced this one
   * records nothing; schedules the next attempt or closes the delivery; and keeps the endpoint's
   * failing streak, disabling it once every attempt has failed for `disableAfterMs`.
   */
  private async record(job: DeliveryJob, attemptedAt: Date, outcome: AttemptOutcome): Promise<void> {
    const { partnerId, deliveryId, attempt } = job;
    await this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(WebhookDeliveryEntity, {
        where: { partnerId, id: deliveryId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!delivery || delivery.status !== 'PENDING' || delivery.attemptCount !== attempt - 1) return;
      await manager.insert(WebhookDeliveryAttemptEntity, {
        partnerId,
        deliveryId,
        number: attempt,
        attemptedAt,
        durationMs: outcome.durationMs,
        statusCode: outcome.statusCode,
        error: outcome.error,
        responseExcerpt: outcome.responseExcerpt,
      });
      const common = { attemptCount: attempt, lastStatusCode: outcome.statusCode, lastError: outcome.error };
      if (outcome.ok) {
        await manager.update(
          WebhookDeliveryEntity,
          { partnerId, id: deliveryId },
          { ...common, status: 'SUCCEEDED', nextAttemptAt: null, completedAt: new Date() },
        );
        await manager.query(
          `UPDATE messaging.webhook_endpoints SET failing_since = NULL
            WHERE partner_id = $1 AND id = $2 AND failing_since IS NOT NULL`,
          [partnerId, delivery.endpointId],
        );
        return;
      }
      const delayMs = nextAttemptDelayMs(this.settings.retryScheduleMs, attempt);
      if (delayMs === null) {
        await manager.update(
          WebhookDeliveryEntity,
          { partnerId, id: deliveryId },
          { ...common, status: 'FAILED', nextAttemptAt: null, completedAt: new Date() },
        );
      } else {
        const nextAttemptAt = new Date(Date.now() + delayMs);
        await manager.update(WebhookDeliveryEntity, { partnerId, id: deliveryId }, { ...common, nextAttemptAt });
        await this.schedule(manager, { partnerId, deliveryId, attempt: attempt + 1 }, nextAttemptAt);
      }
      await this.noteFailure(manager, partnerId, delivery.endpointId, attemptedAt);
    });
  }

  private async noteFailure(manager: EntityManager, partnerId: string, endpointId: string, attemptedAt: Date) {
    await manager.query(
      `UPDATE messaging.webhook_endpoints SET failing_since = $3
        WHERE partner_id = $1 AND id = $2 AND failing_since IS NULL`,
      [partnerId, endpointId, attemptedAt],
    );
    const reason = `Every delivery attempt failed for ${Math.round(this.settings.disableAfterMs / 3_600_000)} hours or more.`;
    // An UPDATE answers [rows, count].
    const [[disabled]] = await manager.query<[{ url: string; failingSince: Date }[], number]>(
      `UPDATE messaging.webhook_endpoints
          SET status = 'DISABLED', disabled_at = now(), disabled_reason = $3, updated_at = now()
        WHERE partner_id = $1 AND id = $2 AND status = 'ENABLED'
          AND failing_since <= now() - make_interval(secs => $4::double precision / 1000)
        RETURNING url, failing_since AS "failingSince"`,
      [partnerId, endpointId, reason, this.settings.disableAfterMs],
    );
    if (!disabled) return;
    // The partner's owners hear of it from this event; the endpoint's status shows it too.
    await this.events.publish<WebhookEndpointDisabledData>(manager, {
      type: WEBHOOK_ENDPOINT_DISABLED,
      partnerId,
      data: { endpointId, url: disabled.url, reason, failingSince: new Date(disabled.failingSince).toISOString() },
    });
    this.logger.warn(
      { event: WEBHOOK_ENDPOINT_DISABLED, partnerId, endpointId },
      'webhook endpoint disabled after failing',
    );
  }

  private async giveUp(job: DeliveryJob, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE messaging.webhook_deliveries
          SET status = 'FAILED', last_error = $4, next_attempt_at = NULL, completed_at = now()
        WHERE partner_id = $1 AND id = $2 AND status = 'PENDING' AND attempt_count = $3`,
      [job.partnerId, job.deliveryId, job.attempt - 1, reason],
    );
  }

  private async messagesOf(
    partnerId: string,
    deliveries: readonly WebhookDeliveryEntity[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, WebhookMessageEntity>> {
    const ids = [...new Set(deliveries.map((delivery) => delivery.messageId))];
    if (ids.length === 0) return new Map();
    const messages = await manager
      .getRepository(WebhookMessageEntity)
      .createQueryBuilder('m')
      .where('m.partner_id = :partnerId AND m.id = ANY(:ids)', { partnerId, ids })
      .getMany();
    return new Map(messages.map((message) => [message.id, message]));
  }

  private withMessage(
    delivery: WebhookDeliveryEntity,
    messages: Map<string, WebhookMessageEntity>,
  ): WebhookDeliveryRow {
    const message = messages.get(delivery.messageId);
    return Object.assign(delivery, { eventType: message?.eventType ?? '', body: message?.body ?? '' });
  }
}
