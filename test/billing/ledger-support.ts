import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { query } from '../support/api';
import { database } from '../support/databases';

/** Each account of a partner with its kept balance and the sum of its ledger, read straight from billing's tables. */
export async function keptAndSummed(
  partnerId: string,
): Promise<{ customerId: string; kept: bigint; summed: bigint; entries: number }[]> {
  const rows = await (
    await database('billing')
  ).query<{ customerId: string; kept: string; summed: string; entries: number }[]>(
    `SELECT a.customer_id AS "customerId", a.balance_minor::text AS kept,
            coalesce(sum(e.amount_minor), 0)::text AS summed, count(e.id)::int AS entries
       FROM billing.billing_accounts a
       LEFT JOIN billing.ledger_entries e ON e.partner_id = a.partner_id AND e.customer_id = a.customer_id
      WHERE a.partner_id = $1
      GROUP BY a.customer_id, a.balance_minor`,
    [partnerId],
  );
  return rows.map((row) => ({ ...row, kept: BigInt(row.kept), summed: BigInt(row.summed) }));
}

/** How many ledger entries a partner's customer has. */
export async function entryCount(partnerId: string, customerId: string): Promise<number> {
  const [row] = await (
    await database('billing')
  ).query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM billing.ledger_entries WHERE partner_id = $1 AND customer_id = $2`,
    [partnerId, customerId],
  );
  return row!.n;
}

const ADD = graphql(`
  mutation LedgerSupportAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      entry {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Adds credits through the public API, failing the test if they are refused. */
export async function addCredits(token: string, customerId: string, amount: number): Promise<string> {
  const data = await query(token, ADD, { input: { customerId, amount, idempotencyKey: randomUUID() } });
  if (!data.creditsAdd.entry) throw new Error(`creditsAdd refused: ${JSON.stringify(data.creditsAdd.userErrors)}`);
  return data.creditsAdd.entry.id;
}
