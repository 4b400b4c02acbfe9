import { DEMO, type Logger, seededCustomerIdSql, seededResellerIdSql } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';

/** Records the seeded customers and gives every tenth one a short message history. */
export async function seedMessagingDemo(
  dataSource: DataSource,
  options: { customers: number; logger?: Logger },
): Promise<boolean> {
  const [{ seeded }] = await dataSource.query<[{ seeded: boolean }]>(
    `SELECT EXISTS (SELECT 1 FROM messaging.customer_directory WHERE partner_id = $1) AS seeded`,
    [DEMO.partnerId],
  );
  if (seeded) return false;
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO messaging.customer_directory (partner_id, customer_id, reseller_id, created_at)
       SELECT $1::uuid, ${seededCustomerIdSql('$1', 'n')}, ${seededResellerIdSql('n')}, now() - make_interval(mins => n * 7)
         FROM generate_series(1, $2::int) AS n`,
      [DEMO.partnerId, options.customers],
    );
    await manager.query(
      `INSERT INTO messaging.messages (partner_id, id, customer_id, channel, recipient, subject, body, status, created_at,
                                      sent_at, delivered_at, failed_at)
       SELECT $1::uuid, md5($1::uuid::text || ':message:' || n || ':' || k)::uuid, ${seededCustomerIdSql('$1', 'n')},
              CASE k WHEN 2 THEN 'SMS' ELSE 'EMAIL' END,
              CASE k WHEN 2 THEN '+4477009' || lpad((n % 100000)::text, 5, '0') ELSE 'billing+' || n || '@example.com' END,
              CASE k WHEN 1 THEN 'Welcome to Northwind' WHEN 3 THEN 'Your balance is running low' END,
              CASE k WHEN 1 THEN 'Your account is ready. Sign in to the portal to get started.'
                     WHEN 2 THEN 'Northwind: your monthly invoice is available in the portal.'
                     ELSE 'Your credit balance is below your reminder threshold. Top up to avoid interruption.' END,
              status, created,
              -- As delivery would have left them: sent a minute after, delivered a minute later.
              CASE WHEN status <> 'FAILED' THEN created + interval '1 minute' END,
              CASE WHEN status = 'DELIVERED' THEN created + interval '2 minutes' END,
              CASE WHEN status = 'FAILED' THEN created + interval '1 minute' END
         FROM generate_series(10, $2::int, 10) AS n
         CROSS JOIN generate_series(1, 3) AS k
         CROSS JOIN LATERAL (
           SELECT (ARRAY['DELIVERED', 'DELIVERED', 'SENT', 'FAILED'])[1 + (n + k) % 4] AS status,
                  now() - make_interval(mins => n * 7) + make_interval(hours => k) AS created
         ) AS m`,
      [DEMO.partnerId, options.customers],
    );
  });
  options.logger?.info({ customers: options.customers }, 'seeded demo messages');
  return true;
}
