import {
  type Caller,
  type ConnectionArgs,
  type RequestContext,
  UserErrorCode,
  isValidId,
  newId,
  paginateKeyset,
  parseInput,
  partnerOf,
  timestampOrder,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WEBHOOK_EVENTS } from './webhook-event-types';
import {
  type WebhookEndpointCreateInput,
  type WebhookEndpointCreatePayload,
  type WebhookEndpointDeletePayload,
  type WebhookEndpointUpdateInput,
  type WebhookEndpointUpdatePayload,
  webhookEndpointCreateSchema,
  webhookEndpointUpdateSchema,
} from './webhook.inputs';
import { newWebhookSecret } from './webhook-signature';
import { type UrlEnvironment, webhookUrlProblem } from './webhook-url';
import { WebhookEndpointConnection, type WebhookEndpointType, toWebhookEndpointType } from './webhook.type';

const NOT_FOUND = 'That webhook endpoint was not found.';

/** A partner's webhook endpoints: registered, changed, turned off and on, deleted. */
export class WebhookEndpointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly environment: UrlEnvironment,
  ) {}

  async list(caller: Caller, args: ConnectionArgs): Promise<WebhookEndpointConnection> {
    const query = this.dataSource
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('e')
      .where('e.partner_id = :partnerId', { partnerId: partnerOf(caller) });
    const page = await paginateKeyset(
      query,
      timestampOrder('e', 'created_at', (row) => row.createdAt, true),
      args,
    );
    return toConnection(WebhookEndpointConnection, page, toWebhookEndpointType, () => query.getCount());
  }

  async find(caller: Caller, id: string): Promise<WebhookEndpointType | null> {
    const partnerId = partnerOf(caller);
    if (!partnerId || !isValidId(id)) return null;
    const endpoint = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ partnerId, id });
    return endpoint && toWebhookEndpointType(endpoint);
  }

  async create(context: RequestContext, input: WebhookEndpointCreateInput): Promise<WebhookEndpointCreatePayload> {
    const parsed = parseInput(webhookEndpointCreateSchema, input);
    if (!parsed.ok) return { webhookEndpoint: null, secret: null, userErrors: parsed.userErrors };
    const urlProblem = webhookUrlProblem(parsed.value.url, this.environment);
    if (urlProblem) {
      return {
        webhookEndpoint: null,
        secret: null,
        userErrors: [userError(UserErrorCode.INVALID, urlProblem, ['input', 'url'])],
      };
    }
    const partnerId = partnerOf(context.caller);
    // Only a partner's own owners and admins hold webhooks:manage.
    if (!partnerId) throw new Error('Webhook endpoints belong to a partner');
    const secret = newWebhookSecret();
    const endpoint = await this.dataSource.transaction(async (manager) => {
      const created = manager.create(WebhookEndpointEntity, {
        partnerId,
        id: newId(),
        url: parsed.value.url,
        description: parsed.value.description,
        eventTypes: parsed.value.eventTypes.map((type) => WEBHOOK_EVENTS[type]),
        secret,
        status: 'ENABLED',
        disabledReason: null,
        disabledAt: null,
        failingSince: null,
      });
      await manager.insert(WebhookEndpointEntity, created);
      await this.audit(context, manager, 'webhookEndpoint.created', created);
      return manager.findOneByOrFail(WebhookEndpointEntity, { partnerId, id: created.id });
    });
    return { webhookEndpoint: toWebhookEndpointType(endpoint), secret, userErrors: [] };
  }

  async update(context: RequestContext, input: WebhookEndpointUpdateInput): Promise<WebhookEndpointUpdatePayload> {
    const parsed = parseInput(webhookEndpointUpdateSchema, input);
    if (!parsed.ok) return { webhookEndpoint: null, userErrors: parsed.userErrors };
    const { id, url, description, eventTypes, enabled } = parsed.value;
    const notFound = {
      webhookEndpoint: null,
      userErrors: [userError(UserErrorCode.NOT_FOUND, NOT_FOUND, ['input', 'id'])],
    };
    const partnerId = partnerOf(context.caller);
    if (!partnerId || !isValidId(id)) return notFound;
    const urlProblem = url == null ? null : webhookUrlProblem(url, this.environment);
    return this.dataSource.transaction(async (manager) => {
      const endpoint = await manager.findOne(WebhookEndpointEntity, {
        where: { partnerId, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!endpoint) return notFound;
      // Checked after the lookup, so another partner's id is answered as a missing one whatever the URL.
      if (urlProblem) {
        return { webhookEndpoint: null, userErrors: [userError(UserErrorCode.INVALID, urlProblem, ['input', 'url'])] };
      }
      const changes: Partial<WebhookEndpointEntity> = {};
      if (url != null) changes.url = url;
      if (description != null) changes.description = description;
      if (eventTypes != null) changes.eventTypes = eventTypes.map((type) => WEBHOOK_EVENTS[type]);
      if (enabled === true && endpoint.status === 'DISABLED') {
        Object.assign(changes, { status: 'ENABLED', disabledAt: null, disabledReason: null, failingSince: null });
      }
      if (enabled === false && endpoint.status === 'ENABLED') {
        Object.assign(changes, {
          status: 'DISABLED',
          disabledAt: new Date(),
          disabledReason: 'Turned off by an operator.',
        });
      }
      if (Object.keys(changes).length > 0) {
        await manager.update(WebhookEndpointEntity, { partnerId, id }, changes);
        await this.audit(context, manager, 'webhookEndpoint.updated', { ...endpoint, ...changes });
      }
      const updated = await manager.findOneByOrFail(WebhookEndpointEntity, { partnerId, id });
      return { webhookEndpoint: toWebhookEndpointType(updated), userErrors: [] };
    });
  }

  async delete(context: RequestContext, id: string): Promise<WebhookEndpointDeletePayload> {
    const notFound = {
      deletedWebhookEndpointId: null,
      userErrors: [userError(UserErrorCode.NOT_FOUND, NOT_FOUND, ['input', 'id'])],
    };
    const partnerId = partnerOf(context.caller);
    if (!partnerId || !isValidId(id)) return notFound;
    return this.dataSource.transaction(async (manager) => {
      const endpoint = await manager.findOne(WebhookEndpointEntity, {
        where: { partnerId, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!endpoint) return notFound;
      // Its deliveries and attempts go with it; a delivery job still queued finds nothing and stops.
      await manager.delete(WebhookEndpointEntity, { partnerId, id });
      await this.audit(context, manager, 'webhookEndpoint.deleted', endpoint);
      return { deletedWebhookEndpointId: id, userErrors: [] };
    });
  }

  private audit(
    context: RequestContext,
    manager: EntityManager,
    action: string,
    endpoint: Pick<WebhookEndpointEntity, 'partnerId' | 'id' | 'url' | 'eventTypes' | 'status'>,
  ): Promise<void> {
    return context.audit(
      {
        action,
        partnerId: endpoint.partnerId,
        targetType: 'WebhookEndpoint',
        targetId: endpoint.id,
        // Never the secret.
        details: { url: endpoint.url, eventTypes: endpoint.eventTypes, status: endpoint.status },
      },
      manager,
    );
  }
}
