import {
  type Caller,
  type RequestContext,
  createConnectionLoader,
  createCountLoader,
  toConnection,
} from '@clientele/subgraph-kit';
import { type MessageService, messageOrder } from './message.service';
import { MessageConnection, toMessageType } from './message.type';

/**
 * Each customer's messages on a page of customers come from one statement per distinct set of
 * arguments, and their `totalCount`s, when asked for, from one grouped statement.
 */
export function createMessageLoaders(service: MessageService, caller: Caller) {
  const messageCountByCustomerId = createCountLoader((customerIds) => service.countsFor(caller, customerIds));
  return {
    messageCountByCustomerId,
    messagesOfCustomer: createConnectionLoader({
      order: messageOrder,
      fetchPages: (customerIds, seek) => service.pagesFor(caller, customerIds, seek),
      ownerOf: (message) => message.customerId,
      toResult: (page, customerId) =>
        toConnection(MessageConnection, page, toMessageType, () => messageCountByCustomerId.load(customerId)),
    }),
  };
}

export type MessageLoaders = ReturnType<typeof createMessageLoaders>;
export type MessagesContext = RequestContext<MessageLoaders>;
