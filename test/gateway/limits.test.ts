import type { ResultOf } from '@graphql-typed-document-node/core';
import { type IntrospectionQuery, getIntrospectionQuery, print } from 'graphql';
import { graphql } from '../gql';
import { type GatewayResponse, gatewayRequest, operation, operationRaw } from '../support/gateway-api';
import { seed } from '../support/seed';
import { TEST_STACK_BUCKETS } from '../support/env';

/** The error a refused request carries, checked to name the request it belongs to. */
function onlyError(response: GatewayResponse) {
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.requestId).toBe(response.headers.get('x-request-id'));
  return error;
}

function ofTypeChain(levels: number, inner: string): string {
  return Array.from({ length: levels }).reduce<string>((selection) => `ofType { ${selection} }`, inner);
}

function nestedInlineFragments(levels: number, inner: string): string {
  return Array.from({ length: levels }).reduce<string>((selection) => `... on Customer { ${selection} }`, inner);
}

const SEVEN_DEEP = graphql(`
  query LimitsSevenDeep {
    customers(first: 10) {
      edges {
        node {
          messages(first: 10) {
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`);

describe('query shape limits', () => {
  it('should answer a seven-deep Relay query, the depth the admin app needs', async () => {
    const tenant = await seed.partner();
    await tenant.customer();

    const response = await operation(tenant.owner.token, SEVEN_DEEP);

    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('should refuse a query with more than ten levels of fields with QUERY_TOO_DEEP', async () => {
    const tenant = await seed.partner();
    // The schema has no cycle to nest through; a type reference's `ofType` chain is eleven fields deep.
    const deep = `{ __type(name: "Customer") { fields { type { ${ofTypeChain(7, 'name')} } } } }`;

    const response = await operationRaw(tenant.owner.token, deep);

    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(error.message).toBe('Query depth limit of 10 exceeded, found 11. Ask for fewer nested levels.');
  });

  it('should count fields, not fragments: a seven-deep query written as a chain of five named fragments is answered', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const chain = `
      query LimitsFragmentChain { customers(first: 10) { ...CustomerPage } }
      fragment CustomerPage on CustomerConnection { edges { ...CustomerEdgeFields } }
      fragment CustomerEdgeFields on CustomerEdge { node { ...CustomerMessages } }
      fragment CustomerMessages on Customer { id messages(first: 10) { ...MessagePage } }
      fragment MessagePage on MessageConnection { edges { ...MessageEdgeFields } }
      fragment MessageEdgeFields on MessageEdge { node { id } }
    `;

    const response = await operationRaw(tenant.owner.token, chain);

    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ customers: { edges: [{ node: { id: customer.id, messages: { edges: [] } } }] } });
  });

  it('should count fields, not fragments: nested inline fragments add no level', async () => {
    const tenant = await seed.partner();
    await tenant.customer();
    const nested = `{ customers(first: 10) { edges { node { ${nestedInlineFragments(6, 'messages(first: 10) { edges { node { id } } }')} } } } }`;

    const response = await operationRaw(tenant.owner.token, nested);

    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('should answer the standard introspection query in development', async () => {
    const tenant = await seed.partner();
    const standard = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });

    const response = await operationRaw(tenant.owner.token, standard);

    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const { __schema } = response.data as IntrospectionQuery;
    expect(__schema.types.map((type) => type.name)).toContain('Customer');
  });

  it('should refuse introspection nested deeper than the standard query with QUERY_TOO_DEEP', async () => {
    const tenant = await seed.partner();
    const deep = `{ __schema { types { fields { type { ${ofTypeChain(12, 'name')} } } } } }`;

    const response = await operationRaw(tenant.owner.token, deep);

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(error.message).toBe('Query depth limit of 15 exceeded, found 17. Ask for fewer nested levels.');
  });

  it('should refuse introspection that nests fields within fields', async () => {
    const tenant = await seed.partner();
    const multiplying = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';

    const response = await operationRaw(tenant.owner.token, multiplying);

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toBe('Maximum introspection depth exceeded');
  });

  it('should refuse more than fifteen aliases with QUERY_TOO_MANY_ALIASES', async () => {
    const tenant = await seed.partner();
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: viewer { id }`).join(' ');

    const response = await operationRaw(tenant.owner.token, `{ ${aliases} }`);

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('QUERY_TOO_MANY_ALIASES');
    expect(error.message).toContain('Aliases limit of 15 exceeded, found 16.');
  });

  it('should refuse more than fifty directives with QUERY_TOO_MANY_DIRECTIVES', async () => {
    const tenant = await seed.partner();
    // One directive per field: a repeated directive on one field is refused by GraphQL itself.
    const fields = Array.from({ length: 51 }, () => '__typename @include(if: true)').join(' ');

    const response = await operationRaw(tenant.owner.token, `{ viewer { ${fields} } }`);

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('QUERY_TOO_MANY_DIRECTIVES');
    expect(error.message).toContain('Directives limit of 50 exceeded, found 51.');
  });

  it('should refuse a document of more than 1000 tokens with QUERY_TOO_LARGE before parsing it', async () => {
    const tenant = await seed.partner();
    const fields = Array.from({ length: 1000 }, () => 'id').join(' ');

    const response = await operationRaw(tenant.owner.token, `{ viewer { ${fields} } }`);

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('QUERY_TOO_LARGE');
    expect(error.message).toBe('The query has more than 1000 tokens, the limit. Send a smaller query or split it.');
  });

  it('should still report a syntax error in its own words', async () => {
    const tenant = await seed.partner();

    const response = await operationRaw(tenant.owner.token, '{ viewer { id }');

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/^Syntax Error/);
  });
});

const OVER_THE_COST_LIMIT = graphql(`
  query LimitsOverTheCostLimit {
    customers(first: 100) {
      nodes {
        messages(first: 100) {
          nodes {
            id
          }
        }
      }
    }
  }
`);

const PAGE_SIZE_IN_VARIABLE = graphql(`
  query LimitsPageSizeInVariable($first: Int = 100) {
    customers(first: $first) {
      nodes {
        messages(first: $first) {
          nodes {
            id
          }
        }
      }
    }
  }
`);

const CUSTOMERS_WITH_BALANCE = graphql(`
  query LimitsCustomersWithBalance {
    customers(first: 10) {
      nodes {
        id
        name
        balance {
          amount
        }
      }
    }
  }
`);

const CUSTOMER_CREATE = graphql(`
  mutation LimitsCustomerCreate {
    customerCreate(input: { name: "Cost check", country: "GB", currency: "GBP" }) {
      customer {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

describe('query cost', () => {
  it('should refuse a query over the cost limit with QUERY_TOO_COSTLY, naming the cost and the limit', async () => {
    const tenant = await seed.partner();

    // 1 + 100 customers × (1 node + 1 message page + 100 messages) = 10 201.
    const response = await operation(tenant.owner.token, OVER_THE_COST_LIMIT);

    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error.message).toBe(
      'This query would cost 10201, over the limit per query of 5000. ' +
        'Ask for smaller pages (first/last) or fewer nested lists.',
    );
    expect(response.extensions?.cost).toMatchObject({ requested: 10201, limit: 5000 });
  });

  it('should count page sizes given in variables, with their defaults', async () => {
    const tenant = await seed.partner();
    const byDefault = await operation(tenant.owner.token, PAGE_SIZE_IN_VARIABLE);
    const small = await operation(tenant.owner.token, PAGE_SIZE_IN_VARIABLE, { variables: { first: 2 } });

    expect(byDefault.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(small.errors).toBeUndefined();
    // 1 + 2 × (1 + 1 + 2 × 1)
    expect(small.extensions?.cost?.requested).toBe(9);
  });

  it('should report the cost, the limit and the caller’s bucket on every answer', async () => {
    const tenant = await seed.partner();
    await tenant.customer();

    const response = await operation(tenant.owner.token, CUSTOMERS_WITH_BALANCE);

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const cost = response.extensions!.cost!;
    // 1 connection + 10 × (1 node + 1 balance)
    expect(cost.requested).toBe(21);
    expect(cost.limit).toBe(5000);
    const { capacity, leakPerSecond } = TEST_STACK_BUCKETS.interactive;
    expect(cost.bucket).toEqual({ capacity, leakPerSecond, remaining: expect.any(Number) as number });
    expect(cost.bucket.remaining).toBeLessThanOrEqual(capacity - 21);
  });

  it('should charge a mutation ten on top of its selection', async () => {
    const tenant = await seed.partner();

    const response = await operation(tenant.owner.token, CUSTOMER_CREATE);

    expect(response.errors).toBeUndefined();
    // 10 + the payload (1) + its customer (1) + its userErrors (1 + 20 × 0)
    expect(response.extensions?.cost?.requested).toBe(13);
  });
});

const VIEWER_EMAIL = graphql(`
  query LimitsViewerEmail {
    viewer {
      email
    }
  }
`);

const VIEWER_ID = graphql(`
  query LimitsViewerId {
    viewer {
      id
    }
  }
`);

describe('request hygiene', () => {
  it('should refuse a batched request with a message saying what to do instead', async () => {
    const tenant = await seed.partner();

    const response = await gatewayRequest({
      token: tenant.owner.token,
      body: [{ query: '{ viewer { id } }' }, { query: '{ viewer { email } }' }],
    });

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('Batched requests are not accepted: send one operation per request.');
  });

  it('should refuse a GET without a preflight header as a possible cross-site request forgery', async () => {
    const tenant = await seed.partner();

    const response = await gatewayRequest({
      method: 'GET',
      token: tenant.owner.token,
      params: { query: '{ viewer { id } }' },
    });

    expect(response.status).toBe(400);
    const error = onlyError(response);
    expect(error.extensions?.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('Cross-Site Request Forgery');
  });

  it('should refuse a POST with a simple content type as a possible cross-site request forgery', async () => {
    const tenant = await seed.partner();

    const response = await gatewayRequest({
      token: tenant.owner.token,
      raw: { contentType: 'text/plain', text: JSON.stringify({ query: '{ viewer { id } }' }) },
    });

    expect(response.status).toBe(400);
    expect(onlyError(response).message).toContain('Cross-Site Request Forgery');
  });

  it('should answer a GET that carries the preflight header', async () => {
    const tenant = await seed.partner();

    const response = await gatewayRequest<ResultOf<typeof VIEWER_EMAIL>>({
      method: 'GET',
      token: tenant.owner.token,
      params: { query: print(VIEWER_EMAIL) },
      headers: { 'apollo-require-preflight': 'true' },
    });

    expect(response.status).toBe(200);
    expect(response.data?.viewer.email).toBe(tenant.owner.email);
  });

  it('should put the request id on an authentication refusal too', async () => {
    const response = await operation(null, VIEWER_ID, { headers: { 'x-request-id': 'trace-no-token' } });

    expect(response.status).toBe(401);
    const error = onlyError(response);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'trace-no-token' });
  });

  it('should answer malformed JSON with a 400 that carries the request id', async () => {
    const tenant = await seed.partner();

    const response = await gatewayRequest({
      token: tenant.owner.token,
      raw: { contentType: 'application/json', text: '{"query": ' },
    });

    expect(response.status).toBe(400);
    expect(onlyError(response).extensions?.code).toBe('BAD_REQUEST');
  });
});
