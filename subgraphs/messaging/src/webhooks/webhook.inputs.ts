import { UserError, text, trimmedText } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-event-types';
import { WebhookDeliveryType, WebhookEndpointType, WebhookEventTypeEnum } from './webhook.type';

const URL_MAX_LENGTH = 2000;

const url = text(URL_MAX_LENGTH)
  .trim()
  .min(1, 'Enter the URL that receives the deliveries.')
  .max(URL_MAX_LENGTH, `Use at most ${URL_MAX_LENGTH} characters.`);
const description = trimmedText({ maxLength: 500 });
const eventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1, 'Choose at least one event.')
  .transform((types) => [...new Set(types)]);

@InputType({ description: 'A new webhook endpoint.' })
export class WebhookEndpointCreateInput {
  @Field({ description: 'Where to POST deliveries: https:// (plain http:// to this machine outside production).' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for, at most 500 characters.' })
  description?: string | null;

  @Field(() => [WebhookEventTypeEnum], { description: 'The events it receives; at least one.' })
  eventTypes: WebhookEventType[];
}

export const webhookEndpointCreateSchema = z.object({
  url,
  description: description.nullish().transform((value) => value ?? ''),
  eventTypes,
});

@ObjectType({ description: 'The result of webhookEndpointCreate.' })
export class WebhookEndpointCreatePayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The new endpoint, unless the input was refused.' })
  webhookEndpoint: WebhookEndpointType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (`whsec_…`), shown this once: the receiver checks each delivery’s `webhook-signature` with it.',
  })
  secret: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Changes to a webhook endpoint; fields left out stay as they are.' })
export class WebhookEndpointUpdateInput {
  @Field(() => ID, { description: 'Id of the endpoint.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'A new URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  description?: string | null;

  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'The events it receives from now on.' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'False turns deliveries off; true turns them back on, also after the endpoint was disabled for failing.',
  })
  enabled?: boolean | null;
}

export const webhookEndpointUpdateSchema = z.object({
  id: z.string(),
  url: url.nullish(),
  description: description.nullish(),
  eventTypes: eventTypes.nullish(),
  enabled: z.boolean().nullish(),
});

@ObjectType({ description: 'The result of webhookEndpointUpdate.' })
export class WebhookEndpointUpdatePayload {
  @Field(() => WebhookEndpointType, { nullable: true, description: 'The endpoint as it now is.' })
  webhookEndpoint: WebhookEndpointType | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The webhook endpoint to delete.' })
export class WebhookEndpointDeleteInput {
  @Field(() => ID, { description: 'Id of the endpoint.' })
  id: string;
}

@ObjectType({ description: 'The result of webhookEndpointDelete.' })
export class WebhookEndpointDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted endpoint; its delivery log goes with it.' })
  deletedWebhookEndpointId: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The delivery to send again.' })
export class WebhookDeliveryReplayInput {
  @Field(() => ID, { description: 'Id of a delivery that succeeded or failed.' })
  id: string;
}

@ObjectType({ description: 'The result of webhookDeliveryReplay.' })
export class WebhookDeliveryReplayPayload {
  @Field(() => WebhookDeliveryType, {
    nullable: true,
    description: 'The new delivery: the same message, `webhook-id` and body, attempted afresh.',
  })
  webhookDelivery: WebhookDeliveryType | null;

  @Field(() => [UserError], { description: 'Why it was not replayed; empty on success.' })
  userErrors: UserError[];
}
