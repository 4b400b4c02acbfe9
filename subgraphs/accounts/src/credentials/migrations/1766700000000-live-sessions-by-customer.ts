import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suspending, deactivating or closing a customer ends its members' live portal sessions by
 * customer; without this index each of those changes scanned every session of every partner.
 */
export class LiveSessionsByCustomer1766700000000 implements MigrationInterface {
  name = 'LiveSessionsByCustomer1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX sessions_live_by_customer ON accounts.sessions (partner_id, customer_id)
        WHERE customer_id IS NOT NULL AND ended_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX accounts.sessions_live_by_customer`);
  }
}
