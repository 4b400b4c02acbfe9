import { graphql } from '../gql';
import { execute, executeRaw, query } from '../support/api';
import { testStack } from '../support/env';
import { type SeededCustomer, type TenantSeed, seed } from '../support/seed';

const CUSTOMER = graphql(`
  query TenantIsolationCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      balance {
        amount
      }
    }
  }
`);
const CUSTOMERS = graphql(`
  query TenantIsolationCustomers {
    customers(first: 50) {
      totalCount
      nodes {
        id
      }
    }
  }
`);
const CUSTOMER_CREATE = graphql(`
  mutation TenantIsolationCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
/** Not an operation of the public schema: each subgraph is asked directly. */
const ENTITIES = `
  query TenantIsolationEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
      }
    }
  }
`;

async function entitiesDirect(subgraph: 'accounts' | 'billing' | 'messaging', token: string, ids: string[]) {
  const result = await executeRaw<{ _entities: ({ id: string } | null)[] }>(
    token,
    ENTITIES,
    { representations: ids.map((id) => ({ __typename: 'Customer', id })) },
    `${testStack().subgraphUrls[subgraph]}/graphql`,
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities;
}

describe('tenant isolation', () => {
  let north: TenantSeed;
  let south: TenantSeed;
  let northCustomer: SeededCustomer;
  let southCustomer: SeededCustomer;

  beforeAll(async () => {
    [north, south] = await Promise.all([seed.partner(), seed.partner()]);
    [northCustomer, southCustomer] = await Promise.all([
      north.customer({ name: 'North One' }),
      south.customer({ name: 'South One' }),
    ]);
    await north.ledgerEntry(northCustomer.id, 5_000);
  });

  it('should list only the caller’s own customers', async () => {
    const data = await query(south.owner.token, CUSTOMERS);

    expect(data.customers).toEqual({ totalCount: 1, nodes: [{ id: southCustomer.id }] });
  });

  it('should answer another partner’s customer exactly like a customer that does not exist', async () => {
    const foreign = await execute(south.owner.token, CUSTOMER, { id: northCustomer.id });
    const missing = await execute(south.owner.token, CUSTOMER, { id: '018f0000-0000-7000-8000-00000000dead' });
    const malformed = await execute(south.owner.token, CUSTOMER, { id: 'not-an-id' });

    // Only the answer is compared: `extensions` reports the query's cost, the same for all three.
    const answer = ({ status, data, errors }: typeof foreign) => ({ status, data, errors });
    expect(answer(foreign)).toEqual({ status: 200, data: { customer: null } });
    expect(answer(missing)).toEqual(answer(foreign));
    expect(answer(malformed)).toEqual(answer(foreign));
  });

  it.each(['accounts', 'billing', 'messaging'] as const)(
    'should resolve no foreign customer through _entities on the %s subgraph called directly',
    async (subgraph) => {
      const asSouth = await entitiesDirect(subgraph, south.owner.token, [northCustomer.id, southCustomer.id]);
      const asNorth = await entitiesDirect(subgraph, north.owner.token, [northCustomer.id, southCustomer.id]);

      expect(asSouth).toEqual([null, { id: southCustomer.id }]);
      expect(asNorth).toEqual([{ id: northCustomer.id }, null]);
    },
  );

  it('should not reveal a foreign balance through a representation sent to billing', async () => {
    const result = await executeRaw(
      south.owner.token,
      `
        query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on Customer {
              balance {
                amount
              }
            }
          }
        }
      `,
      { r: [{ __typename: 'Customer', id: northCustomer.id }] },
      `${testStack().subgraphUrls.billing}/graphql`,
    );

    expect(result.data).toEqual({ _entities: [null] });
  });
});

function resellersOf(tenant: TenantSeed): [{ id: string }, { id: string }] {
  const [first, second] = tenant.resellers;
  if (!first || !second) throw new Error('seed two resellers');
  return [first, second];
}

describe('reseller-limited operators', () => {
  it('should see and resolve only their own reseller’s customers, in every subgraph', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const [mine, theirs] = resellersOf(tenant);
    const ownCustomer = await tenant.customer({ name: 'Mine', resellerId: mine.id });
    const otherCustomer = await tenant.customer({ name: 'Theirs', resellerId: theirs.id });
    const direct = await tenant.customer({ name: 'Direct' });
    const limited = await tenant.operator('SUPPORT', mine.id);

    const list = await query(limited.token, CUSTOMERS);
    const other = await execute(limited.token, CUSTOMER, { id: otherCustomer.id });

    expect(list.customers).toEqual({ totalCount: 1, nodes: [{ id: ownCustomer.id }] });
    expect(other.data).toEqual({ customer: null });
    for (const subgraph of ['accounts', 'billing', 'messaging'] as const) {
      expect(await entitiesDirect(subgraph, limited.token, [ownCustomer.id, otherCustomer.id, direct.id])).toEqual([
        { id: ownCustomer.id },
        null,
        null,
      ]);
    }
  });

  it('should create customers for their own reseller whatever reseller the input names', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const [mine, theirs] = resellersOf(tenant);
    const limited = await tenant.operator('ADMIN', mine.id);

    const refused = await execute(limited.token, CUSTOMER_CREATE, {
      input: { name: 'Elsewhere', country: 'GB', currency: 'GBP', resellerId: theirs.id },
    });
    const created = await tenant.customer({ name: 'Here' }, limited);
    const visibleToLimited = await query(limited.token, CUSTOMER, { id: created.id });

    expect(refused.data?.customerCreate).toEqual({
      customer: null,
      userErrors: [{ field: ['input', 'resellerId'], code: 'NOT_FOUND' }],
    });
    expect(visibleToLimited.customer?.id).toBe(created.id);
  });
});
