import { type SubgraphConfig, createDataSource } from '@clientele/subgraph-kit';
import { BillingAccountEntity } from './accounts/billing-account.entity';
import { LedgerEntryEntity } from './ledger/ledger-entry.entity';
import { Initial1763700000000 } from './migrations/1763700000000-initial';

export function createBillingDataSource(config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>) {
  return createDataSource(config, {
    entities: [BillingAccountEntity, LedgerEntryEntity],
    migrations: [Initial1763700000000],
  });
}
