import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { requireAccessToken } from './auth';
import { config } from './config';
import { type GatewayContext, createGateway } from './gateway';
import { health } from './health';
// Only the HTTP helpers: the kit's index also loads the subgraphs' ORM and schema tooling.
import { requestTracing, stopOnSignals, traceOf } from '@clientele/subgraph-kit/src/http';
import { logger } from './logger';

/** Forwards /auth/* (sign-in and, later, refresh and sign-out) to the accounts subgraph. */
async function forwardToAccounts(req: Request, res: Response): Promise<void> {
  const response = await fetch(`${config.subgraphs.accounts}${req.originalUrl}`, {
    method: req.method,
    headers: {
      'content-type': req.header('content-type') ?? 'application/json',
      'x-request-id': traceOf(res).requestId,
      ...(req.header('cookie') ? { cookie: req.header('cookie')! } : {}),
      'x-forwarded-for': req.ip ?? '',
    },
    body: ['GET', 'HEAD'].includes(req.method) ? undefined : (req.body as Buffer),
    signal: AbortSignal.timeout(config.subgraphTimeoutMs),
  });
  for (const header of ['content-type', 'cache-control', 'retry-after']) {
    const value = response.headers.get(header);
    if (value) res.setHeader(header, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.status(response.status).send(Buffer.from(await response.arrayBuffer()));
}

async function main() {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const server = new ApolloServer<GatewayContext>({
    gateway: createGateway(),
    introspection: config.environment !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // stopOnSignals stops the server once; Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();

  app.use(requestTracing(logger));
  app.get('/health', (req, res, next) => {
    health(req, res).catch(next);
  });
  app.use('/auth', express.raw({ type: '*/*', limit: '64kb' }), (req, res, next) => {
    forwardToAccounts(req, res).catch(next);
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req, res }) => ({
        authorization: await requireAccessToken(req.header('authorization')),
        requestId: traceOf(res).requestId,
      }),
    }),
  );

  const adminWeb = resolve(config.adminWebDist ?? join(__dirname, '..', '..', 'admin-web', 'dist'));
  if (existsSync(join(adminWeb, 'index.html'))) {
    app.use(express.static(adminWeb, { index: false, maxAge: '1h' }));
    // Client-side routes (/customers, …) all load the app shell.
    app.get(/^\/(?!graphql|auth|health).*/, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(join(adminWeb, 'index.html'));
    });
  } else {
    logger.warn({ adminWeb }, 'admin app not built; run `pnpm --filter @clientele/admin-web build`');
  }

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const { requestId, log } = traceOf(res);
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
