import { DEMO, createTokenVerifier, runSubgraph } from '@clientele/subgraph-kit';
import { authRoutes } from './auth/auth.routes';
import { config } from './config';
import { createAccountsLoaders } from './context';
import { createAccountsDataSource } from './data-source';
import { buildAccountsSchema } from './schema';
import { seedAccountsDemo } from './seed/demo.seed';
import { createAccountsServices } from './services';

void runSubgraph({
  config,
  dataSource: createAccountsDataSource(config),
  createServices: createAccountsServices,
  prepare: (services) => services.tokens.loadKeys(),
  buildSchema: (services) => buildAccountsSchema(services),
  createLoaders: createAccountsLoaders,
  seedDemo: (services, { dataSource, logger }) =>
    seedAccountsDemo(dataSource, services.partners, { customers: DEMO.customerCount, logger }).then(() => undefined),
  verifyToken: (services) =>
    createTokenVerifier({
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      keys: services.tokens.resolveKey,
    }),
  routes: (services, app) => authRoutes(app, services),
}).catch(() => process.exit(1));
