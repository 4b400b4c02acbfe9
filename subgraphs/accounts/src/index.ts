import { type SubgraphConfig, dataSourceFor } from '@clientele/subgraph-kit';
import { accountsSubgraph } from './subgraph';

export { accountsSubgraph } from './subgraph';
export { PartnerProvisioner } from './onboarding';
export { PlatformStaffService } from './platform';
export {
  DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY,
  SigningKeyCipher,
  TokenService,
  parseEncryptionKey,
} from './credentials';
export { seedAccountsDemo } from './seed/demo.seed';
export { EXPIRE_CUSTOMER_EXPORTS_QUEUE } from './customer-export';

/** A data source over the accounts schema, for the demo seed, operations scripts and the test harness. */
export function createAccountsDataSource(config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>) {
  return dataSourceFor(accountsSubgraph, config);
}
