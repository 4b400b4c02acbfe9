import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Billing runs: each invoicing of a partner's customers (or one customer) for a period, run as a
 * background job, with its progress. The daily schedule starts one run per partner and period, so
 * the unique index on scheduled runs keeps two processes from starting it twice.
 */
export class BillingRuns1766610004000 implements MigrationInterface {
  name = 'BillingRuns1766610004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.billing_runs (
        partner_id uuid NOT NULL,
        id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        scheduled boolean NOT NULL,
        customer_id uuid,
        reseller_id uuid,
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end > period_start),
        issue_date date,
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        invoices_created integer NOT NULL DEFAULT 0,
        already_invoiced integer NOT NULL DEFAULT 0,
        skipped integer NOT NULL DEFAULT 0,
        skip_reasons jsonb NOT NULL DEFAULT '[]',
        error text,
        requested_by jsonb,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        started_at timestamptz(3),
        finished_at timestamptz(3)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX billing_runs_scheduled_once ON billing.billing_runs (partner_id, period_start) WHERE scheduled`,
    );
    await db.query(`CREATE INDEX billing_runs_by_partner ON billing.billing_runs (partner_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.billing_runs`);
  }
}
