import { graphql } from '../gql';
import { execute, query } from '../support/api';
import { seed } from '../support/seed';

const SEARCH = graphql(`
  query ListSearch($filter: CustomerFilter, $sortKey: CustomerSortKey, $first: Int, $after: String) {
    customers(filter: $filter, sortKey: $sortKey, first: $first, after: $after) {
      totalCount
      totalCountPrecision
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        name
        matchedFormerAccountNumber
      }
    }
  }
`);

const MEMBER_CREATE = graphql(`
  mutation ListSearchMemberCreate($input: MemberCreateInput!) {
    memberCreate(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const NUMBER_CHANGE = graphql(`
  mutation ListSearchNumberChange($input: CustomerAccountNumberChangeInput!) {
    customerAccountNumberChange(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const CUSTOMER_CREATE = graphql(`
  mutation ListSearchCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

describe('searching the customer list', () => {
  it('should rank an exact account number, then an exact email, above customers that only contain the term', async () => {
    const tenant = await seed.partner();
    await tenant.customer({ name: 'Contains ZX-4455 twice: ZX-4455', accountNumber: 'ZX-44551' });
    await tenant.customer({ name: 'Exact number', accountNumber: 'ZX-4455' });
    await tenant.customer({ name: 'Also ZX-4455 in the name' });
    await tenant.customer({ name: 'Mail kim@acme.test.example' });
    await tenant.customer({ name: 'Exact email', email: 'kim@acme.test' });

    const byNumber = await query(tenant.owner.token, SEARCH, { filter: { query: 'zx-4455' } });
    const byEmail = await query(tenant.owner.token, SEARCH, { filter: { query: 'KIM@acme.test' } });

    expect(byNumber.customers.nodes[0]!.name).toBe('Exact number');
    expect(byNumber.customers.nodes.map((node) => node.name).sort()).toEqual(
      ['Also ZX-4455 in the name', 'Contains ZX-4455 twice: ZX-4455', 'Exact number'].sort(),
    );
    expect(byEmail.customers.nodes.map((node) => node.name)).toEqual(['Exact email', 'Mail kim@acme.test.example']);
    expect(byNumber.customers).toMatchObject({ totalCount: 3, totalCountPrecision: 'EXACT' });
  });

  it('should find a customer by billing name, keyword, phone, former account number, and a member’s name or email', async () => {
    const tenant = await seed.partner();
    const created = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: {
        name: 'Quiet Fields',
        billingName: 'Quietfields Holdings Plc',
        country: 'GB',
        currency: 'GBP',
        phone: '+447700900123',
        keywords: ['lighthouse-keeper'],
        accountNumber: 'OLD-9876',
      },
    });
    const id = created.customerCreate.customer!.id;
    await tenant.customer({ name: 'Someone else' });
    await query(tenant.owner.token, NUMBER_CHANGE, { input: { customerId: id, accountNumber: 'NEW-1234' } });
    await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: id, name: 'Ottoline Grayson', email: 'ottoline@grayson.example' },
    });

    const found = async (term: string) =>
      (await query(tenant.owner.token, SEARCH, { filter: { query: term } })).customers.nodes;

    expect((await found('holdings plc')).map((node) => node.name)).toEqual(['Quiet Fields']);
    expect((await found('lighthouse')).map((node) => node.name)).toEqual(['Quiet Fields']);
    expect((await found('7700900')).map((node) => node.name)).toEqual(['Quiet Fields']);
    expect(await found('old-98')).toEqual([{ name: 'Quiet Fields', matchedFormerAccountNumber: 'OLD-9876' }]);
    expect((await found('Ottoline')).map((node) => node.name)).toEqual(['Quiet Fields']);
    expect((await found('grayson.example')).map((node) => node.name)).toEqual(['Quiet Fields']);
  });

  it('should find a three-character term anywhere in a word, and a misspelt word when nothing holds it as typed', async () => {
    const tenant = await seed.partner();
    await tenant.customer({ name: 'Harbor Dental' });
    await tenant.customer({ name: 'Cedar Farms' });

    const substring = await query(tenant.owner.token, SEARCH, { filter: { query: 'rbo' } });
    const typo = await query(tenant.owner.token, SEARCH, { filter: { query: 'Harbour' } });
    const nothing = await query(tenant.owner.token, SEARCH, { filter: { query: 'qqxxzz' } });

    expect(substring.customers.nodes.map((node) => node.name)).toEqual(['Harbor Dental']);
    expect(typo.customers.nodes.map((node) => node.name)).toEqual(['Harbor Dental']);
    expect(nothing.customers).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it('should page a search by relevance with cursors, and refuse relevance without a search', async () => {
    const tenant = await seed.partner();
    for (const name of ['Pine One', 'Pine Two', 'Pine Three', 'Pinewood', 'Spine']) await tenant.customer({ name });

    const first = await query(tenant.owner.token, SEARCH, { filter: { query: 'pine' }, first: 2 });
    const rest = await query(tenant.owner.token, SEARCH, {
      filter: { query: 'pine' },
      first: 10,
      after: first.customers.pageInfo.endCursor,
    });
    const all = await query(tenant.owner.token, SEARCH, { filter: { query: 'pine' }, first: 10 });
    const refused = await execute(tenant.owner.token, SEARCH, { sortKey: 'RELEVANCE' });

    expect([...first.customers.nodes, ...rest.customers.nodes]).toEqual(all.customers.nodes);
    expect(all.customers.nodes).toHaveLength(5);
    expect(first.customers.pageInfo.hasNextPage).toBe(true);
    expect(rest.customers.pageInfo.hasNextPage).toBe(false);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
