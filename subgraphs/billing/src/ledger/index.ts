export { ledgerModule } from './ledger.module';
export type { LedgerLoaders } from './ledger.loaders';
// A class, not only a type: test and bench seeding record entries with it.
export { type BalanceRow, type LedgerEntryRequest, LedgerService } from './ledger.service';
