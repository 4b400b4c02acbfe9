import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a partner prints at the top of its invoices: legal name, address, tax id and a logo. The
 * logo itself is in the file store; the row keeps its key and type, so a document can draw it.
 */
export class InvoiceHeaders1766630001000 implements MigrationInterface {
  name = 'InvoiceHeaders1766630001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.invoice_headers (
        partner_id uuid PRIMARY KEY,
        legal_name text NOT NULL DEFAULT '' CHECK (length(legal_name) <= 200),
        address_lines text[] NOT NULL DEFAULT '{}' CHECK (cardinality(address_lines) <= 6),
        tax_id text CHECK (length(tax_id) <= 50),
        logo_key text,
        logo_content_type text CHECK (logo_content_type IN ('image/png', 'image/jpeg')),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT invoice_headers_logo_complete CHECK ((logo_key IS NULL) = (logo_content_type IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.invoice_headers`);
  }
}
