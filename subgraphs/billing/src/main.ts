import { DEMO, runSubgraph } from '@clientele/subgraph-kit';
import { config } from './config';
import { createBillingLoaders } from './context';
import { createBillingDataSource } from './data-source';
import { buildBillingSchema } from './schema';
import { seedBillingDemo } from './seed/demo.seed';
import { billingSubscriptions, createBillingServices } from './services';

void runSubgraph({
  config,
  dataSource: createBillingDataSource(config),
  createServices: createBillingServices,
  buildSchema: () => buildBillingSchema(),
  createLoaders: createBillingLoaders,
  subscriptions: billingSubscriptions,
  seedDemo: (_services, { dataSource, logger }) =>
    seedBillingDemo(dataSource, { customers: DEMO.customerCount, logger }).then(() => undefined),
}).catch(() => process.exit(1));
