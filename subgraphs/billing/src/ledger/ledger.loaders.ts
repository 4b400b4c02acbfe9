import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import type { LedgerService } from './ledger.service';

export function createLedgerLoaders(service: LedgerService, caller: Caller) {
  return {
    balanceByCustomerId: createKeyedLoader(
      (ids: readonly string[]) => service.balances(caller, ids),
      (row) => row.customerId,
    ),
  };
}

export type LedgerLoaders = ReturnType<typeof createLedgerLoaders>;
export type LedgerContext = RequestContext<LedgerLoaders>;
