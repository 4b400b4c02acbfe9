import { timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import type { TokenVerifier } from './auth';
import { REQUEST_ID_HEADER } from './contracts/errors';
import { can, type Permission } from './contracts/permissions';
import type { RequestContext } from './context';
import { withRequestScope, traceOf, currentTrace } from './http/tracing';

/** The subgraphs one may call; each serves its internal routes under `/internal/<name>/`. */
export const SERVICE_NAMES = ['accounts', 'billing', 'messaging'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The header that proves a call comes from one of our own services. */
export const SERVICE_KEY_HEADER = 'x-service-key';

/**
 * A synchronous question one subgraph asks another inside a command, e.g. "may this customer be
 * closed?". It runs as the original caller, whose token travels with the call, so the callee
 * scopes it to that caller's partner exactly as it would a GraphQL request.
 */
export interface InternalRoute<TInput = unknown, TOutput = unknown> {
  /** Below `/internal/<service>/`, e.g. `close-guard/hold`. */
  path: string;
  /** What the original caller must be allowed to do for the call to run. */
  permission: Permission;
  input: z.ZodType<TInput>;
  handle(context: RequestContext, input: TInput): Promise<TOutput>;
}

/** Types a route's handler from its input schema, then lets it sit in one list with others. */
export function defineInternalRoute<TInput, TOutput>(
  route: InternalRoute<TInput, TOutput>,
): InternalRoute<unknown, unknown> {
  return route;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface InternalRouteOptions {
  service: string;
  serviceKey: string;
  verifyToken: TokenVerifier;
  /** The request context a handler gets, as GraphQL resolvers get it. */
  createContext(req: Request, res: Response, caller: RequestContext['caller']): RequestContext;
}

/**
 * Mounts each route at `POST /internal/<service>/<path>`. A call needs both our service key and
 * a caller's valid token: the key keeps partner apps out (they hold tokens, never the key), the
 * token keeps one service from acting for a partner no caller asked about.
 */
export function mountInternalRoutes(app: Express, routes: readonly InternalRoute[], options: InternalRouteOptions) {
  if (routes.length === 0) return;
  const seen = new Set<string>();
  for (const route of routes) {
    if (seen.has(route.path)) throw new Error(`Two internal routes at ${route.path}`);
    seen.add(route.path);
    app.post(
      `/internal/${options.service}/${route.path}`,
      express.json({ limit: '5mb' }),
      withRequestScope,
      async (req, res, next) => {
        try {
          if (!sameSecret(req.header(SERVICE_KEY_HEADER), options.serviceKey)) {
            res
              .status(401)
              .json({ error: { code: 'UNAUTHENTICATED', message: 'Not a call from a Clientele service.' } });
            return;
          }
          let caller: RequestContext['caller'];
          try {
            caller = await options.verifyToken(req.header('authorization'));
          } catch (err) {
            res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: (err as Error).message } });
            return;
          }
          if (!can(caller, route.permission)) {
            res.status(403).json({ error: { code: 'FORBIDDEN', message: `Needs ${route.permission}.` } });
            return;
          }
          const input = route.input.safeParse(req.body);
          if (!input.success) {
            res.status(400).json({ error: { code: 'BAD_REQUEST', message: z.prettifyError(input.error) } });
            return;
          }
          const context = options.createContext(req, res, caller);
          res.json(await route.handle(context, input.data));
        } catch (err) {
          traceOf(res).log.error({ err, path: route.path }, 'internal route failed');
          next(err);
        }
      },
    );
  }
}

/** A service call that did not get a 2xx answer in time; the command that made it should fail whole. */
export class ServiceCallError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ServiceCallError';
  }
}

export interface ServiceClientOptions {
  /** Base URL of each subgraph, e.g. `http://127.0.0.1:4002`. */
  urls: Record<ServiceName, string>;
  serviceKey: string;
  timeoutMs?: number;
}

/** Calls another subgraph's internal routes as the caller of the current request. */
export class ServiceClient {
  constructor(private readonly options: ServiceClientOptions) {}

  async call<TOutput>(
    service: ServiceName,
    path: string,
    input: unknown,
    context: { authorization?: string; requestId?: string },
  ): Promise<TOutput> {
    if (!context.authorization) throw new ServiceCallError(`No caller token to call ${service}/${path} with`, null);
    const url = `${this.options.urls[service]}/internal/${service}/${path}`;
    // The same request id follows the call, so one id finds its log lines in both services.
    const requestId = context.requestId ?? currentTrace()?.requestId;
    let response: globalThis.Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
          'content-type': 'application/json',
          authorization: context.authorization,
          [SERVICE_KEY_HEADER]: this.options.serviceKey,
        },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      throw new ServiceCallError(`${service}/${path} did not answer: ${(err as Error).message}`, null);
    }
    if (!response.ok) {
      throw new ServiceCallError(
        `${service}/${path} answered ${response.status}: ${await response.text()}`,
        response.status,
      );
    }
    return (await response.json()) as TOutput;
  }
}
