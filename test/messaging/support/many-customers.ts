import { database } from '../../support/databases';

/**
 * Many customers at once for one tenant, written where accounts and messaging keep them (the
 * API creates one at a time, which would take minutes for thousands). Each has an email address
 * `c<n>-<tag>@bulk.test`; returns their ids in order.
 */
export async function manyCustomers(partnerId: string, count: number, tag: string): Promise<string[]> {
  const accounts = await database('accounts');
  const rows = await accounts.query<{ id: string }[]>(
    `INSERT INTO accounts.customers
       (partner_id, id, account_number, name, email, country, currency, timezone, pricing_model)
     SELECT $1, gen_random_uuid(), 'B' || n, 'Bulk ' || n, 'c' || n || '-' || $3 || '@bulk.test', 'GB', 'GBP', 'UTC',
            'PREPAID'
       FROM generate_series(1, $2::int) AS n
     RETURNING id`,
    [partnerId, count, tag],
  );
  const ids = rows.map((row) => row.id);
  const messaging = await database('messaging');
  await messaging.query(
    `INSERT INTO messaging.customer_directory (partner_id, customer_id) SELECT $1, unnest($2::uuid[])`,
    [partnerId, ids],
  );
  return ids;
}
