import { type ExtraGateway, closedPortUrl, startGateway } from '../support/gateway-process';
import { eventually } from '../support/api';
import { graphql } from '../gql';
import { operation, operationRaw } from '../support/gateway-api';
import { testStack } from '../support/env';
import { seed } from '../support/seed';

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  code?: string;
  err?: { message?: string };
}

let gateway: ExtraGateway;

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

beforeAll(async () => {
  // Billing "down": nothing listens there, so every balance fails to load.
  gateway = await startGateway({ NODE_ENV: 'production', BILLING_URL: await closedPortUrl() });
});

afterAll(() => gateway?.stop());

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
