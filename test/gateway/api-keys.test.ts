import { graphql } from '../gql';
import { eventually } from '../support/api';
import { operation } from '../support/gateway-api';
import { type ExtraGateway, startGateway } from '../support/gateway-process';
import { seed } from '../support/seed';
import { TEST_STACK_BUCKETS } from '../support/env';

const API_KEY_CREATE = graphql(`
  mutation GatewayApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      apiKey {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const FIVE_CUSTOMERS_COUNT = graphql(`
  query GatewayApiKeyFiveCustomers {
    customers(first: 5) {
      totalCount
    }
  }
`);

const ONE_CUSTOMER_COUNT = graphql(`
  query GatewayApiKeyOneCustomer {
    customers(first: 1) {
      totalCount
    }
  }
`);

async function createApiKey(ownerToken: string): Promise<string> {
  const response = await operation(ownerToken, API_KEY_CREATE, {
    variables: { input: { name: 'Gateway test', scopes: ['CUSTOMERS_READ'] } },
  });
  const secret = response.data?.apiKeyCreate.secret;
  if (!secret) throw new Error(`apiKeyCreate failed: ${JSON.stringify(response.errors ?? response.data)}`);
  return secret;
}

describe('API keys at the gateway', () => {
  /** A gateway of the test's own, so its log shows each exchange and no other test shares its cache. */
  let gateway: ExtraGateway;

  beforeAll(async () => {
    gateway = await startGateway();
  });

  afterAll(() => gateway?.stop());

  it('should exchange a `Bearer clt_…` key for an access token and answer on the API key budget', async () => {
    const tenant = await seed.partner();
    await tenant.customer();
    const secret = await createApiKey(tenant.owner.token);
    expect(secret).toMatch(/^clt_/);

    const response = await operation(secret, FIVE_CUSTOMERS_COUNT);

    expect(response.errors).toBeUndefined();
    expect(response.data?.customers.totalCount).toBe(1);
    // The API key budget, as the test stack configures it (global-setup), not the interactive one.
    expect(response.extensions?.cost?.bucket).toMatchObject(TEST_STACK_BUCKETS.apiKey);
  });

  it('should exchange a key once and reuse the access token until it is near expiry', async () => {
    const tenant = await seed.partner();
    const secret = await createApiKey(tenant.owner.token);
    const ask = (requestId: string) =>
      operation(secret, ONE_CUSTOMER_COUNT, {
        gatewayUrl: gateway.url,
        headers: { 'x-request-id': requestId },
      });
    const exchangesFor = (requestId: string) =>
      gateway.output.filter((line) => line.includes(requestId) && line.includes('API key exchanged'));

    const first = await ask(`key-first-${tenant.partnerId}`);
    const second = await ask(`key-second-${tenant.partnerId}`);

    expect([first.status, second.status]).toEqual([200, 200]);
    await eventually(
      () => Promise.resolve(exchangesFor(`key-first-${tenant.partnerId}`).length === 1 || null),
      'the gateway to log the first exchange',
    );
    expect(exchangesFor(`key-second-${tenant.partnerId}`)).toEqual([]);
  });

  it('should answer 401 with the accounts message for a key that is not valid', async () => {
    const response = await operation('clt_not-a-real-key', ONE_CUSTOMER_COUNT);

    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The accounts subgraph's own words, passed on.
    expect(response.errors?.[0]?.message).toBe('This API key is not valid or has been revoked.');
  });
});
