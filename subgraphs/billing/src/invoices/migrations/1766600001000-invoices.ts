import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices and credit notes with their lines, and each partner's numbering. A document is numbered
 * when it is issued, from the partner's counter row in the same transaction: the row lock orders
 * concurrent issuers and a rollback gives the number back, so the numbers have no gaps. A billing
 * run's invoice is unique per customer and period, so a repeated run creates nothing. Whom it was
 * billed to (name, account number, address) is copied onto the invoice when it is issued, so a later
 * change of address never rewrites an old invoice.
 */
export class Invoices1766600001000 implements MigrationInterface {
  name = 'Invoices1766600001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.invoice_settings (
        partner_id uuid PRIMARY KEY,
        prefix text NOT NULL DEFAULT 'INV-' CHECK (prefix ~ '^[A-Za-z0-9/_-]{0,12}$'),
        next_sequence bigint NOT NULL DEFAULT 1 CHECK (next_sequence >= 1),
        history_start date,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE billing.invoices (
        partner_id uuid NOT NULL,
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
        source text NOT NULL CHECK (source IN ('BILLING_RUN', 'MANUAL', 'QUOTE', 'CORRECTION')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'PAID', 'VOID', 'OVERDUE')),
        sequence bigint,
        number text,
        currency char(3) NOT NULL,
        period_start date,
        period_end date,
        issue_date date,
        due_date date,
        subtotal_minor bigint NOT NULL DEFAULT 0,
        tax_minor bigint NOT NULL DEFAULT 0,
        total_minor bigint NOT NULL DEFAULT 0,
        paid_minor bigint NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
        reverse_charge boolean NOT NULL DEFAULT false,
        bill_to jsonb,
        fx_rate numeric(24, 12),
        fx_base_currency char(3),
        fx_source text CHECK (fx_source IN ('CUSTOMER', 'PARTNER')),
        corrects_invoice_id uuid REFERENCES billing.invoices (id),
        void_reason text,
        voided_at timestamptz(3),
        paid_at timestamptz(3),
        overdue_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT invoices_numbered_once_issued CHECK ((status = 'DRAFT') = (number IS NULL)),
        CONSTRAINT invoices_sequence_with_number CHECK ((number IS NULL) = (sequence IS NULL)),
        CONSTRAINT invoices_issued_with_dates CHECK (status = 'DRAFT' OR (issue_date IS NOT NULL AND due_date IS NOT NULL)),
        CONSTRAINT invoices_issued_to_someone CHECK (status = 'DRAFT' OR bill_to IS NOT NULL),
        CONSTRAINT invoices_period_order CHECK (period_end IS NULL OR period_end > period_start),
        CONSTRAINT invoices_total_adds_up CHECK (total_minor = subtotal_minor + tax_minor),
        CONSTRAINT invoices_credit_note_corrects CHECK ((kind = 'CREDIT_NOTE') = (corrects_invoice_id IS NOT NULL)),
        CONSTRAINT invoices_fx_complete CHECK ((fx_rate IS NULL) = (fx_base_currency IS NULL) AND (fx_rate IS NULL) = (fx_source IS NULL)),
        CONSTRAINT invoices_void_with_reason CHECK ((status = 'VOID') = (void_reason IS NOT NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX invoices_number ON billing.invoices (partner_id, sequence) WHERE sequence IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX invoices_number_search ON billing.invoices (partner_id, number text_pattern_ops) WHERE number IS NOT NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX invoices_one_per_period ON billing.invoices (customer_id, period_start) WHERE source = 'BILLING_RUN'`,
    );
    await db.query(`CREATE INDEX invoices_by_date ON billing.invoices (partner_id, issue_date DESC, id DESC)`);
    await db.query(
      `CREATE INDEX invoices_by_customer ON billing.invoices (partner_id, customer_id, issue_date DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX invoices_owed ON billing.invoices (partner_id, customer_id) WHERE status IN ('OPEN', 'OVERDUE')`,
    );
    await db.query(`CREATE INDEX invoices_falling_due ON billing.invoices (due_date) WHERE status = 'OPEN'`);
    await db.query(`
      CREATE TABLE billing.invoice_lines (
        partner_id uuid NOT NULL,
        invoice_id uuid NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('SERVICE', 'RECIPIENT', 'USAGE', 'CUSTOM')),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        quantity numeric(20, 6) NOT NULL,
        unit_amount_minor bigint NOT NULL,
        amount_minor bigint NOT NULL,
        tax_rate_ppm integer NOT NULL DEFAULT 0 CHECK (tax_rate_ppm BETWEEN 0 AND 1000000),
        tax_minor bigint NOT NULL DEFAULT 0,
        period_start date,
        period_end date,
        source_id uuid,
        PRIMARY KEY (invoice_id, position)
      )`);
    // An issued invoice is never edited: corrections are credit notes. Only its standing (status,
    // what was paid, when it fell due or was voided) moves after issue.
    await db.query(`
      CREATE FUNCTION billing.invoice_issued_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'invoice % is issued and cannot be deleted', OLD.number USING ERRCODE = 'check_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'DRAFT' AND (
             NEW.customer_id, NEW.kind, NEW.number, NEW.currency, NEW.period_start, NEW.period_end, NEW.issue_date,
             NEW.due_date, NEW.bill_to, NEW.subtotal_minor, NEW.tax_minor, NEW.total_minor, NEW.fx_rate, NEW.corrects_invoice_id
           ) IS DISTINCT FROM (
             OLD.customer_id, OLD.kind, OLD.number, OLD.currency, OLD.period_start, OLD.period_end, OLD.issue_date,
             OLD.due_date, OLD.bill_to, OLD.subtotal_minor, OLD.tax_minor, OLD.total_minor, OLD.fx_rate, OLD.corrects_invoice_id
           ) THEN
          RAISE EXCEPTION 'invoice % is issued and cannot be edited', OLD.number USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER invoices_issued_is_final BEFORE UPDATE OR DELETE ON billing.invoices
        FOR EACH ROW EXECUTE FUNCTION billing.invoice_issued_is_final()`);
    await db.query(`
      CREATE FUNCTION billing.invoice_lines_of_drafts_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE invoice_status text;
      BEGIN
        SELECT status INTO invoice_status FROM billing.invoices WHERE id = COALESCE(NEW.invoice_id, OLD.invoice_id);
        -- Lines are written with their invoice; once it is issued they are final. A draft deleted with
        -- its lines is already gone when they follow it.
        IF TG_OP <> 'INSERT' AND invoice_status IS NOT NULL AND invoice_status <> 'DRAFT' THEN
          RAISE EXCEPTION 'the lines of an issued invoice cannot be changed' USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await db.query(`
      CREATE TRIGGER invoice_lines_of_drafts_only BEFORE UPDATE OR DELETE ON billing.invoice_lines
        FOR EACH ROW EXECUTE FUNCTION billing.invoice_lines_of_drafts_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.invoice_lines`);
    await db.query(`DROP FUNCTION billing.invoice_lines_of_drafts_only()`);
    await db.query(`DROP TABLE billing.invoices`);
    await db.query(`DROP FUNCTION billing.invoice_issued_is_final()`);
    await db.query(`DROP TABLE billing.invoice_settings`);
  }
}
