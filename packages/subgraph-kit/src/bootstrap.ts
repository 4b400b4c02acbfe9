import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { type AuditSink, eventAuditSink } from './audit';
import { type TokenVerifier, createTokenVerifier, remoteSessionCheck } from './auth';
import type { Caller } from './contracts/callers';
import type { SubgraphConfig } from './config';
import { initializeDatabase } from './database';
import { EventBus, type EventSubscription } from './events';
import { stopOnSignals } from './http/tracing';
import { createLogger, type Logger } from './http/logger';
import { type RunningServer, startSubgraphServer } from './server';

export interface SubgraphRuntime {
  config: SubgraphConfig;
  logger: Logger;
  dataSource: DataSource;
  events: EventBus;
}

/** Everything that makes one subgraph differ from another; `runSubgraph` does the rest. */
export interface SubgraphDefinition<TServices, TLoaders> {
  config: SubgraphConfig;
  dataSource: DataSource;
  createServices(runtime: SubgraphRuntime): TServices;
  /** Work the services need before the first request, e.g. loading signing keys. */
  prepare?(services: TServices, runtime: SubgraphRuntime): Promise<void>;
  buildSchema(services: TServices): Promise<GraphQLSchema>;
  createLoaders(services: TServices, caller: Caller): TLoaders;
  subscriptions?(services: TServices): EventSubscription<unknown>[];
  /** Seeds demo data into this subgraph's own tables when they are empty. */
  seedDemo?(services: TServices, runtime: SubgraphRuntime): Promise<void>;
  /** The accounts subgraph issues tokens and so verifies them with its own keys. */
  verifyToken?(services: TServices): TokenVerifier;
  routes?(services: TServices, app: Express): void;
  /** The accounts subgraph owns the audit log and writes to it directly; others send events. */
  auditSink?(services: TServices, runtime: SubgraphRuntime): AuditSink;
}

/** Boots a subgraph: migrate, start the queue, seed if asked, serve, and stop cleanly on a signal. */
export async function runSubgraph<TServices, TLoaders>(
  definition: SubgraphDefinition<TServices, TLoaders>,
): Promise<RunningServer> {
  const { config, dataSource } = definition;
  const logger = createLogger(config.service, config.logLevel);
  try {
    await initializeDatabase(dataSource, config.databaseSchema);
    const events = await EventBus.start({ connectionString: config.databaseUrl, schema: config.queueSchema, logger });
    const runtime: SubgraphRuntime = { config, logger, dataSource, events };
    const services = definition.createServices(runtime);
    await definition.prepare?.(services, runtime);
    for (const subscription of definition.subscriptions?.(services) ?? []) {
      await events.subscribe(subscription);
    }
    if (config.seedDemo && definition.seedDemo) await definition.seedDemo(services, runtime);

    const server = await startSubgraphServer({
      config,
      logger,
      dataSource,
      events,
      schema: await definition.buildSchema(services),
      verifyToken:
        definition.verifyToken?.(services) ??
        createTokenVerifier({
          issuer: config.auth.issuer,
          audience: config.auth.audience,
          keys: config.auth.jwksUrl,
          sessionCheck: remoteSessionCheck(config.auth.sessionStatusUrl),
        }),
      auditSink: definition.auditSink?.(services, runtime) ?? eventAuditSink(events, dataSource.manager),
      createLoaders: (caller) => definition.createLoaders(services, caller),
      routes: definition.routes ? (app) => definition.routes!(services, app) : undefined,
    });
    stopOnSignals(logger, () => server.stop());
    return server;
  } catch (err) {
    logger.fatal({ err }, `${config.service} failed to start`);
    throw err;
  }
}
