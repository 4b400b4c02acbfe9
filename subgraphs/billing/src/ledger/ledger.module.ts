import { defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import { CustomerBalanceResolver } from './customer-balance.resolver';
import { LedgerEntryEntity } from './ledger-entry.entity';
import { createLedgerLoaders } from './ledger.loaders';
import { LedgerService } from './ledger.service';

/** The credit ledger: append-only entries per billing account, and the balance summed from them. */
export const ledgerModule = defineModule({
  name: 'ledger',
  dependsOn: { accounts: billingAccountsModule },
  entities: [LedgerEntryEntity],
  resolvers: [CustomerBalanceResolver],
  service: ({ dataSource }, { accounts }) => new LedgerService(dataSource, accounts),
  loaders: createLedgerLoaders,
});
