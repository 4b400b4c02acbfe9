import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Usage partner apps report. A PREPAID customer's usage is charged to the ledger when it is
 * recorded (`ledger_entry_id`); a POSTPAID customer's waits for the next billing run, which sets
 * `invoice_id`. The client's idempotency key is unique per partner and kept with the record for
 * as long as the record, with the digest of the request it was first used for.
 */
export class UsageRecords1766610003000 implements MigrationInterface {
  name = 'UsageRecords1766610003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.usage_records (
        partner_id uuid NOT NULL,
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
        quantity numeric(20, 6) NOT NULL CHECK (quantity > 0),
        unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
        currency char(3) NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
        occurred_at timestamptz(3) NOT NULL,
        pricing_model text NOT NULL CHECK (pricing_model IN ('PREPAID', 'POSTPAID')),
        ledger_entry_id uuid,
        invoice_id uuid,
        idempotency_key text NOT NULL,
        request_digest text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT usage_records_prepaid_charged CHECK ((pricing_model = 'PREPAID') = (ledger_entry_id IS NOT NULL)),
        CONSTRAINT usage_records_invoiced_postpaid CHECK (invoice_id IS NULL OR pricing_model = 'POSTPAID')
      )`);
    await db.query(`CREATE UNIQUE INDEX usage_records_key ON billing.usage_records (partner_id, idempotency_key)`);
    await db.query(`
      CREATE INDEX usage_records_uninvoiced ON billing.usage_records (partner_id, customer_id, occurred_at)
        WHERE pricing_model = 'POSTPAID' AND invoice_id IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.usage_records`);
  }
}
