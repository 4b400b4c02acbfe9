import { graphql } from '../gql';
import { query } from '../support/api';
import { seed } from '../support/seed';

const CUSTOMERS_WITH_BALANCES = graphql(`
  query CustomersWithBalances {
    viewer {
      email
      role
      partner {
        id
        name
      }
    }
    customers(first: 10, sortKey: NAME) {
      totalCount
      nodes {
        id
        name
        accountNumber
        status
        balance {
          amount
          minorUnits
          currency
        }
        messages(first: 5) {
          totalCount
          nodes {
            id
          }
        }
      }
    }
  }
`);

describe('a federated customers query', () => {
  it('should join accounts, billing and messaging fields in one query when signed in as an operator', async () => {
    const tenant = await seed.partner();
    const alpha = await tenant.customer({ name: 'Alpha Bakery', currency: 'EUR', country: 'FR' });
    const bravo = await tenant.customer({ name: 'Bravo Motors', currency: 'GBP' });
    await tenant.ledgerEntry(alpha.id, 12_550);
    await tenant.ledgerEntry(alpha.id, -2_500, 'Monthly service');
    await tenant.ledgerEntry(bravo.id, -990, 'Usage');

    const data = await query(tenant.owner.token, CUSTOMERS_WITH_BALANCES);

    expect(data.viewer).toMatchObject({ email: tenant.owner.email, role: 'OWNER', partner: { id: tenant.partnerId } });
    expect(data.customers.totalCount).toBe(2);
    expect(
      data.customers.nodes.map((node) => [node.name, node.status, node.balance, node.messages?.totalCount]),
    ).toEqual([
      ['Alpha Bakery', 'ACTIVE', { amount: '100.50', minorUnits: 10_050, currency: 'EUR' }, 0],
      ['Bravo Motors', 'ACTIVE', { amount: '-9.90', minorUnits: -990, currency: 'GBP' }, 0],
    ]);
  });

  it('should show a zero balance in the account currency when the ledger is empty', async () => {
    const tenant = await seed.partner();
    await tenant.customer({ name: 'Yen Trading', currency: 'JPY', country: 'JP' });

    const data = await query(tenant.owner.token, CUSTOMERS_WITH_BALANCES);

    expect(data.customers.nodes[0]?.balance).toEqual({ amount: '0', minorUnits: 0, currency: 'JPY' });
  });
});
