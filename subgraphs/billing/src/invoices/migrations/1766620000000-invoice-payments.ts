import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What is settled on an invoice besides its payments (credit notes against it), the day it is
 * listed by (its issue day; a draft's creation day), and its payments. A payment is recorded once
 * per idempotency key; what it pays beyond the amount due becomes credit through the ledger, and
 * the payment names that entry.
 */
export class InvoicePayments1766620000000 implements MigrationInterface {
  name = 'InvoicePayments1766620000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE billing.invoices
        ADD COLUMN credited_minor bigint NOT NULL DEFAULT 0 CHECK (credited_minor >= 0),
        ADD COLUMN listed_on date GENERATED ALWAYS AS (COALESCE(issue_date, (created_at AT TIME ZONE 'UTC')::date)) STORED`);
    // Lists sort by listed_on, which has no nulls, so drafts page with issued invoices.
    await db.query(`DROP INDEX billing.invoices_by_date`);
    await db.query(`DROP INDEX billing.invoices_by_customer`);
    await db.query(`CREATE INDEX invoices_listed ON billing.invoices (partner_id, listed_on DESC, id DESC)`);
    await db.query(
      `CREATE INDEX invoices_listed_by_customer ON billing.invoices (partner_id, customer_id, listed_on DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX invoices_credit_notes ON billing.invoices (partner_id, corrects_invoice_id) WHERE corrects_invoice_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE billing.invoice_payments (
        partner_id uuid NOT NULL,
        id uuid PRIMARY KEY,
        invoice_id uuid NOT NULL REFERENCES billing.invoices (id),
        customer_id uuid NOT NULL,
        currency char(3) NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        applied_minor bigint NOT NULL CHECK (applied_minor >= 0),
        excess_minor bigint NOT NULL CHECK (excess_minor >= 0),
        method text NOT NULL CHECK (method IN ('BANK_TRANSFER', 'CARD', 'CASH', 'CHEQUE', 'DIRECT_DEBIT', 'OTHER')),
        reference text CHECK (length(reference) <= 200),
        paid_on date NOT NULL,
        idempotency_key text NOT NULL,
        request_digest text NOT NULL,
        ledger_entry_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT invoice_payments_adds_up CHECK (applied_minor + excess_minor = amount_minor),
        CONSTRAINT invoice_payments_excess_credited CHECK ((excess_minor > 0) = (ledger_entry_id IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX invoice_payments_key ON billing.invoice_payments (partner_id, idempotency_key)`,
    );
    await db.query(`CREATE INDEX invoice_payments_of_invoice ON billing.invoice_payments (partner_id, invoice_id)`);
    // A payment is a record of money received: corrected by another document, never rewritten.
    await db.query(`
      CREATE FUNCTION billing.invoice_payments_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'invoice payments are append-only' USING ERRCODE = 'check_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER invoice_payments_append_only BEFORE UPDATE OR DELETE ON billing.invoice_payments
        FOR EACH ROW EXECUTE FUNCTION billing.invoice_payments_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.invoice_payments`);
    await db.query(`DROP FUNCTION billing.invoice_payments_append_only()`);
    await db.query(`DROP INDEX billing.invoices_credit_notes`);
    await db.query(`DROP INDEX billing.invoices_listed_by_customer`);
    await db.query(`DROP INDEX billing.invoices_listed`);
    await db.query(`CREATE INDEX invoices_by_date ON billing.invoices (partner_id, issue_date DESC, id DESC)`);
    await db.query(
      `CREATE INDEX invoices_by_customer ON billing.invoices (partner_id, customer_id, issue_date DESC, id DESC)`,
    );
    await db.query(`ALTER TABLE billing.invoices DROP COLUMN listed_on, DROP COLUMN credited_minor`);
  }
}
