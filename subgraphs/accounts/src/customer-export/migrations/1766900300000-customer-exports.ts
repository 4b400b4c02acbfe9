import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports of the customer list: what was asked (filter, order, columns, and the caller whose view
 * of the customers it is), where the job is, and the file it wrote.
 */
export class CustomerExports1766900300000 implements MigrationInterface {
  name = 'CustomerExports1766900300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_exports (
        partner_id uuid NOT NULL REFERENCES accounts.partners (id),
        id uuid NOT NULL,
        reseller_id uuid,
        caller jsonb NOT NULL,
        filter jsonb NOT NULL,
        sort_key text NOT NULL,
        reverse boolean NOT NULL,
        columns text[] NOT NULL CHECK (cardinality(columns) >= 1),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
        total bigint,
        rows_written bigint NOT NULL DEFAULT 0,
        file_key text,
        file_name text NOT NULL,
        error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        started_at timestamptz(3),
        finished_at timestamptz(3),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, reseller_id) REFERENCES accounts.resellers (partner_id, id)
      )`);
    // The partner's exports, newest first, a page at a time.
    await db.query(
      `CREATE INDEX customer_exports_by_created ON accounts.customer_exports (partner_id, created_at, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_exports`);
  }
}
