import { graphql } from '../gql';
import { authRequest, execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const CUSTOMER_CREATE = graphql(`
  mutation TextRulesCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
        name
        billingName
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const OPERATOR_INVITE = graphql(`
  mutation TextRulesOperatorInvite($input: OperatorInviteInput!) {
    operatorInvite(input: $input) {
      operator {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const CUSTOMERS = graphql(`
  query TextRulesCustomers($filter: CustomerFilter) {
    customers(filter: $filter) {
      nodes {
        id
      }
    }
  }
`);

/** What the accounts schema holds for the partner's customers. */
async function storedCustomers(
  partnerId: string,
): Promise<{ id: string; name: string; billing_name: string | null }[]> {
  const accounts = await database('accounts');
  return accounts.query(`SELECT id, name, billing_name FROM accounts.customers WHERE partner_id = $1`, [partnerId]);
}

/** A 312-character address: 61 before the @, labels of at most 63. */
const LONG_EMAIL = `${'a'.repeat(61)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(63)}.com`;

describe('text rules on mutation inputs', () => {
  it('should store and echo a name in NFC, the same in both', async () => {
    const tenant = await seed.partner();

    const result = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: { name: ' Cafe\u0301 Zoe\u0301 ', billingName: 'Zoe\u0301 Ltd', country: 'FR', currency: 'EUR' },
    });

    expect(result.customerCreate.userErrors).toEqual([]);
    expect(result.customerCreate.customer).toMatchObject({ name: 'Café Zoé', billingName: 'Zoé Ltd' });
    expect(await storedCustomers(tenant.partnerId)).toEqual([
      { id: result.customerCreate.customer!.id, name: 'Café Zoé', billing_name: 'Zoé Ltd' },
    ]);
  });

  it.each([
    ['a lone surrogate', 'Harbor \uD800 Dental'],
    ['a NUL byte', 'Harbor\u0000Dental'],
  ])('should refuse a name holding %s as BAD_USER_INPUT and store nothing', async (_case, name) => {
    const tenant = await seed.partner();

    const response = await execute(tenant.owner.token, CUSTOMER_CREATE, {
      input: { name, country: 'GB', currency: 'GBP' },
    });

    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await storedCustomers(tenant.partnerId)).toEqual([]);
  });

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a right-to-left override and Hangul fillers', '\u202E\u3164\u3164'],
  ])('should refuse a name made only of %s with a userError on the name', async (_case, name) => {
    const tenant = await seed.partner();

    const result = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: { name, country: 'GB', currency: 'GBP' },
    });

    expect(result.customerCreate.customer).toBeNull();
    expect(result.customerCreate.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'name'], 'INVALID'],
    ]);
    expect(await storedCustomers(tenant.partnerId)).toEqual([]);
  });

  it('should refuse a 312-character email with a userError and store nothing', async () => {
    const tenant = await seed.partner();

    const customer = await query(tenant.owner.token, CUSTOMER_CREATE, {
      input: { name: 'Long Mail Ltd', email: LONG_EMAIL, country: 'GB', currency: 'GBP' },
    });
    const operator = await query(tenant.owner.token, OPERATOR_INVITE, {
      input: { name: 'Long Mail', email: LONG_EMAIL, role: 'SUPPORT' },
    });

    expect(customer.customerCreate.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'email'], 'TOO_LONG'],
    ]);
    expect(operator.operatorInvite.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'email'], 'TOO_LONG'],
    ]);
    expect(await storedCustomers(tenant.partnerId)).toEqual([]);
  });
});

describe('the customer search', () => {
  it('should refuse a search longer than 100 characters as BAD_USER_INPUT and answer one of 100', async () => {
    const tenant = await seed.partner();

    const long = await execute(tenant.owner.token, CUSTOMERS, { filter: { query: 'x'.repeat(101) } });
    const fits = await execute(tenant.owner.token, CUSTOMERS, { filter: { query: 'x'.repeat(100) } });

    expect(long.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['BAD_USER_INPUT', '`filter.query` is longer than 100 characters.'],
    ]);
    expect(fits.errors).toBeUndefined();
    expect(fits.data?.customers.nodes).toEqual([]);
  });
});

describe('text rules on the sign-in routes', () => {
  it.each([
    ['/auth/sign-in', { email: 'someone\u0000@example.com', password: 'secret' }],
    ['/auth/sign-in', { email: 'someone@example.com', password: 'se\uD800cret' }],
    ['/auth/sign-in', { email: `${'a'.repeat(65)}@example.com`, password: 'secret' }],
    ['/auth/portal/sign-in', { email: 'someone@example.com\u0000', password: 'secret' }],
    ['/auth/invitation/accept', { token: 'abc\u0000', password: 'a long enough password' }],
    ['/auth/token', { grant_type: 'client_credentials', client_secret: 'clt_\u0000' }],
  ])('should answer 400 to %s with a hostile string in %j', async (path, body) => {
    const response = await authRequest(path, body);

    expect(response.status).toBe(400);
  });
});
