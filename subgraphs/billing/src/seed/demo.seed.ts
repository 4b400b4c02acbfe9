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
    await manager.query(
      `INSERT INTO billing.ledger_entries (partner_id, id, customer_id, amount_minor, currency, kind, description, created_at)
       SELECT $1::uuid, md5($1::uuid::text || ':ledger:' || n || ':' || k)::uuid, ${seededCustomerIdSql('$1', 'n')},
              CASE k WHEN 1 THEN 5000 + (n * 37) % 20000
                     WHEN 2 THEN -(500 + (n * 53) % 9000)
                     WHEN 3 THEN -(1000 + (n * 71) % 30000)
                     ELSE 250 END,
              ${seededCurrencySql('n')},
              (ARRAY['CREDIT', 'CHARGE', 'CHARGE', 'ADJUSTMENT'])[k],
              (ARRAY['Credit top-up', 'Monthly service', 'Usage charges', 'Goodwill adjustment'])[k],
              now() - make_interval(mins => n * 7) + make_interval(days => k)
         FROM generate_series(1, $2::int) AS n
         CROSS JOIN generate_series(1, CASE WHEN n % 5 = 0 THEN 4 WHEN n % 2 = 0 THEN 3 ELSE 2 END) AS k`,
      [DEMO.partnerId, options.customers],
    );
  });
  options.logger?.info({ customers: options.customers }, 'seeded demo billing accounts and ledger');
  return true;
}
