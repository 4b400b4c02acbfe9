import { type SubgraphConfig, dataSourceFor } from '@clientele/subgraph-kit';
import { messagingSubgraph } from './subgraph';

export { messagingSubgraph } from './subgraph';
export { seedMessagingDemo } from './seed/demo.seed';
export { startMessageEnqueuer, type MessageEnqueuer, DELIVERY_QUEUES } from './messages';
export { twilioSignature } from './delivery';
export { smsLength } from './templates';

export function createMessagingDataSource(config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>) {
  return dataSourceFor(messagingSubgraph, config);
}
