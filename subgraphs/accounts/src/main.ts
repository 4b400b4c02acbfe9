import { DEMO, createTokenVerifier, runSubgraph } from '@clientele/subgraph-kit';
import { authRoutes } from './auth/auth.routes';
import { config } from './config';
import { createAccountsLoaders } from './context';
import { createAccountsDataSource } from './data-source';
import { PartnerProvisioner } from './partners/partner.provisioner';
import { buildAccountsSchema } from './schema';
import { seedAccountsDemo } from './seed/demo.seed';
import { createAccountsServices } from './services';

void runSubgraph({
  config,
  dataSource: createAccountsDataSource(config),
  createServices: (runtime) => createAccountsServices(runtime, { publicUrl: config.publicUrl }),
  prepare: async (services, { logger }) => {
    await services.tokens.loadKeys();
    services.impersonation.startSweeping(logger);
  },
  buildSchema: (services) => buildAccountsSchema(services),
  createLoaders: createAccountsLoaders,
  subscriptions: (services) => [services.audit.subscription()],
  seedDemo: (_services, { dataSource, logger }) =>
    seedAccountsDemo(dataSource, new PartnerProvisioner(dataSource), { customers: DEMO.customerCount, logger }).then(
      () => undefined,
    ),
  // Accounts issues tokens and owns sessions: it checks both without a network hop.
  verifyToken: (services) =>
    createTokenVerifier({
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      keys: services.tokens.resolveKey,
      sessionCheck: (caller) => services.sessions.isLive(caller),
    }),
  auditSink: (services) => services.audit.sink,
  routes: (services, app) =>
    authRoutes(app, {
      auth: services.auth,
      impersonation: services.impersonation,
      verifyWithoutSession: createTokenVerifier({
        issuer: config.auth.issuer,
        audience: config.auth.audience,
        keys: services.tokens.resolveKey,
      }),
      jwks: () => services.tokens.jwks,
      secureCookies: config.secureCookies,
    }),
}).catch(() => process.exit(1));
