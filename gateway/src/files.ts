import { Readable } from 'node:stream';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { traceOf } from '@clientele/subgraph-kit/http';
import { authenticate } from './auth';
import { config } from './config';

/** The subgraphs that serve files, each under `/files/<subgraph>/`; the path goes through unchanged. */
export const FILE_ROUTES = ['/files/billing', '/files/accounts'] as const;

const PASSED_BACK = [
  'content-type',
  'content-disposition',
  'content-length',
  'cache-control',
  'x-content-type-options',
];

/**
 * Passes a download through to the subgraph that owns the file, streamed both ways. Only GET and
 * HEAD, and only with a bearer credential (an access token or an API key, exchanged as for
 * GraphQL): browsers never attach one by themselves, so another site cannot make someone's
 * browser download a file, and no cookie is read here. The subgraph verifies the token again and
 * scopes the file to the caller's partner.
 */
export async function forwardDownload(req: Request, res: Response): Promise<void> {
  const { requestId } = traceOf(res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    res
      .status(405)
      .json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Files are downloaded with GET.', requestId } });
    return;
  }
  let authorization: string;
  try {
    ({ authorization } = await authenticate(req.header('authorization'), requestId));
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: error.message, requestId } });
      return;
    }
    throw error;
  }
  // `/files/<subgraph>/…` is served by that subgraph.
  const owner = req.originalUrl.startsWith('/files/accounts/') ? 'accounts' : 'billing';
  const upstream = await fetch(`${config.subgraphs[owner]}${req.originalUrl}`, {
    method: req.method,
    headers: { authorization, 'x-request-id': requestId, 'x-forwarded-for': req.ip ?? '' },
    signal: AbortSignal.timeout(config.subgraphTimeoutMs[owner]),
  });
  res.status(upstream.status);
  for (const header of PASSED_BACK) {
    const value = upstream.headers.get(header);
    if (value) res.setHeader(header, value);
  }
  if (!upstream.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  const body = Readable.fromWeb(upstream.body);
  // A client that goes away stops the transfer from the subgraph too.
  res.on('close', () => body.destroy());
  body.on('error', () => res.destroy());
  body.pipe(res);
}
