import { randomUUID } from 'node:crypto';
import {
  EventBus,
  INVOICE_ISSUED,
  INVOICE_OVERDUE,
  INVOICE_PAID,
  INVOICE_VOIDED,
  type InvoiceEventData,
  createLogger,
} from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import type { WebhookEventType } from '../gql/graphql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type TenantSeed, seed } from '../support/seed';
import { type ReceivedWebhook, WebhookReceiver, verifyStandardWebhook } from './receiver';

const ENDPOINT_CREATE = graphql(`
  mutation InvoiceWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
        eventTypes
      }
      secret
      userErrors {
        code
        message
      }
    }
  }
`);

let receiver: WebhookReceiver;
let bus: EventBus;

beforeAll(async () => {
  receiver = await WebhookReceiver.start();
  bus = await EventBus.start({
    connectionString: testStack().databaseUrl,
    schema: 'queue',
    logger: createLogger('invoice-webhooks-test', 'silent'),
  });
});

afterAll(async () => {
  await bus.stop();
  await receiver.stop();
});

async function endpoint(tenant: TenantSeed, eventTypes: WebhookEventType[], url: string): Promise<string> {
  const data = await query(tenant.owner.token, ENDPOINT_CREATE, { input: { url, eventTypes } });
  const { webhookEndpoint, secret, userErrors } = data.webhookEndpointCreate;
  if (!webhookEndpoint || !secret) throw new Error(`webhookEndpointCreate refused: ${JSON.stringify(userErrors)}`);
  expect(webhookEndpoint.eventTypes).toEqual(eventTypes);
  return secret;
}

/** Publishes invoice events as billing will, through the kit's outbox, in one committed transaction. */
async function publish(partnerId: string, events: { type: string; data: InvoiceEventData }[]): Promise<void> {
  const messaging = await database('messaging');
  await messaging.transaction((manager) =>
    bus.publish(
      manager,
      events.map((event) => ({ ...event, partnerId })),
    ),
  );
}

function arrivals(url: string, count: number, what: string): Promise<ReceivedWebhook[]> {
  return eventually(() => Promise.resolve(receiver.at(url).length >= count ? receiver.at(url) : null), what, 20_000);
}

function invoice(customerId: string, status: InvoiceEventData['status']): InvoiceEventData {
  return {
    invoiceId: randomUUID(),
    customerId,
    number: `INV-${randomUUID().slice(0, 6)}`,
    status,
    currency: 'EUR',
    totalMinor: 4200,
    amountDueMinor: status === 'PAID' ? 0 : 4200,
    dueDate: '2027-02-01',
  };
}

describe('invoice webhooks', () => {
  it('should deliver invoice issued, overdue and paid, signed, only to the endpoints subscribed to each', async () => {
    const tenant = await seed.partner();
    const all = receiver.endpoint();
    const paidOnly = receiver.endpoint();
    const allSecret = await endpoint(tenant, ['INVOICE_ISSUED', 'INVOICE_OVERDUE', 'INVOICE_PAID'], all);
    const paidSecret = await endpoint(tenant, ['INVOICE_PAID'], paidOnly);
    const customerId = randomUUID();
    const issued = invoice(customerId, 'OPEN');
    const overdue = { ...issued, status: 'OVERDUE' as const, suspendCustomer: true };
    const paid = { ...issued, status: 'PAID' as const, amountDueMinor: 0 };

    await publish(tenant.partnerId, [
      { type: INVOICE_ISSUED, data: issued },
      { type: INVOICE_OVERDUE, data: overdue },
      { type: INVOICE_PAID, data: paid },
      // Not a webhook event type: no endpoint can ask for it, so none receives it.
      { type: INVOICE_VOIDED, data: { ...issued, status: 'VOID', reason: 'Issued in error' } },
    ]);

    const received = await arrivals(all, 3, 'the three invoice webhooks');
    const [onlyPaid] = await arrivals(paidOnly, 1, 'the paid webhook');
    for (const webhook of received) expect(verifyStandardWebhook(allSecret, webhook)).toBe(true);
    expect(verifyStandardWebhook(paidSecret, onlyPaid!)).toBe(true);
    const bodies = received.map((webhook) => JSON.parse(webhook.body) as { type: string; data: unknown });
    expect(bodies.map((body) => body.type).sort()).toEqual(['invoice.issued', 'invoice.overdue', 'invoice.paid']);
    expect(bodies.find((body) => body.type === 'invoice.overdue')!.data).toEqual(overdue);
    expect(bodies.find((body) => body.type === 'invoice.issued')!.data).toEqual(issued);
    expect(JSON.parse(onlyPaid!.body)).toEqual({
      type: 'invoice.paid',
      timestamp: expect.any(String) as unknown,
      data: paid,
    });

    // Nothing more arrives: the voided invoice and the other types stay away.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.at(all)).toHaveLength(3);
    expect(receiver.at(paidOnly)).toHaveLength(1);
  });

  it('should deliver an invoice event to no endpoint of another partner', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const theirs = receiver.endpoint();
    await endpoint(other, ['INVOICE_ISSUED'], theirs);
    const ours = receiver.endpoint();
    await endpoint(tenant, ['INVOICE_ISSUED'], ours);

    await publish(tenant.partnerId, [{ type: INVOICE_ISSUED, data: invoice(randomUUID(), 'OPEN') }]);

    await arrivals(ours, 1, 'our invoice webhook');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.at(theirs)).toEqual([]);
  });
});
