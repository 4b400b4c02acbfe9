import {
  DEMO,
  type Logger,
  seededCurrencySql,
  seededCustomerIdSql,
  seededPricingModelSql,
  seededResellerIdSql,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { PartnerProvisioner } from '../onboarding';

const FIRST_ACCOUNT_NUMBER = 100001;

/**
 * Seeds the demo partner's accounts side in a handful of set-based statements, so the same
 * code seeds 300 customers for a first start and 100,000 for a benchmark.
 */
export async function seedAccountsDemo(
  dataSource: DataSource,
  partners: PartnerProvisioner,
  options: { customers: number; logger?: Logger },
): Promise<boolean> {
  if (await partners.exists(DEMO.partnerId)) return false;
  await partners.provision({
    id: DEMO.partnerId,
    name: DEMO.partnerName,
    resellers: DEMO.resellers.map((reseller) => ({ ...reseller })),
    owner: { ...DEMO.operator },
  });
  await dataSource.transaction(async (manager) => {
    const customerId = seededCustomerIdSql('$1', 'n');
    await manager.query(
      `INSERT INTO accounts.customers
         (partner_id, id, account_number, name, email, phone, country, currency, timezone, pricing_model, reseller_id, status, created_at, updated_at)
       SELECT $1::uuid, ${customerId},
              (${FIRST_ACCOUNT_NUMBER - 1} + n)::text,
              (ARRAY['Blue','Silver','Northern','Bright','Harbor','Summit','Golden','Green','Urban','Coastal','Prime','Maple','Cedar','River','Stone','Swift','Polar','Royal','Iron','Lunar'])[1 + n % 20]
                || ' ' ||
              (ARRAY['Bakery','Logistics','Dental','Studio','Motors','Farms','Consulting','Print','Fitness','Florist','Legal','Clinic','Garage','Travel','Books','Coffee','Media','Optics','Plumbing','Realty'])[1 + (n / 20) % 20]
                || ' ' ||
              (ARRAY['Ltd','LLC','GmbH','& Co','Group','SARL','BV','Inc'])[1 + (n / 400) % 8]
                || CASE WHEN n > 3200 THEN ' ' || (n / 3200)::text ELSE '' END,
              'billing+' || n || '@example.com',
              '+4477009' || lpad((n % 100000)::text, 5, '0'),
              c.country, ${seededCurrencySql('n')}, c.timezone,
              ${seededPricingModelSql('n')},
              ${seededResellerIdSql('n')},
              CASE WHEN n % 23 = 0 THEN 'SUSPENDED' WHEN n % 31 = 0 THEN 'INACTIVE' WHEN n % 97 = 0 THEN 'CLOSED' ELSE 'ACTIVE' END,
              now() - make_interval(mins => n * 7),
              now()
         FROM generate_series(1, $2::int) AS n
         CROSS JOIN LATERAL (
           SELECT * FROM (VALUES ('GB', 'Europe/London'), ('DE', 'Europe/Berlin'), ('US', 'America/New_York'), ('FR', 'Europe/Paris'))
             AS places (country, timezone)
           OFFSET n % 4 LIMIT 1
         ) AS c`,
      [DEMO.partnerId, options.customers],
    );
    // Each customer's number history starts with the number it was seeded with.
    await manager.query(
      `INSERT INTO accounts.customer_account_numbers (partner_id, id, customer_id, account_number, assigned_at)
       SELECT partner_id, gen_random_uuid(), id, account_number, created_at FROM accounts.customers WHERE partner_id = $1`,
      [DEMO.partnerId],
    );
    await manager.query(`UPDATE accounts.partners SET next_account_number = $2 WHERE id = $1`, [
      DEMO.partnerId,
      FIRST_ACCOUNT_NUMBER + options.customers,
    ]);
    // The account holder for every customer, and a second member on every third one.
    await manager.query(
      `INSERT INTO accounts.members (partner_id, id, customer_id, name, email, role, portal_access, created_at)
       SELECT $1::uuid, md5($1::uuid::text || ':member:' || n || ':' || k)::uuid, ${customerId},
              (ARRAY['Alex','Sam','Jordan','Taylor','Morgan','Casey','Riley','Jamie','Avery','Quinn'])[1 + (n + k) % 10] || ' ' ||
              (ARRAY['Smith','Jones','Garcia','Müller','Dubois','Rossi','Novak','Silva','Kim','Okafor'])[1 + (n / 10 + k) % 10],
              CASE k WHEN 1 THEN 'owner' ELSE 'team' END || '+' || n || '@example.com',
              CASE k WHEN 1 THEN 'OWNER' ELSE 'MEMBER' END,
              k = 1,
              now() - make_interval(mins => n * 7)
         FROM generate_series(1, $2::int) AS n
         CROSS JOIN generate_series(1, CASE WHEN n % 3 = 0 THEN 2 ELSE 1 END) AS k`,
      [DEMO.partnerId, options.customers],
    );
  });
  options.logger?.info({ customers: options.customers }, 'seeded demo partner');
  return true;
}
