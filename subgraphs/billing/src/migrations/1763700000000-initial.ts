import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763700000000 implements MigrationInterface {
  name = 'Initial1763700000000';

  async up(db: QueryRunner): Promise<void> {
    // Opened from accounts' customer.created event; the reseller is kept to scope reads.
    await db.query(`
      CREATE TABLE billing.billing_accounts (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        reseller_id uuid,
        currency char(3) NOT NULL,
        pricing_model text NOT NULL CHECK (pricing_model IN ('PREPAID', 'POSTPAID')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, customer_id)
      )`);
    // Append-only: the balance is the sum of the entries; nothing is updated or deleted.
    await db.query(`
      CREATE TABLE billing.ledger_entries (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor <> 0),
        currency char(3) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CREDIT', 'DEBIT', 'ADJUSTMENT', 'TRANSFER_IN', 'TRANSFER_OUT', 'CHARGE', 'PAYMENT')),
        description text NOT NULL,
        idempotency_key text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES billing.billing_accounts (partner_id, customer_id)
      )`);
    await db.query(
      `CREATE INDEX ledger_entries_by_customer ON billing.ledger_entries (partner_id, customer_id, created_at) INCLUDE (amount_minor, currency)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX ledger_entries_idempotency ON billing.ledger_entries (partner_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await db.query(`
      CREATE FUNCTION billing.refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON billing.ledger_entries
      FOR EACH ROW EXECUTE FUNCTION billing.refuse_ledger_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.ledger_entries`);
    await db.query(`DROP FUNCTION billing.refuse_ledger_change()`);
    await db.query(`DROP TABLE billing.billing_accounts`);
  }
}
