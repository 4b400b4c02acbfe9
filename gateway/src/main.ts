import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { authenticate } from './auth';
import { config } from './config';
import { formatError } from './errors';
import { FILE_ROUTES, forwardDownload } from './files';
import { type GatewayContext, createGateway } from './gateway';
import { health } from './health';
import {
  announceListening,
  requestTracing,
  stopOnSignals,
  traceOf,
  withRequestScope,
} from '@clientele/subgraph-kit/http';
import { refuseOversizedDocument, shapeLimitRules } from './limits';
import { logger } from './logger';
import { queryBudgetPlugin } from './query-budget';
import { adminAppPolicy, securityHeaders } from './security-headers';

/** Forwards /auth/* (sign-in and, later, refresh and sign-out) to the accounts subgraph. */
async function forwardToAccounts(req: Request, res: Response): Promise<void> {
  const response = await fetch(`${config.subgraphs.accounts}${req.originalUrl}`, {
    method: req.method,
    headers: {
      'content-type': req.header('content-type') ?? 'application/json',
      'x-request-id': traceOf(res).requestId,
      ...(req.header('cookie') ? { cookie: req.header('cookie')! } : {}),
      // Ending a log-in-as session names it by its bearer token.
      ...(req.header('authorization') ? { authorization: req.header('authorization')! } : {}),
      'x-forwarded-for': req.ip ?? '',
    },
    body: ['GET', 'HEAD'].includes(req.method) ? undefined : (req.body as Buffer),
    signal: AbortSignal.timeout(config.subgraphTimeoutMs.accounts),
  });
  for (const header of ['content-type', 'cache-control', 'retry-after']) {
    const value = response.headers.get(header);
    if (value) res.setHeader(header, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.status(response.status).send(Buffer.from(await response.arrayBuffer()));
}

/** The operation text of a POST body or a GET query string. */
function documentOf(req: Request): unknown {
  const body = req.body as { query?: unknown } | undefined;
  return req.method === 'GET' ? req.query.query : body?.query;
}

/**
 * Apollo refuses batches too (`allowBatchedHttpRequests: false`), but only with "Operation
 * batching disabled."; this says what to do instead.
 */
function refuseBatch(req: Request): void {
  if (Array.isArray(req.body)) {
    throw new GraphQLError('Batched requests are not accepted: send one operation per request.', {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
}

/** Who is calling, once the request is known to be one operation of acceptable size. */
async function contextFor(req: Request, res: Response): Promise<GatewayContext> {
  // Cheap refusals first: authenticating may cost a network exchange (an API key's token).
  refuseBatch(req);
  refuseOversizedDocument(documentOf(req), config.limits.maxTokens);
  const { requestId } = traceOf(res);
  const caller = await authenticate(req.header('authorization'), requestId);
  return { ...caller, requestId };
}

async function main() {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are never revalidated by ETag; hashing every response body costs CPU for nothing.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const server = new ApolloServer<GatewayContext>({
    gateway: createGateway(),
    introspection: !config.production,
    // Apollo's own switch for "Did you mean …?": GraphQL Armor's block-field-suggestions is Envelop-only.
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: shapeLimitRules(config.limits),
    formatError,
    // stopOnSignals stops the server once; Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryBudgetPlugin({ maxCost: config.limits.maxCost, budgets: config.rateLimit }),
      // Nothing caches responses by hint; the gateway need not merge the subgraphs' hints on every request.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await server.start();

  app.use(requestTracing(logger));
  app.use(securityHeaders());
  app.get('/health', (req, res, next) => {
    health(req, res).catch(next);
  });
  app.use('/auth', express.raw({ type: '*/*', limit: '64kb' }), (req, res, next) => {
    forwardToAccounts(req, res).catch(next);
  });
  for (const [path, subgraph] of Object.entries(FILE_ROUTES)) {
    app.use(path, (req, res, next) => {
      forwardDownload(subgraph, req, res).catch(next);
    });
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    withRequestScope,
    expressMiddleware(server, { context: ({ req, res }) => contextFor(req, res) }),
  );

  const adminWeb = resolve(config.adminWebDist ?? join(__dirname, '..', '..', 'admin-web', 'dist'));
  if (existsSync(join(adminWeb, 'index.html'))) {
    const appPolicy = adminAppPolicy();
    app.use(appPolicy, express.static(adminWeb, { index: false, maxAge: '1h' }));
    // Client-side routes (/customers, …) all load the app shell.
    app.get(/^\/(?!graphql|auth|health|files).*/, appPolicy, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(join(adminWeb, 'index.html'));
    });
  } else {
    logger.warn({ adminWeb }, 'admin app not built; run `pnpm --filter @clientele/admin-web build`');
  }

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const { requestId, log } = traceOf(res);
    // The body parser's refusals (malformed JSON, too large) are the caller's to fix.
    const { status, expose, message } = err as { status?: number; expose?: boolean; message?: string };
    if (status && status >= 400 && status < 500 && !res.headersSent) {
      res.status(status).json({
        errors: [
          { message: expose && message ? message : 'Bad request.', extensions: { code: 'BAD_REQUEST', requestId } },
        ],
      });
      return;
    }
    log.error({ err }, 'unhandled error');
    if (!res.headersSent) {
      res.status(502).json({
        error: { code: 'UPSTREAM_UNAVAILABLE', message: 'A service is unavailable. Try again shortly.', requestId },
      });
    }
  });

  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolveListen);
  });
  announceListening(config.port);
  logger.info(
    { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/` },
    'gateway ready',
  );

  stopOnSignals(logger, () => server.stop());
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'gateway failed to start');
  process.exit(1);
});
