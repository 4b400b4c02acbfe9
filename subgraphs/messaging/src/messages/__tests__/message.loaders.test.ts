import type { Caller, ConnectionArgs, KeysetSeek } from '@clientele/subgraph-kit';
import { MessageEntity } from '../message.entity';
import { createMessageLoaders } from '../message.loaders';
import type { MessageService } from '../message.service';

const PARTNER = '018f0000-0000-7000-8000-000000000001';
const customers = ['018f0000-0000-7000-8000-0000000000c1', '018f0000-0000-7000-8000-0000000000c2'];

const caller: Caller = {
  kind: 'operator',
  operatorId: '018f0000-0000-7000-8000-000000000021',
  partnerId: PARTNER,
  role: 'OWNER',
  resellerId: null,
  sessionId: '018f0000-0000-7000-8000-0000000000e1',
};

const base = Object.assign(new MessageEntity(), {
  partnerId: PARTNER,
  customerId: customers[0]!,
  channel: 'EMAIL' as const,
  recipient: 'billing@example.com',
  subject: 'Welcome',
  body: 'Your account is ready.',
  status: 'DELIVERED' as const,
});

/** Three messages for the first customer, none for the second, newest first. */
const messages = [3, 2, 1].map((n) =>
  Object.assign(new MessageEntity(), {
    ...base,
    id: `018f0000-0000-7000-8000-00000000010${n}`,
    createdAt: new Date(Date.UTC(2026, 10, n)),
  }),
);

function recordingService() {
  const pageCalls: { customerIds: readonly string[]; seek: KeysetSeek }[] = [];
  const countCalls: (readonly string[])[] = [];
  const service = {
    pagesFor: (_caller: Caller, customerIds: readonly string[], seek: KeysetSeek) => {
      pageCalls.push({ customerIds, seek });
      const limit = seek.limit + 1;
      return Promise.resolve(customerIds.flatMap((id) => messages.filter((m) => m.customerId === id).slice(0, limit)));
    },
    countsFor: (_caller: Caller, customerIds: readonly string[]) => {
      countCalls.push(customerIds);
      return Promise.resolve(new Map([[customers[0]!, messages.length]]));
    },
  };
  return { service: service as unknown as MessageService, pageCalls, countCalls };
}

describe('message loaders', () => {
  const args: ConnectionArgs = { first: 2 };

  it('should fetch a page of customers’ messages in one call when each customer asks with the same arguments', async () => {
    const { service, pageCalls } = recordingService();
    const loaders = createMessageLoaders(service, caller);

    const [withMessages, without] = await Promise.all(
      customers.map((ownerId) => loaders.messagesOfCustomer().load({ ownerId, args })),
    );

    expect(pageCalls.map((call) => call.customerIds)).toEqual([customers]);
    expect(pageCalls[0]!.seek).toMatchObject({ limit: 2, backward: false, cursor: null });
    expect(withMessages!.nodes.map((node) => node.id)).toEqual([messages[0]!.id, messages[1]!.id]);
    expect(withMessages!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(without!.nodes).toEqual([]);
  });

  it('should count every customer of the page in one call when totalCount is asked for each', async () => {
    const { service, countCalls } = recordingService();
    const loaders = createMessageLoaders(service, caller);
    const connections = await Promise.all(
      customers.map((ownerId) => loaders.messagesOfCustomer().load({ ownerId, args })),
    );

    const counts = await Promise.all(connections.map((connection) => connection.totalCount()));

    expect(counts).toEqual([3, 0]);
    expect(countCalls).toEqual([customers]);
  });

  it('should not count when no one asks for totalCount', async () => {
    const { service, countCalls } = recordingService();
    const loaders = createMessageLoaders(service, caller);

    await Promise.all(customers.map((ownerId) => loaders.messagesOfCustomer().load({ ownerId, args })));

    expect(countCalls).toEqual([]);
  });

  it('should map rows to the public Message type when it builds the page', async () => {
    const { service } = recordingService();
    const loaders = createMessageLoaders(service, caller);

    const connection = await loaders.messagesOfCustomer().load({ ownerId: customers[0]!, args: { first: 1 } });

    expect(connection.nodes).toEqual([
      expect.objectContaining({ id: messages[0]!.id, channel: 'EMAIL', createdAt: messages[0]!.createdAt }),
    ]);
    expect(connection.nodes[0]).not.toHaveProperty('partnerId');
  });
});
