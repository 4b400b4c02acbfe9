import { randomUUID } from 'node:crypto';
import { EventBus, createLogger, defineSubscription } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { graphql } from '../gql';
import type { WebhookEventType } from '../gql/graphql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type TenantSeed, seed } from '../support/seed';
import { bulkCustomers, startBulk } from '../customers/support/bulk';
import { type ReceivedWebhook, WebhookReceiver, verifyStandardWebhook } from './receiver';

const ENDPOINT_CREATE = graphql(`
  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
        url
        eventTypes
        status
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ENDPOINT_UPDATE = graphql(`
  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {
    webhookEndpointUpdate(input: $input) {
      webhookEndpoint {
        id
        status
        disabledReason
        failingSince
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const ENDPOINT_DELETE = graphql(`
  mutation WebhookEndpointDelete($input: WebhookEndpointDeleteInput!) {
    webhookEndpointDelete(input: $input) {
      deletedWebhookEndpointId
      userErrors {
        code
      }
    }
  }
`);

const DELIVERY_LOG = graphql(`
  query WebhookDeliveryLog($id: ID!) {
    webhookEndpoint(id: $id) {
      id
      status
      disabledReason
      disabledAt
      failingSince
      deliveries(first: 20) {
        totalCount
        nodes {
          id
          messageId
          eventType
          payload
          status
          attemptCount
          lastStatusCode
          replayOf
          completedAt
          attempts {
            number
            statusCode
            durationMs
            error
            responseExcerpt
          }
        }
      }
    }
  }
`);

const REPLAY = graphql(`
  mutation WebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {
    webhookDeliveryReplay(input: $input) {
      webhookDelivery {
        id
        messageId
        replayOf
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);

let receiver: WebhookReceiver;
let bus: EventBus;
const disabledNotices: { partnerId: string; data: { endpointId: string; reason: string } }[] = [];

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  bus = await EventBus.start({
    connectionString: testStack().databaseUrl,
    schema: 'queue',
    logger: createLogger('webhooks-test', 'silent'),
  });
  // Listens as the partner's owners would be told, on a queue of the test's own.
  await bus.subscribe(
    defineSubscription({
      event: 'webhook-endpoint.disabled',
      queue: `test.webhook-endpoint-disabled.${randomUUID()}`,
      data: z.object({ endpointId: z.string(), reason: z.string() }),
      handle: (event) => {
        disabledNotices.push({ partnerId: event.partnerId, data: event.data });
        return Promise.resolve();
      },
    }),
  );
});

afterAll(async () => {
  await bus.stop();
  await receiver.stop();
});

async function endpoint(
  tenant: TenantSeed,
  eventTypes: WebhookEventType[],
  url: string,
): Promise<{ id: string; secret: string }> {
  const data = await query(tenant.owner.token, ENDPOINT_CREATE, { input: { url, eventTypes } });
  const { webhookEndpoint, secret, userErrors } = data.webhookEndpointCreate;
  if (!webhookEndpoint || !secret) throw new Error(`webhookEndpointCreate refused: ${JSON.stringify(userErrors)}`);
  return { id: webhookEndpoint.id, secret };
}

async function deliveryLog(tenant: TenantSeed, endpointId: string) {
  const data = await query(tenant.owner.token, DELIVERY_LOG, { id: endpointId });
  if (!data.webhookEndpoint) throw new Error(`endpoint ${endpointId} not found`);
  return data.webhookEndpoint;
}

type DeliveryLog = Awaited<ReturnType<typeof deliveryLog>>;

/** Waits until the endpoint's log satisfies `done`. */
function logWhen(tenant: TenantSeed, endpointId: string, done: (log: DeliveryLog) => boolean, what: string) {
  return eventually(
    async () => {
      const log = await deliveryLog(tenant, endpointId);
      return done(log) ? log : null;
    },
    what,
    20_000,
  );
}

function arrivals(url: string, count: number, what: string): Promise<ReceivedWebhook[]> {
  return eventually(() => Promise.resolve(receiver.at(url).length >= count ? receiver.at(url) : null), what, 20_000);
}

describe('webhooks for partner apps', () => {
  it('should sign each delivery so that an independent Standard Webhooks check accepts it and a changed body fails', async () => {
    const tenant = await seed.partner();
    const url = receiver.endpoint();
    const { id, secret } = await endpoint(tenant, ['CUSTOMER_CREATED'], url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const customer = await tenant.customer();

    const [webhook] = await arrivals(url, 1, 'the customer.created delivery');
    expect(verifyStandardWebhook(secret, webhook!)).toBe(true);
    const changed = { ...webhook!, body: webhook!.body.replace(customer.id, randomUUID()) };
    expect(verifyStandardWebhook(secret, changed)).toBe(false);
    expect(verifyStandardWebhook(`whsec_${Buffer.from(randomUUID()).toString('base64')}`, webhook!)).toBe(false);
    expect(JSON.parse(webhook!.body)).toEqual({
      type: 'customer.created',
      timestamp: expect.any(String) as unknown,
      data: expect.objectContaining({ customerId: customer.id, currency: 'GBP' }) as unknown,
    });
    expect(Math.abs(Number(webhook!.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    expect(webhook!.headers['content-type']).toBe('application/json');
    const log = await logWhen(tenant, id, (found) => found.deliveries.nodes[0]?.status === 'SUCCEEDED', 'success');
    expect(log.deliveries.nodes).toEqual([
      expect.objectContaining({
        messageId: webhook!.headers['webhook-id'],
        eventType: 'customer.created',
        payload: webhook!.body,
        attemptCount: 1,
        lastStatusCode: 204,
        replayOf: null,
      }),
    ]);
  });

  it('should retry a failed delivery until the receiver accepts it, logging each answer, and replay it on request', async () => {
    const tenant = await seed.partner();
    const url = receiver.endpoint([500, 503]);
    const { id, secret } = await endpoint(tenant, ['CUSTOMER_CREATED'], url);

    await tenant.customer();

    const tries = await arrivals(url, 3, 'two failures and a success');
    const log = await logWhen(tenant, id, (found) => found.deliveries.nodes[0]?.status === 'SUCCEEDED', 'success');
    const [delivery] = log.deliveries.nodes;
    expect(delivery).toMatchObject({ attemptCount: 3, lastStatusCode: 204, status: 'SUCCEEDED' });
    expect(delivery!.attempts.map((attempt) => [attempt.number, attempt.statusCode])).toEqual([
      [1, 500],
      [2, 503],
      [3, 204],
    ]);
    expect(delivery!.attempts[0]).toMatchObject({
      error: 'The endpoint answered HTTP 500.',
      responseExcerpt: 'answered 500',
    });
    expect(delivery!.attempts.every((attempt) => attempt.durationMs >= 0)).toBe(true);
    // Every retry is the same message: one webhook-id and one body, each signed afresh and valid.
    expect(new Set(tries.map((webhook) => webhook.headers['webhook-id']))).toEqual(new Set([delivery!.messageId]));
    expect(new Set(tries.map((webhook) => webhook.body)).size).toBe(1);
    expect(tries.every((webhook) => verifyStandardWebhook(secret, webhook))).toBe(true);

    const replayed = await query(tenant.owner.token, REPLAY, { input: { id: delivery!.id } });

    expect(replayed.webhookDeliveryReplay.userErrors).toEqual([]);
    expect(replayed.webhookDeliveryReplay.webhookDelivery).toMatchObject({
      messageId: delivery!.messageId,
      replayOf: delivery!.id,
      status: 'PENDING',
    });
    const [, , , replay] = await arrivals(url, 4, 'the replay');
    expect(replay!.headers['webhook-id']).toBe(delivery!.messageId);
    expect(replay!.body).toBe(tries[0]!.body);
    expect(verifyStandardWebhook(secret, replay!)).toBe(true);
    const after = await logWhen(
      tenant,
      id,
      (found) =>
        found.deliveries.nodes.every((node) => node.status === 'SUCCEEDED') && found.deliveries.totalCount === 2,
      'the replay to succeed',
    );
    expect(after.deliveries.nodes[0]).toMatchObject({ replayOf: delivery!.id, attemptCount: 1, lastStatusCode: 204 });
  });

  it('should deliver only the events an endpoint subscribes to, and only its own partner’s', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const created = receiver.endpoint();
    const suspended = receiver.endpoint();
    await endpoint(tenant, ['CUSTOMER_CREATED'], created);
    await endpoint(tenant, ['CUSTOMER_SUSPENDED', 'BALANCE_LOW'], suspended);

    await other.customer();
    const mine = await tenant.customer();

    const [webhook] = await arrivals(created, 1, 'the delivery of the partner’s own customer');
    expect((JSON.parse(webhook!.body) as { data: { customerId: string } }).data.customerId).toBe(mine.id);
    // Give a wrong delivery (the other partner's customer, an unsubscribed event) time to arrive too.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.at(created)).toHaveLength(1);
    expect(receiver.at(suspended)).toEqual([]);
  });

  it('should deliver each of the events one change published together to the endpoints that want them', async () => {
    const tenant = await seed.partner();
    const suspended = receiver.endpoint();
    const created = receiver.endpoint();
    await endpoint(tenant, ['CUSTOMER_SUSPENDED'], suspended);
    await endpoint(tenant, ['CUSTOMER_CREATED'], created);
    const ids = await bulkCustomers(tenant.partnerId, 6);

    // Six suspensions in one commit: the webhook consumer fetches them together.
    await startBulk(tenant.owner.token, { target: { customerIds: ids }, action: 'SUSPEND', reason: 'Unpaid' });

    const webhooks = await arrivals(suspended, 6, 'a delivery per customer suspended');
    const customers = webhooks.map((webhook) => (JSON.parse(webhook.body) as { data: { customerId: string } }).data);
    expect(customers.map((data) => data.customerId).sort()).toEqual([...ids].sort());
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.at(suspended)).toHaveLength(6);
    expect(receiver.at(created)).toEqual([]);
  });

  it('should make one delivery per endpoint however often the queue hands over the same event', async () => {
    const tenant = await seed.partner();
    const url = receiver.endpoint();
    const { id } = await endpoint(tenant, ['CUSTOMER_CREATED'], url);
    const customer = await tenant.customer();
    await arrivals(url, 1, 'the first delivery');

    // The same job again, as the queue would redeliver it after a worker died before completing it.
    const queue = await database('messaging');
    const copied = await queue.query<{ id: string }[]>(
      `INSERT INTO queue.job (name, data)
       SELECT name, data FROM queue.job
        WHERE name = 'messaging.webhooks.customer-created' AND data->'data'->>'customerId' = $1
       RETURNING id`,
      [customer.id],
    );
    expect(copied).toHaveLength(1);
    await eventually(async () => {
      const [job] = await queue.query<{ state: string }[]>(`SELECT state FROM queue.job WHERE id = $1`, [
        copied[0]!.id,
      ]);
      return job?.state === 'completed' ? true : null;
    }, 'the redelivered event to be handled');

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.at(url)).toHaveLength(1);
    expect((await deliveryLog(tenant, id)).deliveries.totalCount).toBe(1);
  });

  it('should give up after the last attempt, and disable an endpoint whose every attempt failed for a day, with a notice', async () => {
    const tenant = await seed.partner();
    const url = receiver.endpoint([], 500);
    const { id } = await endpoint(tenant, ['CUSTOMER_CREATED', 'CUSTOMER_UPDATED'], url);

    await tenant.customer();

    // 1 attempt and 3 retries in the tests' schedule, then failed for good; an hour of failing disables nothing.
    const failed = await logWhen(
      tenant,
      id,
      (log) => log.deliveries.nodes[0]?.status === 'FAILED',
      'the final failure',
    );
    expect(failed.deliveries.nodes[0]!.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 500, 500]);
    expect(receiver.at(url)).toHaveLength(4);
    expect(failed).toMatchObject({ status: 'ENABLED', failingSince: expect.any(String) as unknown });

    // As if every attempt had failed since yesterday.
    await (
      await database('messaging')
    ).query(
      `UPDATE messaging.webhook_endpoints SET failing_since = now() - interval '25 hours' WHERE partner_id = $1 AND id = $2`,
      [tenant.partnerId, id],
    );
    await tenant.customer();

    const disabled = await logWhen(tenant, id, (log) => log.status === 'DISABLED', 'the endpoint to be disabled');
    expect(disabled.disabledReason).toMatch(/failed for 24 hours/);
    const notice = await eventually(
      () => Promise.resolve(disabledNotices.find((event) => event.data.endpointId === id) ?? null),
      'the notice to the partner’s owners',
    );
    expect(notice.partnerId).toBe(tenant.partnerId);
    const attemptsWhenDisabled = receiver.at(url).length;

    await tenant.customer();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.at(url)).toHaveLength(attemptsWhenDisabled);
    const finished = await logWhen(
      tenant,
      id,
      (log) => log.deliveries.nodes.every((node) => node.status !== 'PENDING'),
      'the pending deliveries to stop',
    );
    expect(finished.deliveries.nodes.filter((node) => node.status === 'SUCCEEDED')).toEqual([]);

    const enabled = await query(tenant.owner.token, ENDPOINT_UPDATE, { input: { id, enabled: true } });
    expect(enabled.webhookEndpointUpdate.webhookEndpoint).toMatchObject({
      status: 'ENABLED',
      disabledReason: null,
      failingSince: null,
    });
  });

  it('should refuse plain http to another host, a malformed URL and no events; and delete an endpoint', async () => {
    const tenant = await seed.partner();
    const refusals = await Promise.all(
      [
        { url: 'http://partner.example/hooks', eventTypes: ['CUSTOMER_CREATED' as const] },
        { url: 'not a url', eventTypes: ['CUSTOMER_CREATED' as const] },
        { url: 'https://user:secret@partner.example/hooks', eventTypes: ['CUSTOMER_CREATED' as const] },
        { url: 'https://partner.example/hooks', eventTypes: [] },
      ].map((input) => query(tenant.owner.token, ENDPOINT_CREATE, { input })),
    );
    expect(
      refusals.map((result) => result.webhookEndpointCreate.userErrors.map((error) => [error.field, error.code])),
    ).toEqual([
      [[['input', 'url'], 'INVALID']],
      [[['input', 'url'], 'INVALID']],
      [[['input', 'url'], 'INVALID']],
      [[['input', 'eventTypes'], 'TOO_SHORT']],
    ]);
    const { id } = await endpoint(tenant, ['INVOICE_PAID'], 'https://partner.example/hooks');

    const deleted = await query(tenant.owner.token, ENDPOINT_DELETE, { input: { id } });

    expect(deleted.webhookEndpointDelete).toEqual({ deletedWebhookEndpointId: id, userErrors: [] });
    expect((await query(tenant.owner.token, DELIVERY_LOG, { id })).webhookEndpoint).toBeNull();
  });

  it('should keep webhooks from an operator who does not run the whole partner', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');

    const result = await execute(support.token, ENDPOINT_CREATE, {
      input: { url: 'https://partner.example/hooks', eventTypes: ['CUSTOMER_CREATED'] },
    });

    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
