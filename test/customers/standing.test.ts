import { database } from '../support/databases';
import { seed } from '../support/seed';

interface StandingRow {
  currency: string;
  balance_minor: string;
  owed_minor: string;
  low_credit: boolean;
  last_messaged_at: Date | null;
}

async function standingOf(partnerId: string, customerId: string): Promise<StandingRow | undefined> {
  const accounts = await database('accounts');
  const rows = await accounts.query<StandingRow[]>(
    `SELECT currency, balance_minor, owed_minor, low_credit, last_messaged_at
       FROM accounts.customer_standing WHERE partner_id = $1 AND customer_id = $2`,
    [partnerId, customerId],
  );
  return rows[0];
}

describe('the customer standing projection', () => {
  it('should open an empty row in the currency of a customer when the customer is created', async () => {
    const tenant = await seed.partner();

    const customer = await tenant.customer({ currency: 'EUR' });

    expect(await standingOf(tenant.partnerId, customer.id)).toEqual({
      currency: 'EUR',
      balance_minor: '0',
      owed_minor: '0',
      low_credit: false,
      last_messaged_at: null,
    });
  });
});
