import { newId } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const CUSTOMER_MESSAGES = graphql(`
  query CustomerMessages($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      messages(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          channel
          recipient
          subject
          body
          status
          createdAt
        }
      }
    }
  }
`);

interface SeededMessage {
  id: string;
  channel: 'EMAIL' | 'SMS';
  recipient: string;
  subject: string | null;
  body: string;
  status: 'QUEUED' | 'SENT' | 'DELIVERED' | 'FAILED';
  createdAt: string;
}

/** Messages have no API that sends them yet: they are written where messaging keeps them. */
async function insertMessages(partnerId: string, customerId: string, messages: SeededMessage[]): Promise<void> {
  const messaging = await database('messaging');
  for (const message of messages) {
    await messaging.query(
      `INSERT INTO messaging.messages (partner_id, id, customer_id, channel, recipient, subject, body, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        partnerId,
        message.id,
        customerId,
        message.channel,
        message.recipient,
        message.subject,
        message.body,
        message.status,
        message.createdAt,
      ],
    );
  }
}

describe('a customer’s messages', () => {
  it('should list the customer’s own messages with every field, newest first, a page at a time', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const neighbour = await tenant.customer();
    const messages: SeededMessage[] = [
      {
        id: newId(),
        channel: 'EMAIL',
        recipient: 'ada@customer.test',
        subject: 'Your invoice is ready',
        body: 'Invoice 7 is attached.',
        status: 'DELIVERED',
        createdAt: '2026-03-01T09:00:00.000Z',
      },
      {
        id: newId(),
        channel: 'SMS',
        recipient: '+441632960001',
        subject: null,
        body: 'Your balance is low.',
        status: 'SENT',
        createdAt: '2026-03-02T09:00:00.000Z',
      },
      {
        id: newId(),
        channel: 'EMAIL',
        recipient: 'ada@customer.test',
        subject: 'Payment failed',
        body: 'We could not take your payment.',
        status: 'FAILED',
        createdAt: '2026-03-03T09:00:00.000Z',
      },
    ];
    await insertMessages(tenant.partnerId, customer.id, messages);
    await insertMessages(tenant.partnerId, neighbour.id, [
      { ...messages[0]!, id: newId(), body: 'For the neighbour', createdAt: '2026-03-04T09:00:00.000Z' },
    ]);

    const firstPage = await query(tenant.owner.token, CUSTOMER_MESSAGES, { id: customer.id, first: 2 });
    const secondPage = await query(tenant.owner.token, CUSTOMER_MESSAGES, {
      id: customer.id,
      first: 2,
      after: firstPage.customer!.messages!.pageInfo.endCursor,
    });

    const newestFirst = [...messages].reverse();
    expect(firstPage.customer!.messages).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(firstPage.customer!.messages!.nodes).toEqual(newestFirst.slice(0, 2));
    expect(secondPage.customer!.messages).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(secondPage.customer!.messages!.nodes).toEqual(newestFirst.slice(2));
  });
});
