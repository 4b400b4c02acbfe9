import { type SubgraphConfig, dataSourceFor } from '@clientele/subgraph-kit';
import { messagingSubgraph } from './subgraph';

export { messagingSubgraph } from './subgraph';
export { seedMessagingDemo } from './seed/demo.seed';

export function createMessagingDataSource(config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>) {
  return dataSourceFor(messagingSubgraph, config);
}
