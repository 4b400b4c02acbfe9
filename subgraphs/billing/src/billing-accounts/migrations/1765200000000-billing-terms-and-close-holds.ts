import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a billing account now keeps besides whose it is: its kept balance (proven against the
 * ledger by the ledger's own migration), its credit limit and payment terms, and the close
 * guard's hold, which refuses ledger writes while accounts closes the customer.
 */
export class BillingTermsAndCloseHolds1765200000000 implements MigrationInterface {
  name = 'BillingTermsAndCloseHolds1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE billing.billing_accounts
        ADD COLUMN balance_minor bigint NOT NULL DEFAULT 0,
        ADD COLUMN last_sequence bigint NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),
        ADD COLUMN credit_limit_minor bigint NOT NULL DEFAULT 0 CHECK (credit_limit_minor >= 0),
        ADD COLUMN payment_terms_days integer NOT NULL DEFAULT 0 CHECK (payment_terms_days BETWEEN 0 AND 365),
        ADD COLUMN close_hold text CHECK (close_hold IN ('HOLD', 'CLOSED')),
        ADD COLUMN close_hold_expires_at timestamptz(3),
        ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now(),
        ADD CONSTRAINT billing_accounts_prepaid_without_credit
          CHECK (pricing_model = 'POSTPAID' OR credit_limit_minor = 0),
        ADD CONSTRAINT billing_accounts_hold_expires
          CHECK (close_hold IS DISTINCT FROM 'HOLD' OR close_hold_expires_at IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE billing.billing_accounts
        DROP CONSTRAINT billing_accounts_hold_expires,
        DROP CONSTRAINT billing_accounts_prepaid_without_credit,
        DROP COLUMN updated_at,
        DROP COLUMN close_hold_expires_at,
        DROP COLUMN close_hold,
        DROP COLUMN payment_terms_days,
        DROP COLUMN credit_limit_minor,
        DROP COLUMN last_sequence,
        DROP COLUMN balance_minor`);
  }
}
