import {
  type Caller,
  type ConnectionPageKey,
  type RequestContext,
  createConnectionLoader,
  createCountLoader,
  toConnection,
} from '@clientele/subgraph-kit';
import type DataLoader from 'dataloader';
import type { QuoteStatus } from './quote.entity';
import { type QuoteService, quoteOrder } from './quote.service';
import { QuoteConnection, toQuoteType } from './quote.type';

/** Each customer's page of quotes on a page of customers comes from one statement per distinct arguments. */
export function createQuoteLoaders(service: QuoteService, caller: Caller) {
  const byStatuses = new Map<string, DataLoader<ConnectionPageKey, QuoteConnection, string>>();
  return {
    quotesOfCustomer(statuses: QuoteStatus[] | null): DataLoader<ConnectionPageKey, QuoteConnection, string> {
      const key = JSON.stringify(statuses ? [...statuses].sort() : null);
      let loader = byStatuses.get(key);
      if (!loader) {
        const count = createCountLoader((customerIds) => service.countsFor(caller, customerIds, statuses));
        loader = createConnectionLoader({
          order: quoteOrder,
          fetchPages: (customerIds, seek) => service.pagesFor(caller, customerIds, statuses, seek),
          ownerOf: (quote) => quote.customerId,
          toResult: (page, customerId) => toConnection(QuoteConnection, page, toQuoteType, () => count.load(customerId)),
        });
        byStatuses.set(key, loader);
      }
      return loader;
    },
  };
}

export type QuoteLoaders = ReturnType<typeof createQuoteLoaders>;
export type QuoteContext = RequestContext<QuoteLoaders>;
