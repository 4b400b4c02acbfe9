export { buildBillingSchema } from './schema';
export { createBillingDataSource } from './data-source';
export { seedBillingDemo } from './seed/demo.seed';
export { LedgerService } from './ledger/ledger.service';
