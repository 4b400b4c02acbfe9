import { graphql } from '../gql';
import { execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const NUMBER_CHANGE = graphql(`
  mutation AccountNumberChange($input: CustomerAccountNumberChangeInput!) {
    customerAccountNumberChange(input: $input) {
      customer {
        id
        accountNumber
      }
      swappedWith {
        id
        accountNumber
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const NUMBER_HISTORY = graphql(`
  query AccountNumberHistory($id: ID!) {
    customer(id: $id) {
      accountNumber
      accountNumberHistory {
        accountNumber
        current
        assignedAt
        releasedAt
      }
    }
  }
`);

const NUMBER_SEARCH = graphql(`
  query AccountNumberSearch($query: String!) {
    customers(first: 10, filter: { query: $query }) {
      nodes {
        id
        accountNumber
        matchedFormerAccountNumber
      }
    }
  }
`);

const NUMBER_ACTIVITY = graphql(`
  query AccountNumberActivity($customerId: ID!) {
    auditLog(first: 50, filter: { customerId: $customerId, action: "customer.account-number-changed" }) {
      nodes {
        details
      }
    }
  }
`);

async function historyOf(token: string, id: string) {
  const data = await query(token, NUMBER_HISTORY, { id });
  return data.customer!.accountNumberHistory.map(({ accountNumber, current, releasedAt }) => ({
    accountNumber,
    current,
    released: releasedAt !== null,
  }));
}

describe('account numbers', () => {
  it('should change to a free number, keep the old one in the history and still find the customer by it, marked as former', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ accountNumber: 'OLD-7001' });
    const bystander = await tenant.customer({ accountNumber: 'OTHER-1' });

    const changed = await query(tenant.owner.token, NUMBER_CHANGE, {
      input: { customerId: customer.id, accountNumber: 'NEW-7001' },
    });
    const byOld = await query(tenant.owner.token, NUMBER_SEARCH, { query: 'old-7001' });
    const byNew = await query(tenant.owner.token, NUMBER_SEARCH, { query: 'NEW-7001' });
    const activity = await query(tenant.owner.token, NUMBER_ACTIVITY, { customerId: customer.id });

    expect(changed.customerAccountNumberChange).toEqual({
      customer: { id: customer.id, accountNumber: 'NEW-7001' },
      swappedWith: null,
      userErrors: [],
    });
    expect(await historyOf(tenant.owner.token, customer.id)).toEqual([
      { accountNumber: 'NEW-7001', current: true, released: false },
      { accountNumber: 'OLD-7001', current: false, released: true },
    ]);
    expect(byOld.customers.nodes).toEqual([
      { id: customer.id, accountNumber: 'NEW-7001', matchedFormerAccountNumber: 'OLD-7001' },
    ]);
    expect(byNew.customers.nodes).toEqual([
      { id: customer.id, accountNumber: 'NEW-7001', matchedFormerAccountNumber: null },
    ]);
    expect(activity.auditLog.nodes.map((node) => JSON.parse(node.details) as unknown)).toEqual([
      { changes: { accountNumber: { from: 'OLD-7001', to: 'NEW-7001' } }, swappedWith: null },
    ]);
    expect(await historyOf(tenant.owner.token, bystander.id)).toEqual([
      { accountNumber: 'OTHER-1', current: true, released: false },
    ]);
  });

  it('should refuse a number another customer holds unless asked to swap, then exchange the two at once', async () => {
    const tenant = await seed.partner();
    const first = await tenant.customer({ accountNumber: 'A-1' });
    const second = await tenant.customer({ accountNumber: 'B-2' });

    const refused = await query(tenant.owner.token, NUMBER_CHANGE, {
      input: { customerId: first.id, accountNumber: 'B-2' },
    });
    const swapped = await query(tenant.owner.token, NUMBER_CHANGE, {
      input: { customerId: first.id, accountNumber: 'B-2', swap: true },
    });

    expect(refused.customerAccountNumberChange).toEqual({
      customer: null,
      swappedWith: null,
      userErrors: [
        {
          field: ['input', 'accountNumber'],
          code: 'TAKEN',
          message: 'Another customer already has this account number. Ask for a swap to exchange the two numbers.',
        },
      ],
    });
    expect(swapped.customerAccountNumberChange).toEqual({
      customer: { id: first.id, accountNumber: 'B-2' },
      swappedWith: { id: second.id, accountNumber: 'A-1' },
      userErrors: [],
    });
    expect(await historyOf(tenant.owner.token, first.id)).toEqual([
      { accountNumber: 'B-2', current: true, released: false },
      { accountNumber: 'A-1', current: false, released: true },
    ]);
    expect(await historyOf(tenant.owner.token, second.id)).toEqual([
      { accountNumber: 'A-1', current: true, released: false },
      { accountNumber: 'B-2', current: false, released: true },
    ]);
  });

  it('should refuse a malformed number and record nothing for the number the customer already has', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ accountNumber: 'SAME-1' });

    const malformed = await query(tenant.owner.token, NUMBER_CHANGE, {
      input: { customerId: customer.id, accountNumber: 'has space' },
    });
    const same = await query(tenant.owner.token, NUMBER_CHANGE, {
      input: { customerId: customer.id, accountNumber: ' SAME-1 ' },
    });
    const missing = await query(tenant.owner.token, NUMBER_CHANGE, {
      input: { customerId: '00000000-0000-7000-8000-000000000000', accountNumber: 'X-1' },
    });
    const activity = await query(tenant.owner.token, NUMBER_ACTIVITY, { customerId: customer.id });

    expect(malformed.customerAccountNumberChange.userErrors.map(({ field, code }) => [field, code])).toEqual([
      [['input', 'accountNumber'], 'INVALID'],
    ]);
    expect(same.customerAccountNumberChange).toMatchObject({
      customer: { accountNumber: 'SAME-1' },
      userErrors: [],
    });
    expect(missing.customerAccountNumberChange.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(activity.auditLog.nodes).toEqual([]);
    expect(await historyOf(tenant.owner.token, customer.id)).toEqual([
      { accountNumber: 'SAME-1', current: true, released: false },
    ]);
  });

  it('should keep numbers unique and answer every caller through many concurrent crossing swaps', async () => {
    const tenant = await seed.partner();
    const customers = [];
    for (let i = 0; i < 6; i++) customers.push(await tenant.customer({ accountNumber: `SW-${i}` }));
    const numbers = customers.map((customer) => customer.accountNumber);
    // Every pair asks for each other's number at the same moment, several rounds over.
    const requests = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < customers.length; i++) {
        for (let j = i + 1; j < customers.length; j += 2) {
          requests.push({ customerId: customers[i]!.id, accountNumber: numbers[j]!, swap: true });
          requests.push({ customerId: customers[j]!.id, accountNumber: numbers[i]!, swap: true });
        }
      }
    }

    const results = await Promise.all(requests.map((input) => execute(tenant.owner.token, NUMBER_CHANGE, { input })));
    const rows = await (
      await database('accounts')
    ).query<{ id: string; account_number: string; current: string | null; currents: string }[]>(
      `SELECT c.id, c.account_number,
              (SELECT max(h.account_number) FROM accounts.customer_account_numbers h
                WHERE h.partner_id = c.partner_id AND h.customer_id = c.id AND h.released_at IS NULL) AS current,
              (SELECT count(*) FROM accounts.customer_account_numbers h
                WHERE h.partner_id = c.partner_id AND h.customer_id = c.id AND h.released_at IS NULL) AS currents
         FROM accounts.customers c WHERE c.partner_id = $1`,
      [tenant.partnerId],
    );

    expect(requests.length).toBeGreaterThanOrEqual(30);
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(results.flatMap((result) => result.data?.customerAccountNumberChange.userErrors ?? [])).toEqual([]);
    expect(rows.map((row) => row.account_number).sort()).toEqual([...numbers].sort());
    for (const row of rows)
      expect({ current: row.current, currents: row.currents }).toEqual({
        current: row.account_number,
        currents: '1',
      });
  });
});
