import { defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import { ledgerModule } from '../ledger';
import { UsageRecords1766610003000 } from './migrations/1766610003000-usage-records';
import { UsageRecordEntity } from './usage-record.entity';
import { USAGE_ERRORS } from './usage.inputs';
import { UsageResolver } from './usage.resolver';
import { UsageService } from './usage.service';

/** Usage partner apps report: charged at once to PREPAID balances, invoiced to POSTPAID customers. */
export const usageModule = defineModule({
  name: 'usage',
  dependsOn: { accounts: billingAccountsModule, ledger: ledgerModule },
  entities: [UsageRecordEntity],
  migrations: [UsageRecords1766610003000],
  resolvers: [UsageResolver],
  errorCodes: USAGE_ERRORS,
  service: ({ dataSource }, { accounts, ledger }) => new UsageService(dataSource, accounts, ledger),
});
