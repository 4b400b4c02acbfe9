import { graphql } from '../gql';
import type { CustomersPageQuery } from '../gql/graphql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const CUSTOMER_CREATE = graphql(`
  mutation CustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
        name
        billingName
        accountNumber
        status
        country
        currency
        timezone
        pricingModel
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CUSTOMERS_PAGE = graphql(`
  query CustomersPage(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $sortKey: CustomerSortKey
    $reverse: Boolean
    $filter: CustomerFilter
  ) {
    customers(
      first: $first
      after: $after
      last: $last
      before: $before
      sortKey: $sortKey
      reverse: $reverse
      filter: $filter
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        name
        accountNumber
      }
    }
  }
`);

describe('customerCreate', () => {
  it('should open an account with sensible defaults and the next account number', async () => {
    const tenant = await seed.partner();

    const first = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: { name: '  Harbor Dental  ', country: 'gb', currency: 'gbp' },
    });
    const second = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: {
        name: 'Cedar Farms',
        country: 'DE',
        currency: 'EUR',
        timezone: 'Europe/Berlin',
        pricingModel: 'POSTPAID',
      },
    });

    expect(first.customerCreate.userErrors).toEqual([]);
    expect(first.customerCreate.customer).toMatchObject({
      name: 'Harbor Dental',
      billingName: 'Harbor Dental',
      accountNumber: '100001',
      status: 'ACTIVE',
      country: 'GB',
      currency: 'GBP',
      timezone: 'UTC',
      pricingModel: 'PREPAID',
    });
    expect(second.customerCreate.customer).toMatchObject({ accountNumber: '100002', pricingModel: 'POSTPAID' });
  });

  it('should return a userError for every invalid field and create nothing when the input is invalid', async () => {
    const tenant = await seed.partner();

    const result = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: {
        name: 'x'.repeat(51),
        country: 'ZZ',
        currency: 'EURO',
        email: 'not-an-email',
        phone: '0123',
        timezone: 'Mars/Olympus',
      },
    });
    const list = await query(tenant.owner.token, CUSTOMERS_PAGE, {});

    expect(result.customerCreate.customer).toBeNull();
    expect(result.customerCreate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.name', 'TOO_LONG'],
      ['input.email', 'INVALID'],
      ['input.phone', 'INVALID'],
      ['input.country', 'INVALID'],
      ['input.currency', 'INVALID'],
      ['input.timezone', 'INVALID'],
    ]);
    for (const error of result.customerCreate.userErrors) expect(error.message).toMatch(/\w+/);
    expect(list.customers.totalCount).toBe(0);
  });

  it('should refuse an account number another customer of the partner has, leaving no half-made customer or event', async () => {
    const tenant = await seed.partner();
    const other = await seed.partner();
    const first = await tenant.customer({ accountNumber: 'ACME-1' });

    const taken = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: { name: 'Duplicate', country: 'GB', currency: 'GBP', accountNumber: 'ACME-1' },
    });
    const elsewhere = await query(other.owner.token, CUSTOMER_CREATE, {
      input: { name: 'Same number, other partner', country: 'GB', currency: 'GBP', accountNumber: 'ACME-1' },
    });
    // A valid customer after the refused one: once billing has opened its account, billing has
    // had its chance at any event the refused attempt might have queued before it.
    const later = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: { name: 'Later', country: 'GB', currency: 'GBP', accountNumber: 'ACME-2' },
    });
    const laterId = later.customerCreate.customer!.id;
    const billing = await database('billing');
    const billingAccounts = () =>
      billing.query<{ customer_id: string }[]>(
        'SELECT customer_id FROM billing.billing_accounts WHERE partner_id = $1 ORDER BY customer_id',
        [tenant.partnerId],
      );
    await eventually(
      async () => ((await billingAccounts()).some((row) => row.customer_id === laterId) ? true : null),
      'billing to open the later customer’s account',
    );
    const customers = await (
      await database('accounts')
    ).query<{ id: string; account_number: string }[]>(
      'SELECT id, account_number FROM accounts.customers WHERE partner_id = $1 ORDER BY account_number',
      [tenant.partnerId],
    );
    // Every event the partner's writes queued, whoever subscribed: each names what it is about.
    const events = await billing.query<{ event: string }[]>(
      `SELECT DISTINCT concat(data->>'type', ' ', data->'data'->>'customerId') AS event
         FROM queue.job WHERE data->>'partnerId' = $1`,
      [tenant.partnerId],
    );

    expect(taken.customerCreate).toEqual({
      customer: null,
      userErrors: [
        {
          field: ['input', 'accountNumber'],
          code: 'TAKEN',
          message: 'Another customer already has this account number.',
        },
      ],
    });
    expect(elsewhere.customerCreate.userErrors).toEqual([]);
    expect(customers).toEqual([
      { id: first.id, account_number: 'ACME-1' },
      { id: laterId, account_number: 'ACME-2' },
    ]);
    expect((await billingAccounts()).map((row) => row.customer_id).sort()).toEqual([first.id, laterId].sort());
    expect(events.map((row) => row.event).sort()).toEqual(
      [`customer.created ${first.id}`, `customer.created ${laterId}`].sort(),
    );
  });
});

