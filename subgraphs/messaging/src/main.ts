import { DEMO, runSubgraph } from '@clientele/subgraph-kit';
import { config } from './config';
import { createMessagingLoaders } from './context';
import { createMessagingDataSource } from './data-source';
import { buildMessagingSchema } from './schema';
import { seedMessagingDemo } from './seed/demo.seed';
import { createMessagingServices, messagingSubscriptions } from './services';

void runSubgraph({
  config,
  dataSource: createMessagingDataSource(config),
  createServices: createMessagingServices,
  buildSchema: (services) => buildMessagingSchema(services),
  createLoaders: createMessagingLoaders,
  subscriptions: messagingSubscriptions,
  seedDemo: (_services, { dataSource, logger }) =>
    seedMessagingDemo(dataSource, { customers: DEMO.customerCount, logger }).then(() => undefined),
}).catch(() => process.exit(1));
