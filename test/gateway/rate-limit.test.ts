import { type ExtraGateway, startGateway } from '../support/gateway-process';
import { graphql } from '../gql';
import { type GatewayResponse, operation } from '../support/gateway-api';
import { seed } from '../support/seed';

// 1 connection + 10 × 1 node.
const TEN_CUSTOMERS = graphql(`
  query RateLimitTenCustomers {
    customers(first: 10) {
      nodes {
        id
      }
    }
  }
`);
const COST = 11;

const FORTY_CUSTOMERS = graphql(`
  query RateLimitFortyCustomers {
    customers(first: 40) {
      nodes {
        id
      }
    }
  }
`);

let gateway: ExtraGateway;

beforeAll(async () => {
  // Room for two such queries but not three; it refills at 2 a second.
  gateway = await startGateway({ RATE_LIMIT_INTERACTIVE_CAPACITY: '30', RATE_LIMIT_INTERACTIVE_LEAK_PER_SECOND: '2' });
});

afterAll(() => gateway?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks until throttled, however slowly the requests go: each spends 11 and at most a few
 * seconds' refill comes back in between, so the bucket of 30 runs dry within a few asks.
 */
async function drain(
  ask: () => Promise<GatewayResponse>,
): Promise<{ answered: GatewayResponse[]; throttled: GatewayResponse }> {
  const answered: GatewayResponse[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await ask();
    if (response.status === 429) return { answered, throttled: response };
    answered.push(response);
  }
  throw new Error('20 queries of cost 11 never emptied a bucket of 30');
}

describe('rate limit on query cost', () => {
  it('should throttle an operator who spends the bucket, say when to retry, and let them in after', async () => {
    const tenant = await seed.partner();
    const ask = () => operation(tenant.owner.token, TEN_CUSTOMERS, { gatewayUrl: gateway.url });

    const { answered, throttled } = await drain(ask);

    const [first, second] = answered;
    expect(answered.length).toBeGreaterThanOrEqual(2);
    expect(first!.status).toBe(200);
    expect(first!.extensions?.cost).toMatchObject({ requested: COST, bucket: { capacity: 30, leakPerSecond: 2 } });
    expect(second!.extensions!.cost!.bucket.remaining).toBeLessThan(first!.extensions!.cost!.bucket.remaining);
    expect(answered.every((response) => response.status === 200)).toBe(true);

    expect(throttled.data ?? null).toBeNull();
    const error = throttled.errors![0]!;
    const retryAfterSeconds = error.extensions!.retryAfterSeconds!;
    expect(error.extensions).toMatchObject({ code: 'THROTTLED', requestId: throttled.headers.get('x-request-id') });
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(throttled.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect(error.message).toContain(`Retry in ${retryAfterSeconds} s.`);
    expect(throttled.extensions?.cost).toMatchObject({ requested: COST, bucket: { capacity: 30 } });

    // Exactly the hint: it must be enough.
    await sleep(retryAfterSeconds * 1000);
    const afterWaiting = await ask();

    expect(afterWaiting.status).toBe(200);
    expect(afterWaiting.errors).toBeUndefined();
  });

  it('should keep each principal’s bucket apart', async () => {
    const busy = await seed.partner();
    const other = await seed.partner();
    const ask = (token: string) => operation(token, TEN_CUSTOMERS, { gatewayUrl: gateway.url });

    const { throttled } = await drain(() => ask(busy.owner.token));
    const otherFirst = await ask(other.owner.token);

    expect(throttled.status).toBe(429);
    expect(otherFirst.status).toBe(200);
    expect(otherFirst.extensions?.cost?.bucket.remaining).toBe(30 - COST);
  });

  it('should refuse, not throttle, a query bigger than the whole bucket', async () => {
    const tenant = await seed.partner();

    // 1 + 40 × 1 = 41: under the limit per query, but more than the bucket of 30 can ever hold.
    const response = await operation(tenant.owner.token, FORTY_CUSTOMERS, { gatewayUrl: gateway.url });

    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(response.errors?.[0]?.message).toContain('over your rate-limit budget of 30');
  });
});
