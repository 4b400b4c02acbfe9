import { type SubgraphConfig, dataSourceFor } from '@clientele/subgraph-kit';
import { billingSubgraph } from './subgraph';

export { billingSubgraph } from './subgraph';
export { LedgerService } from './ledger';
// The close guard and idempotency keys, built on their own by tests that check them below the API.
export { BillingAccountService, CLOSE_HOLD_MINUTES } from './billing-accounts';
export { FORGET_KEYS_QUEUE, IdempotencyService } from './credits';
export { EXPIRE_QUOTES_QUEUE } from './quotes';
export { seedBillingDemo } from './seed/demo.seed';

export function createBillingDataSource(config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>) {
  return dataSourceFor(billingSubgraph, config);
}