describe('the customers connection', () => {
  it('should walk every page forwards and backwards with keyset cursors, in the chosen order', async () => {
    const tenant = await seed.partner();
    const names = ['Echo', 'alpha', 'Delta', 'Charlie', 'Bravo', 'Foxtrot', 'Golf'];
    for (const name of names) await tenant.customer({ name });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: CustomersPageQuery = await query(tenant.owner.token, CUSTOMERS_PAGE, {
        first: 3,
        after,
        sortKey: 'NAME',
      });
      seen.push(...page.customers.nodes.map((node) => node.name));
      expect(page.customers.totalCount).toBe(7);
      pages += 1;
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    const lastPage = await query(tenant.owner.token, CUSTOMERS_PAGE, { last: 3, sortKey: 'NAME' });
    const beforeLast = await query(tenant.owner.token, CUSTOMERS_PAGE, {
      last: 3,
      before: lastPage.customers.pageInfo.startCursor,
      sortKey: 'NAME',
    });
    const reversed = await query(tenant.owner.token, CUSTOMERS_PAGE, {
      first: 2,
      sortKey: 'NAME',
      reverse: true,
    });

    const expected = [...names].sort();
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
    expect(lastPage.customers.nodes.map((n) => n.name)).toEqual(expected.slice(-3));
    expect(lastPage.customers.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(beforeLast.customers.nodes.map((n) => n.name)).toEqual(expected.slice(-6, -3));
    expect(reversed.customers.nodes.map((n) => n.name)).toEqual(['alpha', 'Golf']);
  });

  it('should filter by name or account number, ignoring case and treating wildcards literally', async () => {
    const tenant = await seed.partner();
    await tenant.customer({ name: 'Summit Print', accountNumber: 'SP-100' });
    await tenant.customer({ name: 'Summit_Logistics' });
    await tenant.customer({ name: 'River Books', accountNumber: 'RB-7' });

    const byName = await query(tenant.owner.token, CUSTOMERS_PAGE, {
      filter: { query: 'summit' },
      sortKey: 'NAME',
    });
    const byNumber = await query(tenant.owner.token, CUSTOMERS_PAGE, { filter: { query: 'rb-7' } });
    const literal = await query(tenant.owner.token, CUSTOMERS_PAGE, { filter: { query: 't_l' } });

    expect(byName.customers.nodes.map((n) => n.name)).toEqual(['Summit Print', 'Summit_Logistics']);
    expect(byName.customers.totalCount).toBe(2);
    expect(byNumber.customers.nodes.map((n) => n.name)).toEqual(['River Books']);
    expect(literal.customers.nodes.map((n) => n.name)).toEqual(['Summit_Logistics']);
  });

  it('should refuse a tampered cursor and an oversized page with a clear error', async () => {
    const tenant = await seed.partner();

    const tampered = await execute(tenant.owner.token, CUSTOMERS_PAGE, { after: 'bm90LWEtY3Vyc29y' });
    const oversized = await execute(tenant.owner.token, CUSTOMERS_PAGE, { first: 5000 });

    expect(tampered.errors?.[0]).toMatchObject({
      message: 'The cursor is not valid. Start again from the first page.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(oversized.errors?.[0]).toMatchObject({
      message: '`first` must be between 0 and 200.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
