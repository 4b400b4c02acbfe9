import { type DomainEvent, defineModule, defineSubscription } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { Webhooks1765350000000 } from './migrations/1765350000000-webhooks';
import { WebhookDeliveryAttemptEntity } from './webhook-delivery-attempt.entity';
import { WEBHOOK_DELIVERY_QUEUE, deliveryJob } from './webhook-delivery.service';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WEBHOOK_EVENTS } from './webhook-event-types';
import { createWebhookLoaders } from './webhook.loaders';
import { WebhookMessageEntity } from './webhook-message.entity';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from './webhook.resolver';
import { createWebhooks } from './webhooks.service';

/** Any payload: a webhook passes the event's data on as its publisher wrote it. */
const anyPayload = z.record(z.string(), z.unknown());

/** How many deliveries this process attempts at once: one slow endpoint must not hold up the rest. */
const DELIVERY_WORKERS = 4;

/**
 * Webhooks for partner apps: endpoints subscribed to domain events, each delivery signed per
 * Standard Webhooks, attempted on the job queue with retries for about a day, logged with each
 * answer, replayable; an endpoint failing every attempt for a day is disabled.
 */
export const webhooksModule = defineModule({
  name: 'webhooks',
  entities: [WebhookEndpointEntity, WebhookMessageEntity, WebhookDeliveryEntity, WebhookDeliveryAttemptEntity],
  migrations: [Webhooks1765350000000],
  resolvers: [WebhookEndpointResolver, WebhookDeliveryResolver],
  permissions: ['webhooks:manage'],
  service: createWebhooks,
  loaders: createWebhookLoaders,
  prepare: ({ deliveries }, { events }) =>
    events.work({
      name: WEBHOOK_DELIVERY_QUEUE,
      data: deliveryJob,
      handle: (job) => deliveries.attempt(job),
      workers: DELIVERY_WORKERS,
      // A partner's server may take its whole timeout to answer.
      jobsPerFetch: 5,
    }),
  subscriptions: ({ deliveries }) =>
    Object.values(WEBHOOK_EVENTS).map((event) =>
      defineSubscription({
        event,
        queue: `messaging.webhooks.${event.replace(/\./g, '-')}`,
        data: anyPayload,
        handle: (received: DomainEvent<Record<string, unknown>>) => deliveries.fanOut(received),
        handleBatch: (received: DomainEvent<Record<string, unknown>>[]) => deliveries.fanOutAll(received),
      }),
    ),
});
