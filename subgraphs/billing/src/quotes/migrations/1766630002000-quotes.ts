import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quotes: priced offers to a customer that become a draft invoice when accepted. A quote's
 * status moves DRAFT → SENT → ACCEPTED, DECLINED or EXPIRED and no further; an accepted one names
 * the invoice it became, and its row lock makes a second acceptance wait and then find it taken.
 */
export class Quotes1766630002000 implements MigrationInterface {
  name = 'Quotes1766630002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.quotes (
        partner_id uuid NOT NULL,
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
        currency char(3) NOT NULL,
        valid_until date NOT NULL,
        subtotal_minor bigint NOT NULL,
        tax_minor bigint NOT NULL,
        total_minor bigint NOT NULL,
        invoice_id uuid,
        decline_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3),
        decided_at timestamptz(3),
        CONSTRAINT quotes_total_adds_up CHECK (total_minor = subtotal_minor + tax_minor),
        CONSTRAINT quotes_accepted_into_invoice CHECK ((status = 'ACCEPTED') = (invoice_id IS NOT NULL)),
        CONSTRAINT quotes_sent_before_decided CHECK (status = 'DRAFT' OR sent_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX quotes_by_date ON billing.quotes (partner_id, created_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX quotes_by_customer ON billing.quotes (partner_id, customer_id, created_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX quotes_falling_due ON billing.quotes (valid_until) WHERE status = 'SENT'`);
    await db.query(`
      CREATE TABLE billing.quote_lines (
        partner_id uuid NOT NULL,
        quote_id uuid NOT NULL REFERENCES billing.quotes (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        quantity numeric(20, 6) NOT NULL CHECK (quantity > 0),
        unit_amount_minor bigint NOT NULL CHECK (unit_amount_minor >= 0),
        amount_minor bigint NOT NULL,
        tax_rate_ppm integer NOT NULL CHECK (tax_rate_ppm BETWEEN 0 AND 1000000),
        tax_minor bigint NOT NULL,
        PRIMARY KEY (quote_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.quote_lines`);
    await db.query(`DROP TABLE billing.quotes`);
  }
}
