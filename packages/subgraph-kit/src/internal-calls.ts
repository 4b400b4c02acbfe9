import { timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import { z } from 'zod';
import type { TokenVerifier } from './auth';
import { REQUEST_ID_HEADER } from './contracts/errors';
import { can, type Permission } from './contracts/permissions';
import type { ServiceCaller } from './contracts/callers';
import type { RequestContext } from './context';
import { withRequestScope, traceOf, currentTrace } from './http/tracing';

/** The subgraphs one may call; each serves its internal routes under `/internal/<name>/`. */
export const SERVICE_NAMES = ['accounts', 'billing', 'messaging'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The header that proves a call comes from one of our own services. */
export const SERVICE_KEY_HEADER = 'x-service-key';
/** On a call a service makes on its own (no caller's token): which service, for which partner. */
export const SERVICE_NAME_HEADER = 'x-service-name';
export const SERVICE_PARTNER_HEADER = 'x-service-partner';

/** Fixed ids, so the audit log names a service acting on its own the same way every time. */
export const SERVICE_ACTOR_IDS: Record<ServiceName, string> = {
  accounts: '00000000-0000-4000-8000-00000000a001',
  billing: '00000000-0000-4000-8000-00000000a002',
  messaging: '00000000-0000-4000-8000-00000000a003',
};

const partnerIdSchema = z.guid();

function isServiceName(name: string | undefined): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name ?? '');
}

/** The caller of a call a service makes on its own: that partner only, that route's permission only. */
export function serviceCaller(service: ServiceName, partnerId: string, permission: Permission): ServiceCaller {
  return { kind: 'service', service, serviceId: SERVICE_ACTOR_IDS[service], partnerId, permission };
}

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
  /**
   * Who may call: `user` (the default) needs a caller's token; `user-or-service` also lets a
   * service call on its own for one partner (an event consumer, which has no caller), as a caller
   * scoped to that partner and holding only `permission`.
   */
  callers?: 'user' | 'user-or-service';
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
 * token keeps one service from acting for a partner no caller asked about. A route declared
 * `user-or-service` also answers a service on its own, for the one partner it names, with
 * nothing but the route's permission.
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
          const authorization = req.header('authorization');
          if (!authorization && req.header(SERVICE_PARTNER_HEADER) !== undefined) {
            // A service acting on its own: only where the route said so, and only for the one partner named.
            const service = req.header(SERVICE_NAME_HEADER);
            const partnerId = partnerIdSchema.safeParse(req.header(SERVICE_PARTNER_HEADER));
            if (route.callers !== 'user-or-service' || !isServiceName(service) || !partnerId.success) {
              res
                .status(401)
                .json({ error: { code: 'UNAUTHENTICATED', message: 'This route answers a caller’s token only.' } });
              return;
            }
            caller = serviceCaller(service, partnerId.data, route.permission);
          } else {
            try {
              caller = await options.verifyToken(authorization);
            } catch (err) {
              res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: (err as Error).message } });
              return;
            }
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
  /** The calling subgraph, named on calls it makes on its own (`callAsService`). */
  service?: string;
  /** Base URL of each subgraph, e.g. `http://127.0.0.1:4002`. */
  urls: Record<ServiceName, string>;
  serviceKey: string;
  timeoutMs?: number;
}

/** Calls another subgraph's internal routes as the caller of the current request, or on its own. */
export class ServiceClient {
  constructor(private readonly options: ServiceClientOptions) {}

  async call<TOutput>(
    service: ServiceName,
    path: string,
    input: unknown,
    context: { authorization?: string; requestId?: string },
  ): Promise<TOutput> {
    if (!context.authorization) throw new ServiceCallError(`No caller token to call ${service}/${path} with`, null);
    return this.post<TOutput>(service, path, input, { authorization: context.authorization }, context.requestId);
  }

  /**
   * Calls as this service itself, for one partner, where no caller is at hand (an event
   * consumer). Only routes declared `callers: 'user-or-service'` answer it.
   */
  async callAsService<TOutput>(
    service: ServiceName,
    path: string,
    input: unknown,
    on: { partnerId: string; requestId?: string },
  ): Promise<TOutput> {
    if (!isServiceName(this.options.service)) {
      throw new ServiceCallError(`Only a Clientele service may call ${service}/${path} on its own`, null);
    }
    return this.post<TOutput>(
      service,
      path,
      input,
      { [SERVICE_NAME_HEADER]: this.options.service, [SERVICE_PARTNER_HEADER]: on.partnerId },
      on.requestId,
    );
  }

  private async post<TOutput>(
    service: ServiceName,
    path: string,
    input: unknown,
    identity: Record<string, string>,
    givenRequestId: string | undefined,
  ): Promise<TOutput> {
    const url = `${this.options.urls[service]}/internal/${service}/${path}`;
    // The same request id follows the call, so one id finds its log lines in both services.
    const requestId = givenRequestId ?? currentTrace()?.requestId;
    let response: globalThis.Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
          'content-type': 'application/json',
          ...identity,
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
