import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { DataSource } from 'typeorm';
import { type AuditSink, impersonationAudit } from './audit';
import type { TokenVerifier } from './auth';
import type { Caller } from './contracts/callers';
import type { SubgraphConfig } from './config';
import type { RequestContext } from './context';
import { formatError, unexpectedErrorLogging } from './errors';
import type { EventBus } from './events';
import { type InternalRoute, mountInternalRoutes } from './internal-calls';
import { announceListening, jsonErrors, requestTracing, traceOf, withRequestScope } from './http/tracing';
import type { Logger } from './http/logger';

export interface SubgraphServerOptions<TLoaders> {
  config: SubgraphConfig;
  logger: Logger;
  schema: GraphQLSchema;
  dataSource: DataSource;
  events: EventBus;
  verifyToken: TokenVerifier;
  createLoaders(caller: Caller): TLoaders;
  auditSink: AuditSink;
  /** Routes besides /graphql and /health, e.g. the accounts subgraph's sign-in. */
  routes?(app: Express, http: RouteHelpers): void;
  /** Questions other subgraphs ask this one inside their commands; see `mountInternalRoutes`. */
  internalRoutes?: readonly InternalRoute[];
}

/** What a module's own HTTP routes need to serve a signed-in caller as GraphQL would. */
export interface RouteHelpers {
  /**
   * The request's context for the caller its bearer token names, verified as for GraphQL (session
   * still live included); throws `AuthenticationError` without a valid one.
   */
  authenticate(req: Request, res: Response): Promise<RequestContext>;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * In production nobody reads a subgraph's SDL: the gateway loads the checked-in supergraph and
 * never introspects. `_service` is refused as if it did not exist, whoever the caller.
 */
const refuseServiceSdl: ValidationRule = (context) => ({
  Field(node) {
    const parent = context.getParentType();
    if (node.name.value !== '_service' || !parent || parent !== context.getSchema().getQueryType()) return;
    context.reportError(new GraphQLError(`Cannot query field "_service" on type "${parent.name}".`, { nodes: node }));
  },
});

/**
 * Serves a subgraph. Every GraphQL request must carry a token the subgraph verifies itself:
 * a direct call that skips the gateway gets no further than one that goes through it.
 */
export async function startSubgraphServer<TLoaders>(options: SubgraphServerOptions<TLoaders>): Promise<RunningServer> {
  const { config, logger, dataSource } = options;
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are never revalidated by ETag; hashing every response body costs CPU for nothing.
  app.set('etag', false);
  // The gateway, on this host, passes on the client's address in X-Forwarded-For.
  app.set('trust proxy', 'loopback');
  app.use(requestTracing(logger));
  const httpServer = createServer(app);

  const production = config.environment === 'production';
  const apollo = new ApolloServer<RequestContext<TLoaders>>({
    schema: options.schema,
    formatError,
    introspection: !production,
    // No "Did you mean …?" in production: the schema's shape is not told field by field.
    hideSchemaDetailsFromClientErrors: production,
    validationRules: production ? [refuseServiceSdl] : [],
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Signals are handled once, by stopOnSignals, which also closes the queue and the pool.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      unexpectedErrorLogging(logger),
      impersonationAudit(options.auditSink),
      // Per-field timings are for Apollo's hosted tracing, which we do not use; they stay private.
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing caches GraphQL responses by hint, and the hints cost a hook on every field of every row.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    dataSource.query('SELECT 1').then(
      () => res.json({ status: 'ok', service: config.service }),
      (err: unknown) => {
        logger.warn({ err }, 'health check failed');
        res.status(503).json({ status: 'unavailable', service: config.service, reason: 'database unreachable' });
      },
    );
  });
  const createContext = (req: Request, res: Response, caller: Caller): RequestContext<TLoaders> => {
    const { requestId, log } = traceOf(res);
    const context: RequestContext<TLoaders> = {
      requestId,
      caller,
      authorization: req.header('authorization'),
      logger: log,
      loaders: options.createLoaders(caller),
      audit: (record, transaction) => options.auditSink(context, record, transaction),
    };
    return context;
  };

  options.routes?.(app, {
    authenticate: async (req, res) => createContext(req, res, await options.verifyToken(req.header('authorization'))),
  });
  mountInternalRoutes(app, options.internalRoutes ?? [], {
    service: config.service,
    serviceKey: config.serviceKey,
    verifyToken: options.verifyToken,
    createContext,
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    withRequestScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(req, res, await options.verifyToken(req.header('authorization'))),
    }),
  );

  app.use(jsonErrors(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${config.host}:${address.port}/graphql`;
  announceListening(address.port);
  logger.info({ url }, `${config.service} subgraph ready`);

  return {
    url,
    async stop() {
      await apollo.stop();
      await options.events.stop();
      await dataSource.destroy();
    },
  };
}
