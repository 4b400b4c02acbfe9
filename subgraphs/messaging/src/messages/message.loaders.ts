import {
  type Caller,
  type RequestContext,
  createConnectionLoader,
  createCountLoader,
  toConnection,
} from '@clientele/subgraph-kit';
import { type MessageService, messageOrder } from './message.service';
import { MessageConnection, type MessageFilter, toMessageType } from './message.type';

function filterKey(filter: MessageFilter): string {
  return JSON.stringify([[...(filter.channel ?? [])].sort(), [...(filter.status ?? [])].sort()]);
}

/**
 * Each customer's messages on a page of customers come from one statement per distinct set of
 * arguments and filter, and their `totalCount`s, when asked for, from one grouped statement.
 */
export function createMessageLoaders(service: MessageService, caller: Caller) {
  const loaderFor = (filter: MessageFilter) => {
    const counts = createCountLoader((customerIds) => service.countsFor(caller, customerIds, filter));
    return createConnectionLoader({
      order: messageOrder,
      fetchPages: (customerIds, seek) => service.pagesFor(caller, customerIds, seek, filter),
      // Pages are read per customer, so every message on one has a customer.
      ownerOf: (message) => message.customerId!,
      toResult: (page, customerId) =>
        toConnection(MessageConnection, page, toMessageType, () => counts.load(customerId)),
    });
  };
  const byFilter = new Map<string, ReturnType<typeof loaderFor>>();
  const messagesOfCustomer = (filter: MessageFilter = {}) => {
    const key = filterKey(filter);
    let loader = byFilter.get(key);
    if (!loader) {
      loader = loaderFor(filter);
      byFilter.set(key, loader);
    }
    return loader;
  };
  return { messagesOfCustomer };
}

export type MessageLoaders = ReturnType<typeof createMessageLoaders>;
export type MessagesContext = RequestContext<MessageLoaders>;
