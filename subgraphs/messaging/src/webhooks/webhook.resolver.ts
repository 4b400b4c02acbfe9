import { ConnectionArgs, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WebhooksContext } from './webhook.loaders';
import {
  WebhookDeliveryReplayInput,
  WebhookDeliveryReplayPayload,
  WebhookEndpointCreateInput,
  WebhookEndpointCreatePayload,
  WebhookEndpointDeleteInput,
  WebhookEndpointDeletePayload,
  WebhookEndpointUpdateInput,
  WebhookEndpointUpdatePayload,
} from './webhook.inputs';
import {
  WebhookDeliveriesArgs,
  WebhookDeliveryAttemptType,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookEndpointConnection,
  WebhookEndpointType,
} from './webhook.type';
import type { Webhooks } from './webhooks.service';

@Resolver(() => WebhookEndpointType)
export class WebhookEndpointResolver {
  constructor(private readonly webhooks: Webhooks) {}

  @Query(() => WebhookEndpointConnection, { description: 'The partner’s webhook endpoints, newest first.' })
  @Requires('webhooks:manage')
  webhookEndpoints(@Args() args: ConnectionArgs, @Ctx() context: WebhooksContext): Promise<WebhookEndpointConnection> {
    return this.webhooks.endpoints.list(context.caller, args);
  }

  @Query(() => WebhookEndpointType, { nullable: true, description: 'One webhook endpoint; null if not found.' })
  @Requires('webhooks:manage')
  webhookEndpoint(
    @Arg('id', () => ID, { description: 'Id of the endpoint.' }) id: string,
    @Ctx() context: WebhooksContext,
  ): Promise<WebhookEndpointType | null> {
    return this.webhooks.endpoints.find(context.caller, id);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'The endpoint’s delivery log, newest first.' })
  @Requires('webhooks:manage')
  deliveries(
    @Root() endpoint: WebhookEndpointType,
    @Args() { filter, ...page }: WebhookDeliveriesArgs,
    @Ctx() context: WebhooksContext,
  ): Promise<WebhookDeliveryConnection> {
    // The endpoint reached here only from the caller's own partner.
    return this.webhooks.deliveries.deliveries(context.caller, endpoint.id, filter, page);
  }

  @Mutation(() => WebhookEndpointCreatePayload, {
    description: 'Registers an endpoint for the chosen events and shows its signing secret this once.',
  })
  @Requires('webhooks:manage')
  webhookEndpointCreate(
    @Arg('input', { description: 'The new endpoint.' }) input: WebhookEndpointCreateInput,
    @Ctx() context: WebhooksContext,
  ): Promise<WebhookEndpointCreatePayload> {
    return this.webhooks.endpoints.create(context, input);
  }

  @Mutation(() => WebhookEndpointUpdatePayload, {
    description: 'Changes an endpoint’s URL, description or events, or turns it off or back on.',
  })
  @Requires('webhooks:manage')
  webhookEndpointUpdate(
    @Arg('input', { description: 'The changes.' }) input: WebhookEndpointUpdateInput,
    @Ctx() context: WebhooksContext,
  ): Promise<WebhookEndpointUpdatePayload> {
    return this.webhooks.endpoints.update(context, input);
  }

  @Mutation(() => WebhookEndpointDeletePayload, { description: 'Deletes an endpoint with its delivery log.' })
  @Requires('webhooks:manage')
  webhookEndpointDelete(
    @Arg('input', { description: 'The endpoint to delete.' }) input: WebhookEndpointDeleteInput,
    @Ctx() context: WebhooksContext,
  ): Promise<WebhookEndpointDeletePayload> {
    return this.webhooks.endpoints.delete(context, input.id);
  }

  @Mutation(() => WebhookDeliveryReplayPayload, {
    description: 'Sends a delivery that succeeded or failed again, with the same `webhook-id` and body.',
  })
  @Requires('webhooks:manage')
  webhookDeliveryReplay(
    @Arg('input', { description: 'The delivery to send again.' }) input: WebhookDeliveryReplayInput,
    @Ctx() context: WebhooksContext,
  ): Promise<WebhookDeliveryReplayPayload> {
    return this.webhooks.deliveries.replay(context, input.id);
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookDeliveryAttemptType], { description: 'Each attempt, first first.' })
  @Requires('webhooks:manage')
  async attempts(
    @Root() delivery: WebhookDeliveryType,
    @Ctx() context: WebhooksContext,
  ): Promise<WebhookDeliveryAttemptType[]> {
    return (await context.loaders.webhookAttemptsByDeliveryId.load(delivery.id))?.attempts ?? [];
  }
}
