import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rebuilds of the search projection from its owners, one partner each, with how far each got:
 * a rebuild runs page by page on the queue and resumes from its last page after a restart.
 */
export class CustomerStandingRebuilds1766900020000 implements MigrationInterface {
  name = 'CustomerStandingRebuilds1766900020000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_standing_rebuilds (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
        -- The last customer rebuilt, in customer id order: the next page starts after it.
        last_customer_id uuid,
        customers_done integer NOT NULL DEFAULT 0,
        error text,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX customer_standing_rebuilds_by_partner ON accounts.customer_standing_rebuilds (partner_id, started_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_standing_rebuilds`);
  }
}
