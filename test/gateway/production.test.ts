import { join } from 'node:path';
import { type ServiceProcess, freePort, spawnService, stopService, waitForHealthy } from '@clientele/stack';
import { type ExtraGateway, closedPortUrl, startGateway } from '../support/gateway-process';
import { eventually, executeRaw } from '../support/api';
import { testStack } from '../support/env';
import { graphql } from '../gql';
import { operation, operationRaw } from '../support/gateway-api';
import { seed } from '../support/seed';

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  code?: string;
  err?: { message?: string };
}

let gateway: ExtraGateway;
let billing: { url: string; service: ServiceProcess };

const CUSTOMER_BALANCES = graphql(`
  query ProductionCustomerBalances {
    customers {
      nodes {
        id
        balance {
          amount
        }
      }
    }
  }
`);

/** A second billing subgraph, in production mode, on the test stack's database. */
async function startProductionBilling(): Promise<{ url: string; service: ServiceProcess }> {
  const { databaseUrl, subgraphUrls } = testStack();
  const port = await freePort();
  const service = spawnService({
    name: 'billing-production',
    script: 'src/main.ts',
    cwd: join(__dirname, '..', '..', 'subgraphs', 'billing'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      ACCOUNTS_URL: subgraphUrls.accounts,
      // Production refuses to start without a key of its own; nothing calls this one's internal routes.
      SERVICE_KEY: 'a-production-test-key-that-is-long-enough',
      SEED_DEMO: 'false',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(`${url}/health`, service);
  } catch (err) {
    await stopService(service);
    throw err;
  }
  return { url, service };
}

beforeAll(async () => {
  // Billing "down": nothing listens there, so every balance fails to load.
  [gateway, billing] = await Promise.all([
    startGateway({ NODE_ENV: 'production', BILLING_URL: await closedPortUrl() }),
    startProductionBilling(),
  ]);
});

afterAll(() => Promise.all([gateway?.stop(), billing && stopService(billing.service)]));

function logLinesFor(requestId: string): LogLine[] {
  return gateway.output.filter((line) => line.includes(requestId)).map((line) => JSON.parse(line) as LogLine);
}

describe('gateway in production', () => {
  it('should refuse introspection', async () => {
    const tenant = await seed.partner();

    const response = await operationRaw(tenant.owner.token, '{ __schema { types { name } } }', {
      gatewayUrl: gateway.url,
    });

    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    expect(response.errors?.[0]?.extensions?.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('should not suggest field names for a misspelled field', async () => {
    const tenant = await seed.partner();
    const inDevelopment = await operationRaw(tenant.owner.token, '{ viewer { emial } }');

    const response = await operationRaw(tenant.owner.token, '{ viewer { emial } }', { gatewayUrl: gateway.url });

    // The shared stack (not production) shows what is being hidden.
    expect(inDevelopment.errors?.[0]?.message).toContain('Did you mean "email"?');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/^Cannot query field "emial" on type "\w+"\.$/);
  });

  it('should mask a subgraph failure behind the request id and log the original', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const requestId = `prod-mask-${customer.id}`;

    const response = await operation(tenant.owner.token, CUSTOMER_BALANCES, {
      gatewayUrl: gateway.url,
      headers: { 'x-request-id': requestId },
    });

    expect(response.status).toBe(200);
    expect(response.data?.customers.nodes).toEqual([{ id: customer.id, balance: null }]);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toEqual({
      message: `Something went wrong on our side. Quote request id ${requestId} if you contact support.`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
    const logged = await eventually(
      () => Promise.resolve(logLinesFor(requestId).find((line) => line.msg === 'internal error')),
      'the gateway to log the original error',
    );
    expect(logged).toMatchObject({ level: 'error', requestId, code: 'INTERNAL_SERVER_ERROR' });
    expect(logged.err?.message).toMatch(/^The billing subgraph is unreachable: .*ECONNREFUSED/);
  });

  it('should still explain refusals meant for the caller', async () => {
    const tenant = await seed.partner();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: viewer { id }`).join(' ');

    const response = await operationRaw(tenant.owner.token, `{ ${aliases} }`, { gatewayUrl: gateway.url });

    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_MANY_ALIASES');
    expect(response.errors?.[0]?.message).toContain('Aliases limit of 15 exceeded');
    expect(JSON.stringify(response.errors)).not.toContain('stacktrace');
  });

  it('should report the subgraph that is down on /health with 503, and the others as up', async () => {
    const healthOf = async (url: string) => {
      const response = await fetch(`${url}/health`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    const degraded = await healthOf(gateway.url);
    const allUp = await healthOf(testStack().gatewayUrl);

    expect(degraded).toEqual({
      status: 503,
      body: {
        status: 'degraded',
        subgraphs: {
          accounts: { status: 'ok', latencyMs: expect.any(Number) as unknown },
          billing: { status: 'unavailable', latencyMs: expect.any(Number) as unknown },
          messaging: { status: 'ok', latencyMs: expect.any(Number) as unknown },
        },
      },
    });
    expect(allUp).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});

describe('subgraphs in production', () => {
  it('should not suggest field names for a misspelled field', async () => {
    const tenant = await seed.partner();
    const inDevelopment = await executeRaw(
      tenant.owner.token,
      '{ _entitie }',
      {},
      `${testStack().subgraphUrls.billing}/graphql`,
    );

    const response = await executeRaw(tenant.owner.token, '{ _entitie }', {}, `${billing.url}/graphql`);

    expect(inDevelopment.errors?.[0]?.message).toContain('Did you mean "_entities"?');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Cannot query field "_entitie" on type "Query".');
  });

  it('should not give its SDL through `_service` even to a valid token', async () => {
    const tenant = await seed.partner();
    const inDevelopment = await executeRaw<{ _service: { sdl: string } }>(
      tenant.owner.token,
      '{ _service { sdl } }',
      {},
      `${testStack().subgraphUrls.billing}/graphql`,
    );

    const response = await executeRaw(tenant.owner.token, '{ _service { sdl } }', {}, `${billing.url}/graphql`);

    expect(inDevelopment.data?._service.sdl).toContain('type Query');
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toBe('Cannot query field "_service" on type "Query".');
  });
});

describe('the admin app', () => {
  async function shell(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${testStack().gatewayUrl}${path}`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    return response;
  }

  it('should be served with a Content-Security-Policy of its own origin, without inline scripts or framing', async () => {
    const response = await shell('/customers');

    const policy: Record<string, string> = Object.fromEntries(
      response.headers
        .get('content-security-policy')!
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...sources]) => [name!, sources.join(' ')]),
    );
    expect(policy['default-src']).toBe("'self'");
    expect(policy['script-src']).toBe("'self'");
    expect(policy['object-src']).toBe("'none'");
    expect(policy['frame-ancestors']).toBe("'none'");
  });

  it('should be served with nosniff, no framing and no referrer', async () => {
    const response = await shell('/');

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('should ask for HSTS only when the request came over TLS through the proxy', async () => {
    const plain = await shell('/');
    const overTls = await shell('/', { 'x-forwarded-proto': 'https' });

    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(overTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
