import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's billing settings: tax rates by country (in parts per million, with the reverse-charge
 * flag), the monthly price of a PAID additional recipient, and exchange rates; and the exchange rates
 * a customer has agreed that override the partner's for that customer.
 */
export class BillingSettings1766610000000 implements MigrationInterface {
  name = 'BillingSettings1766610000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.tax_rates (
        partner_id uuid NOT NULL,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        rate_ppm integer NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
        reverse_charge boolean NOT NULL DEFAULT false,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, country)
      )`);
    await db.query(`
      CREATE TABLE billing.partner_billing_settings (
        partner_id uuid PRIMARY KEY,
        recipient_price_minor bigint CHECK (recipient_price_minor >= 0),
        recipient_price_currency char(3),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT partner_billing_settings_price_with_currency
          CHECK ((recipient_price_minor IS NULL) = (recipient_price_currency IS NULL))
      )`);
    await db.query(`
      CREATE TABLE billing.fx_rates (
        partner_id uuid NOT NULL,
        base_currency char(3) NOT NULL,
        quote_currency char(3) NOT NULL,
        rate numeric(24, 12) NOT NULL CHECK (rate > 0),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, base_currency, quote_currency),
        CHECK (base_currency <> quote_currency)
      )`);
    await db.query(`
      CREATE TABLE billing.customer_fx_rates (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        base_currency char(3) NOT NULL,
        quote_currency char(3) NOT NULL,
        rate numeric(24, 12) NOT NULL CHECK (rate > 0),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, customer_id, base_currency, quote_currency),
        CHECK (base_currency <> quote_currency)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.customer_fx_rates`);
    await db.query(`DROP TABLE billing.fx_rates`);
    await db.query(`DROP TABLE billing.partner_billing_settings`);
    await db.query(`DROP TABLE billing.tax_rates`);
  }
}
