import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Services: what a customer subscribes to and is billed for each period, pro-rated by days. A
 * service is billed from its start date up to the day before its end (`end_date` is the first day
 * not billed); a cancellation of the customer ends it through `cancelled_from`, kept apart from the
 * end an operator set, so withdrawing a scheduled cancellation gives the service back its own end.
 */
export class Services1766610001000 implements MigrationInterface {
  name = 'Services1766610001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.services (
        partner_id uuid NOT NULL,
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
        unit_price_minor bigint NOT NULL CHECK (unit_price_minor >= 0),
        currency char(3) NOT NULL,
        quantity numeric(20, 6) NOT NULL CHECK (quantity > 0),
        period text NOT NULL CHECK (period IN ('MONTHLY', 'YEARLY')),
        start_date date NOT NULL,
        end_date date,
        cancelled_from date,
        assigned_member_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT services_end_after_start CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await db.query(`CREATE INDEX services_by_customer ON billing.services (partner_id, customer_id, start_date)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.services`);
  }
}
