import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import type { MessagingServices } from './services';

export function createMessagingLoaders(services: MessagingServices, caller: Caller) {
  return {
    directoryEntryByCustomerId: createKeyedLoader(
      (ids: readonly string[]) => services.directory.findVisible(caller, ids),
      (entry) => entry.customerId,
    ),
  };
}

export type MessagingLoaders = ReturnType<typeof createMessagingLoaders>;
export type MessagingContext = RequestContext<MessagingLoaders>;
