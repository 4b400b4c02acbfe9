import { defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import { CustomerLedgerResolver } from './customer-ledger.resolver';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { createLedgerLoaders } from './ledger.loaders';
import { LedgerService } from './ledger.service';
import { KeptBalanceChain1765200001000 } from './migrations/1765200001000-kept-balance-chain';

/**
 * The credit ledger: append-only entries per billing account, each written with the account's
 * kept balance and announced as `balance.changed` in one transaction.
 */
export const ledgerModule = defineModule({
  name: 'ledger',
  dependsOn: { accounts: billingAccountsModule },
  entities: [LedgerEntryEntity],
  migrations: [KeptBalanceChain1765200001000],
  resolvers: [CustomerLedgerResolver],
  service: ({ dataSource, events }, { accounts }) => new LedgerService(dataSource, accounts, events),
  loaders: createLedgerLoaders,
});
