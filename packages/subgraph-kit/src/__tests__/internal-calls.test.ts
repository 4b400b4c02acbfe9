import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { z } from 'zod';
import { AuthenticationError } from '../errors';
import type { Caller } from '../contracts/callers';
import type { RequestContext } from '../context';
import { createLogger } from '../http/logger';
import { requestTracing, traceOf } from '../http/tracing';
import { can } from '../contracts/permissions';
import {
  SERVICE_ACTOR_IDS,
  ServiceCallError,
  ServiceClient,
  defineInternalRoute,
  mountInternalRoutes,
} from '../internal-calls';
import { auditActorOf } from '../audit';

const SERVICE_KEY = 'a-service-key-of-at-least-32-characters';
const PARTNER_ID = '0190f000-0000-7000-8000-000000000001';

const callers: Record<string, Caller> = {
  'Bearer billing-clerk': {
    kind: 'operator',
    operatorId: '0190f000-0000-7000-8000-0000000000aa',
    partnerId: PARTNER_ID,
    role: 'BILLING',
    resellerId: null,
    sessionId: 's1',
  },
  'Bearer read-only': {
    kind: 'operator',
    operatorId: '0190f000-0000-7000-8000-0000000000bb',
    partnerId: PARTNER_ID,
    role: 'READ_ONLY',
    resellerId: null,
    sessionId: 's2',
  },
};

/** Answers with the partner it was asked about, as a real route scopes its work to the caller. */
const echoPartner = defineInternalRoute({
  path: 'ledger/echo',
  permission: 'billing:write',
  input: z.object({ customerId: z.guid() }),
  handle: (context, input) =>
    Promise.resolve({
      customerId: input.customerId,
      partnerId: context.caller.kind === 'operator' ? context.caller.partnerId : null,
      requestId: context.requestId,
    }),
});

/** Opts in to calls a service makes on its own, and says whom it ran as. */
const whoAsks = defineInternalRoute({
  path: 'recipients/who',
  permission: 'customers:read',
  callers: 'user-or-service',
  input: z.object({}),
  handle: (context) =>
    Promise.resolve({
      caller: context.caller,
      mayRead: can(context.caller, 'customers:read'),
      mayWrite: can(context.caller, 'customers:write'),
      mayImpersonate: can(context.caller, 'customers:impersonate'),
      actor: auditActorOf(context.caller),
    }),
});

