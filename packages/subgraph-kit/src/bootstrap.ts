import { eventAuditSink } from './audit';
import { createTokenVerifier, remoteSessionCheck } from './auth';
import type { SubgraphConfig } from './config';
import { initializeDatabase } from './database';
import { EventBus } from './events';
import { createLogger } from './http/logger';
import { stopOnSignals } from './http/tracing';
import { type AnySubgraphModule, type SubgraphRuntime, createModuleServices } from './module';
import { ServiceClient } from './internal-calls';
import { type RunningServer, startSubgraphServer } from './server';
import { type Subgraph, buildSchemaOf, createRequestLoaders, dataSourceFor } from './subgraph';

/** The one module that provides a hook, if any; two would be ambiguous. */
function soleProvider(subgraph: Subgraph, hook: 'verifyToken' | 'auditSink'): AnySubgraphModule | undefined {
  const providers = subgraph.ordered.filter((module) => Object.hasOwn(module, hook));
  if (providers.length > 1) {
    throw new Error(`Modules ${providers.map((module) => module.name).join(' and ')} both provide ${hook}`);
  }
  return providers[0];
}

/** Boots a subgraph: migrate, start the queue, build its modules, seed if asked, serve, and stop cleanly on a signal. */
export async function runSubgraph(subgraph: Subgraph, config: SubgraphConfig): Promise<RunningServer> {
  const logger = createLogger(config.service, config.logLevel);
  try {
    const dataSource = dataSourceFor(subgraph, config, config.logSql ? logger : undefined);
    await initializeDatabase(dataSource, config.databaseSchema);
    const events = await EventBus.start({
      connectionString: config.databaseUrl,
      schema: config.queueSchema,
      logger,
      service: config.service,
    });
    const serviceClient = new ServiceClient({
      service: config.service,
      urls: config.services,
      serviceKey: config.serviceKey,
    });
    const runtime: SubgraphRuntime = { config, logger, dataSource, events, services: serviceClient };
    const services = createModuleServices(subgraph.ordered, runtime);
    for (const module of subgraph.ordered) await module.prepare?.(services.get(module), runtime);
    for (const module of subgraph.ordered) {
      for (const subscription of module.subscriptions?.(services.get(module)) ?? []) {
        await events.subscribe(subscription);
      }
    }
    if (config.seedDemo && subgraph.seedDemo) await subgraph.seedDemo(runtime);

    const tokenIssuer = soleProvider(subgraph, 'verifyToken');
    const auditKeeper = soleProvider(subgraph, 'auditSink');
    const server = await startSubgraphServer({
      config,
      logger,
      dataSource,
      events,
      schema: await buildSchemaOf(subgraph, services),
      verifyToken:
        tokenIssuer?.verifyToken?.(services.get(tokenIssuer)) ??
        createTokenVerifier({
          issuer: config.auth.issuer,
          audience: config.auth.audience,
          keys: config.auth.jwksUrl,
          sessionCheck: remoteSessionCheck(config.auth.sessionStatusUrl),
        }),
      auditSink:
        auditKeeper?.auditSink?.(services.get(auditKeeper), runtime) ?? eventAuditSink(events, dataSource.manager),
      createLoaders: (caller) => createRequestLoaders(subgraph, services, caller),
      routes: (app, http) => {
        for (const module of subgraph.ordered) module.routes?.(services.get(module), app, http);
      },
      internalRoutes: subgraph.ordered.flatMap((module) => module.internalRoutes?.(services.get(module)) ?? []),
    });
    stopOnSignals(logger, () => server.stop());
    return server;
  } catch (err) {
    logger.fatal({ err }, `${config.service} failed to start`);
    throw err;
  }
}
