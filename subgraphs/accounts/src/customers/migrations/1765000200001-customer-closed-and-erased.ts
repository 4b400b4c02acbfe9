import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a customer was closed (set while it is CLOSED, cleared when it is restored), and when its
 * personal data was erased (for good).
 */
export class CustomerClosedAndErased1765000200001 implements MigrationInterface {
  name = 'CustomerClosedAndErased1765000200001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE accounts.customers ADD COLUMN closed_at timestamptz(3), ADD COLUMN erased_at timestamptz(3)`,
    );
    // Customers that were CLOSED before this column take their last change as the closing time.
    await db.query(`UPDATE accounts.customers SET closed_at = updated_at WHERE status = 'CLOSED'`);
    // Erasure is only ever of a closed customer, and nothing reopens it.
    await db.query(
      `ALTER TABLE accounts.customers ADD CONSTRAINT customers_erased_stays_closed CHECK (erased_at IS NULL OR status = 'CLOSED')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.customers DROP COLUMN closed_at, DROP COLUMN erased_at`);
  }
}
