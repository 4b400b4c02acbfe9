import {
  type Caller,
  type ConnectionPageKey,
  type RequestContext,
  createConnectionLoader,
  createCountLoader,
  toConnection,
} from '@clientele/subgraph-kit';
import type DataLoader from 'dataloader';
import { ledgerFilterKey } from './ledger.inputs';
import { LedgerEntryConnection, toLedgerEntryType } from './ledger-entry.type';
import { type LedgerFilter, type LedgerService, ledgerOrder } from './ledger.service';

/**
 * Each customer's ledger page on a page of customers comes from one statement per distinct set
 * of arguments and filter, and their `totalCount`s, when asked for, from one grouped statement.
 */
export function createLedgerLoaders(service: LedgerService, caller: Caller) {
  const byFilter = new Map<string, DataLoader<ConnectionPageKey, LedgerEntryConnection, string>>();
  const counts = new Map<string, DataLoader<string, number>>();
  return {
    ledgerOfCustomer(filter: LedgerFilter): DataLoader<ConnectionPageKey, LedgerEntryConnection, string> {
      const key = ledgerFilterKey(filter);
      let loader = byFilter.get(key);
      if (!loader) {
        const count = createCountLoader((customerIds) => service.countsFor(caller, customerIds, filter));
        counts.set(key, count);
        loader = createConnectionLoader({
          order: ledgerOrder,
          fetchPages: (customerIds, seek) => service.pagesFor(caller, customerIds, filter, seek),
          ownerOf: (entry) => entry.customerId,
          toResult: (page, customerId) =>
            toConnection(LedgerEntryConnection, page, toLedgerEntryType, () => count.load(customerId)),
        });
        byFilter.set(key, loader);
      }
      return loader;
    },
  };
}

export type LedgerLoaders = ReturnType<typeof createLedgerLoaders>;
export type LedgerContext = RequestContext<LedgerLoaders>;
