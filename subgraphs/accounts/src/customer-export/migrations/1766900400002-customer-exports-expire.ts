import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports' files are kept for a while, not for ever: a completed export gets the time its file is
 * removed, after which it is EXPIRED. Exports completed before this are given the default week.
 */
export class CustomerExportsExpire1766900400002 implements MigrationInterface {
  name = 'CustomerExportsExpire1766900400002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.customer_exports ADD COLUMN expires_at timestamptz(3)`);
    await db.query(
      `UPDATE accounts.customer_exports SET expires_at = finished_at + interval '7 days' WHERE status = 'COMPLETED'`,
    );
    await db.query(`ALTER TABLE accounts.customer_exports DROP CONSTRAINT customer_exports_status_check`);
    await db.query(`
      ALTER TABLE accounts.customer_exports ADD CONSTRAINT customer_exports_status_check
        CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED'))`);
    await db.query(`
      ALTER TABLE accounts.customer_exports ADD CONSTRAINT customer_exports_completed_expire
        CHECK (status <> 'COMPLETED' OR expires_at IS NOT NULL)`);
    // The sweep's question: which completed exports are due.
    await db.query(
      `CREATE INDEX customer_exports_due ON accounts.customer_exports (expires_at) WHERE status = 'COMPLETED'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX accounts.customer_exports_due`);
    await db.query(`ALTER TABLE accounts.customer_exports DROP CONSTRAINT customer_exports_completed_expire`);
    await db.query(`UPDATE accounts.customer_exports SET status = 'COMPLETED' WHERE status = 'EXPIRED'`);
    await db.query(`ALTER TABLE accounts.customer_exports DROP CONSTRAINT customer_exports_status_check`);
    await db.query(`
      ALTER TABLE accounts.customer_exports ADD CONSTRAINT customer_exports_status_check
        CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'))`);
    await db.query(`ALTER TABLE accounts.customer_exports DROP COLUMN expires_at`);
  }
}
