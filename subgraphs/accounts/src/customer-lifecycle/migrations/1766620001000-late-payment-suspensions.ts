import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suspension for late payment. Each overdue invoice a customer is to be suspended for is kept
 * until it is paid or voided; a status change caused by one names it. A customer is re-enabled
 * only when its suspension was for late payment and no overdue invoice of it is left, so a
 * suspension an operator made is never lifted by a payment.
 */
export class LatePaymentSuspensions1766620001000 implements MigrationInterface {
  name = 'LatePaymentSuspensions1766620001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.customer_status_changes ADD COLUMN invoice_id uuid`);
    await db.query(`
      CREATE TABLE accounts.customer_overdue_invoices (
        partner_id uuid NOT NULL,
        invoice_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        number text NOT NULL,
        overdue_at timestamptz(3),
        settled text CHECK (settled IN ('PAID', 'VOIDED')),
        settled_at timestamptz(3),
        PRIMARY KEY (partner_id, invoice_id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id),
        CHECK ((settled IS NULL) = (settled_at IS NULL))
      )`);
    await db.query(
      `CREATE INDEX customer_overdue_invoices_open ON accounts.customer_overdue_invoices (partner_id, customer_id) WHERE settled IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_overdue_invoices`);
    await db.query(`ALTER TABLE accounts.customer_status_changes DROP COLUMN invoice_id`);
  }
}
