export { ledgerModule } from './ledger.module';
export type { LedgerLoaders } from './ledger.loaders';
export { LedgerEntryType, toLedgerEntryType } from './ledger-entry.type';
export type { LedgerEntryKind } from './ledger-entry.entity';
// A class, not only a type: test and bench seeding record entries with it.
export { type EntryDraft, type LedgerEntry, type LedgerEntryRequest, LedgerService } from './ledger.service';
