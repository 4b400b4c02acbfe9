import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each entry's customer, for a customer's activity: the one an entry names in its details (an
 * entry about a member or a note), or the customer it targets. A generated column, so every
 * writer, in this subgraph or sending `audit.requested` from another, is covered alike.
 */
export class AuditByCustomer1765100000003 implements MigrationInterface {
  name = 'AuditByCustomer1765100000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE accounts.audit_log ADD COLUMN customer_id text GENERATED ALWAYS AS (
        COALESCE(details->>'customerId', CASE WHEN target_type = 'Customer' THEN target_id END)
      ) STORED`);
    await db.query(
      `CREATE INDEX audit_log_by_customer ON accounts.audit_log (partner_id, customer_id, occurred_at, id) WHERE customer_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX accounts.audit_log_by_customer`);
    await db.query(`ALTER TABLE accounts.audit_log DROP COLUMN customer_id`);
  }
}
