import { type SubgraphConfig, dataSourceFor } from '@clientele/subgraph-kit';
import { billingSubgraph } from './subgraph';

export { billingSubgraph } from './subgraph';
export { LedgerService } from './ledger';
export { seedBillingDemo } from './seed/demo.seed';

export function createBillingDataSource(config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>) {
  return dataSourceFor(billingSubgraph, config);
}
