import {
  DEMO,
  type Logger,
  seededCurrencySql,
  seededCustomerIdSql,
  seededPricingModelSql,
  seededResellerIdSql,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';

/**
 * Opens a billing account for each seeded customer and writes a few ledger entries: a
 * top-up, some usage, and now and then an adjustment, so balances differ and some are negative.
 */
export async function seedBillingDemo(
  dataSource: DataSource,
  options: { customers: number; logger?: Logger },
): Promise<boolean> {
  const [{ seeded }] = await dataSource.query<[{ seeded: boolean }]>(
    `SELECT EXISTS (SELECT 1 FROM billing.billing_accounts WHERE partner_id = $1) AS seeded`,
    [DEMO.partnerId],
  );
  if (seeded) return false;
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO billing.billing_accounts (partner_id, customer_id, reseller_id, currency, pricing_model, created_at)
       SELECT $1::uuid, ${seededCustomerIdSql('$1', 'n')}, ${seededResellerIdSql('n')}, ${seededCurrencySql('n')},
              ${seededPricingModelSql('n')}, now() - make_interval(mins => n * 7)
         FROM generate_series(1, $2::int) AS n`,
      [DEMO.partnerId, options.customers],
    );
    // Each entry carries its place in the account's ledger and the balance after it, and the
    // account keeps the last of those: what the deferred constraint triggers check at commit.
    await manager.query(
      `INSERT INTO billing.ledger_entries (partner_id, id, customer_id, amount_minor, currency, kind, description, created_at,
                                           sequence, balance_after_minor)
       SELECT partner_id, id, customer_id, amount_minor, currency, kind, description, created_at,
              row_number() OVER account, (sum(amount_minor) OVER account)::bigint
         FROM (SELECT $1::uuid AS partner_id, md5($1::uuid::text || ':ledger:' || n || ':' || k)::uuid AS id,
                      ${seededCustomerIdSql('$1', 'n')} AS customer_id,
                      (CASE k WHEN 1 THEN 5000 + (n * 37) % 20000
                              WHEN 2 THEN -(500 + (n * 53) % 9000)
                              WHEN 3 THEN -(1000 + (n * 71) % 30000)
                              ELSE 250 END)::bigint AS amount_minor,
                      ${seededCurrencySql('n')} AS currency,
                      (ARRAY['CREDIT', 'CHARGE', 'CHARGE', 'ADJUSTMENT'])[k] AS kind,
                      (ARRAY['Credit top-up', 'Monthly service', 'Usage charges', 'Goodwill adjustment'])[k] AS description,
                      now() - make_interval(mins => n * 7) + make_interval(days => k) AS created_at, n, k
                 FROM generate_series(1, $2::int) AS n
                CROSS JOIN generate_series(1, CASE WHEN n % 5 = 0 THEN 4 WHEN n % 2 = 0 THEN 3 ELSE 2 END) AS k) entry
       WINDOW account AS (PARTITION BY n ORDER BY k)`,
      [DEMO.partnerId, options.customers],
    );
    await manager.query(
      `UPDATE billing.billing_accounts a
          SET balance_minor = totals.balance, last_sequence = totals.entries
         FROM (SELECT customer_id, sum(amount_minor)::bigint AS balance, count(*) AS entries
                 FROM billing.ledger_entries WHERE partner_id = $1 GROUP BY customer_id) totals
        WHERE a.partner_id = $1 AND a.customer_id = totals.customer_id`,
      [DEMO.partnerId],
    );
  });
  options.logger?.info({ customers: options.customers }, 'seeded demo billing accounts and ledger');
  return true;
}
