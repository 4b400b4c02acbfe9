import { ConnectionArgs, ConnectionType, enumOf } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { WebhookDeliveryAttemptEntity } from './webhook-delivery-attempt.entity';
import {
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDeliveryEntity,
  type WebhookDeliveryStatus,
} from './webhook-delivery.entity';
import {
  WEBHOOK_ENDPOINT_STATUSES,
  type WebhookEndpointEntity,
  type WebhookEndpointStatus,
} from './webhook-endpoint.entity';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType, webhookEventTypeOf } from './webhook-event-types';

export const WebhookEventTypeEnum = enumOf(WEBHOOK_EVENT_TYPES);
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'What happened, as a partner app subscribes to it.',
  valuesConfig: {
    CUSTOMER_CREATED: { description: 'A customer account was created (`customer.created`).' },
    CUSTOMER_UPDATED: { description: 'A customer account’s details changed (`customer.updated`).' },
    CUSTOMER_SUSPENDED: { description: 'A customer account was suspended (`customer.suspended`).' },
    CUSTOMER_REENABLED: { description: 'A suspended customer account was re-enabled (`customer.reenabled`).' },
    CUSTOMER_CANCELLED: { description: 'A customer account was cancelled (`customer.cancelled`).' },
    CUSTOMER_CLOSED: { description: 'A customer account was closed (`customer.closed`).' },
    BALANCE_LOW: { description: 'A balance fell below the customer’s low-credit threshold (`balance.low`).' },
    INVOICE_ISSUED: { description: 'An invoice was issued (`invoice.issued`).' },
    INVOICE_OVERDUE: { description: 'An invoice became overdue (`invoice.overdue`).' },
    INVOICE_PAID: { description: 'An invoice was paid (`invoice.paid`).' },
    MESSAGE_FAILED: { description: 'An email or SMS could not be delivered (`message.failed`).' },
  },
});

const WebhookEndpointStatusEnum = enumOf(WEBHOOK_ENDPOINT_STATUSES);
registerEnumType(WebhookEndpointStatusEnum, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint receives deliveries.',
  valuesConfig: {
    ENABLED: { description: 'Receives a delivery for each event it subscribes to.' },
    DISABLED: { description: 'Receives nothing: turned off, or after failing for too long.' },
  },
});

const WebhookDeliveryStatusEnum = enumOf(WEBHOOK_DELIVERY_STATUSES);
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery is.',
  valuesConfig: {
    PENDING: { description: 'Not received yet: an attempt is due.' },
    SUCCEEDED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: { description: 'Every attempt failed, or the endpoint was disabled; it can be replayed.' },
  },
});

@ObjectType('WebhookEndpoint', { description: 'A URL of a partner app that receives signed events.' })
export class WebhookEndpointType {
  @Field(() => ID, { description: 'Unique id of the endpoint.' })
  id: string;

  @Field({ description: 'Where deliveries are POSTed.' })
  url: string;

  @Field({ description: 'What the endpoint is for; may be empty.' })
  description: string;

  @Field(() => [WebhookEventTypeEnum], { description: 'The events it receives.' })
  eventTypes: WebhookEventType[];

  @Field(() => WebhookEndpointStatusEnum, { description: 'Whether it receives deliveries.' })
  status: WebhookEndpointStatus;

  @Field(() => String, { nullable: true, description: 'Why it was disabled; null while enabled.' })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was disabled; null while enabled.' })
  disabledAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when every attempt to it has failed; null when the last attempt succeeded.',
  })
  failingSince: Date | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;
}

export function toWebhookEndpointType(entity: WebhookEndpointEntity): WebhookEndpointType {
  return Object.assign(new WebhookEndpointType(), {
    id: entity.id,
    url: entity.url,
    description: entity.description,
    eventTypes: entity.eventTypes.flatMap((name) => webhookEventTypeOf(name) ?? []),
    status: entity.status,
    disabledReason: entity.disabledReason,
    disabledAt: entity.disabledAt,
    failingSince: entity.failingSince,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}

@ObjectType('WebhookDeliveryAttempt', { description: 'One HTTP request of a delivery and how the endpoint answered.' })
export class WebhookDeliveryAttemptType {
  @Field(() => Int, { description: 'Which attempt, from 1.' })
  number: number;

  @Field({ description: 'When the request was sent.' })
  attemptedAt: Date;

  @Field(() => Int, { description: 'How long the endpoint took to answer, in milliseconds.' })
  durationMs: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when no answer came.' })
  statusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the attempt failed; null when it succeeded.' })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The start of the answer’s body (at most 1 KB).' })
  responseExcerpt: string | null;
}

export function toWebhookDeliveryAttemptType(entity: WebhookDeliveryAttemptEntity): WebhookDeliveryAttemptType {
  return Object.assign(new WebhookDeliveryAttemptType(), {
    number: entity.number,
    attemptedAt: entity.attemptedAt,
    durationMs: entity.durationMs,
    statusCode: entity.statusCode,
    error: entity.error,
    responseExcerpt: entity.responseExcerpt,
  });
}

/** A delivery row with what its message says, as the log shows it. */
export type WebhookDeliveryRow = WebhookDeliveryEntity & { eventType: string; body: string };

@ObjectType('WebhookDelivery', { description: 'One event on its way to one endpoint, with its attempts.' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Unique id of the delivery.' })
  id: string;

  @Field(() => ID, { description: 'The endpoint it goes to.' })
  endpointId: string;

  @Field(() => ID, {
    description:
      'The `webhook-id` header: the same on every attempt and replay of the event, for the receiver to dedupe.',
  })
  messageId: string;

  @Field({ description: 'The event’s type as sent in the body, e.g. `customer.created`.' })
  eventType: string;

  @Field({ description: 'The JSON body sent, byte for byte.' })
  payload: string;

  @Field(() => WebhookDeliveryStatusEnum, { description: 'Where the delivery is.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'How many attempts were made.' })
  attemptCount: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null when none is.' })
  nextAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when none answered.' })
  lastStatusCode: number | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one replays; null for the first.' })
  replayOf: string | null;

  @Field({ description: 'When the delivery was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it succeeded or finally failed; null while pending.' })
  completedAt: Date | null;
}

export function toWebhookDeliveryType(row: WebhookDeliveryRow): WebhookDeliveryType {
  return Object.assign(new WebhookDeliveryType(), {
    id: row.id,
    endpointId: row.endpointId,
    messageId: row.messageId,
    eventType: row.eventType,
    payload: row.body,
    status: row.status,
    attemptCount: row.attemptCount,
    nextAttemptAt: row.nextAttemptAt,
    lastStatusCode: row.lastStatusCode,
    replayOf: row.replayOf,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  });
}

export const WebhookEndpointConnection = ConnectionType(WebhookEndpointType, 'WebhookEndpoint', 'webhook endpoint');
export type WebhookEndpointConnection = InstanceType<typeof WebhookEndpointConnection>;

export const WebhookDeliveryConnection = ConnectionType(WebhookDeliveryType, 'WebhookDelivery', 'webhook delivery');
export type WebhookDeliveryConnection = InstanceType<typeof WebhookDeliveryConnection>;

@InputType({ description: 'Narrows an endpoint’s delivery log.' })
export class WebhookDeliveryFilter {
  @Field(() => WebhookDeliveryStatusEnum, { nullable: true, description: 'Only deliveries in this status.' })
  status?: WebhookDeliveryStatus | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => WebhookDeliveryFilter, { nullable: true, description: 'Which deliveries to list.' })
  filter?: WebhookDeliveryFilter | null;
}