const OTHER_PARTNER_ID = '0190f000-0000-7000-8000-000000000002';

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const app = express();
  app.use(requestTracing(createLogger('billing', 'silent')));
  mountInternalRoutes(app, [echoPartner, whoAsks], {
    service: 'billing',
    serviceKey: SERVICE_KEY,
    verifyToken: (authorization) => {
      const caller = authorization ? callers[authorization] : undefined;
      return caller ? Promise.resolve(caller) : Promise.reject(new AuthenticationError());
    },
    createContext: (req, res, caller) =>
      ({ caller, requestId: traceOf(res).requestId, authorization: req.header('authorization') }) as RequestContext,
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function clientWith(serviceKey: string, service?: string) {
  return new ServiceClient({
    service,
    urls: { accounts: baseUrl, billing: baseUrl, messaging: baseUrl },
    serviceKey,
    timeoutMs: 2_000,
  });
}

const customerId = '0190f000-0000-7000-8000-0000000000cc';

describe('internal calls between subgraphs', () => {
  it('should run the route as the forwarded caller, scoped to that caller’s partner', async () => {
    const answer = await clientWith(SERVICE_KEY).call<{ partnerId: string; requestId: string }>(
      'billing',
      'ledger/echo',
      { customerId },
      { authorization: 'Bearer billing-clerk', requestId: 'trace-123' },
    );

    expect(answer).toEqual({ customerId, partnerId: PARTNER_ID, requestId: 'trace-123' });
  });

  it('should refuse a call without the service key, even with a valid caller token', async () => {
    const call = clientWith('not-the-key-but-just-as-long-as-it-is').call(
      'billing',
      'ledger/echo',
      { customerId },
      { authorization: 'Bearer billing-clerk' },
    );

    await expect(call).rejects.toMatchObject({ name: 'ServiceCallError', status: 401 });
  });

  it('should refuse a partner app that calls the route directly with its own token', async () => {
    const response = await fetch(`${baseUrl}/internal/billing/ledger/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer billing-clerk' },
      body: JSON.stringify({ customerId }),
    });

    expect(response.status).toBe(401);
  });

  it('should refuse a caller whose token does not verify', async () => {
    const call = clientWith(SERVICE_KEY).call(
      'billing',
      'ledger/echo',
      { customerId },
      { authorization: 'Bearer forged' },
    );

    await expect(call).rejects.toMatchObject({ status: 401 });
  });

  it('should refuse a caller who lacks the route’s permission', async () => {
    const call = clientWith(SERVICE_KEY).call(
      'billing',
      'ledger/echo',
      { customerId },
      { authorization: 'Bearer read-only' },
    );

    await expect(call).rejects.toMatchObject({ status: 403 });
  });

  it('should refuse input that does not match the route’s schema', async () => {
    const call = clientWith(SERVICE_KEY).call(
      'billing',
      'ledger/echo',
      { customerId: 'nope' },
      { authorization: 'Bearer billing-clerk' },
    );

    await expect(call).rejects.toMatchObject({ status: 400 });
  });

  it('should fail before calling when the request has no caller token to forward', async () => {
    await expect(
      clientWith(SERVICE_KEY).call('billing', 'ledger/echo', { customerId }, { authorization: undefined }),
    ).rejects.toBeInstanceOf(ServiceCallError);
  });
});

describe('internal calls a service makes on its own', () => {
  it('should run as the calling service, scoped to exactly the partner it named, with only the route’s permission', async () => {
    const answer = await clientWith(SERVICE_KEY, 'messaging').callAsService<Record<string, unknown>>(
      'billing',
      'recipients/who',
      {},
      { partnerId: OTHER_PARTNER_ID },
    );

    expect(answer).toEqual({
      caller: {
        kind: 'service',
        service: 'messaging',
        serviceId: SERVICE_ACTOR_IDS.messaging,
        partnerId: OTHER_PARTNER_ID,
        permission: 'customers:read',
      },
      mayRead: true,
      mayWrite: false,
      mayImpersonate: false,
      actor: { kind: 'service', id: SERVICE_ACTOR_IDS.messaging, impersonatorId: null },
    });
  });

  it('should refuse a service call without the service key', async () => {
    const call = clientWith('not-the-key-but-just-as-long-as-it-is', 'messaging').callAsService(
      'billing',
      'recipients/who',
      {},
      { partnerId: PARTNER_ID },
    );

    await expect(call).rejects.toMatchObject({ name: 'ServiceCallError', status: 401 });
  });

  it('should refuse a service call to a route that did not opt in', async () => {
    const call = clientWith(SERVICE_KEY, 'messaging').callAsService(
      'billing',
      'ledger/echo',
      { customerId },
      { partnerId: PARTNER_ID },
    );

    await expect(call).rejects.toMatchObject({ status: 401 });
  });

  it('should refuse a service call that names no valid partner', async () => {
    const call = clientWith(SERVICE_KEY, 'messaging').callAsService(
      'billing',
      'recipients/who',
      {},
      { partnerId: 'every-partner' },
    );

    await expect(call).rejects.toMatchObject({ status: 401 });
  });

  it('should refuse a service call from a name that is not one of our services', async () => {
    const response = await fetch(`${baseUrl}/internal/billing/recipients/who`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-service-key': SERVICE_KEY,
        'x-service-name': 'partner-app',
        'x-service-partner': PARTNER_ID,
      },
      body: '{}',
    });

    expect(response.status).toBe(401);
  });

  it('should fail before calling when the client does not know which service it is', async () => {
    await expect(
      clientWith(SERVICE_KEY).callAsService('billing', 'recipients/who', {}, { partnerId: PARTNER_ID }),
    ).rejects.toBeInstanceOf(ServiceCallError);
  });
});
