import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved views of the customer list: an operator's filter, order and columns under a name, for
 * themselves or shared with the partner's operators.
 */
export class CustomerListViews1766900300100 implements MigrationInterface {
  name = 'CustomerListViews1766900300100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_list_views (
        partner_id uuid NOT NULL REFERENCES accounts.partners (id),
        id uuid NOT NULL,
        owner_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        shared boolean NOT NULL DEFAULT false,
        filter jsonb NOT NULL,
        sort_key text,
        reverse boolean NOT NULL,
        columns text[] NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, owner_id) REFERENCES accounts.operators (partner_id, id)
      )`);
    // An operator's own views are told apart by name, whatever the case.
    await db.query(
      `CREATE UNIQUE INDEX customer_list_views_name ON accounts.customer_list_views (partner_id, owner_id, lower(name))`,
    );
    await db.query(`CREATE INDEX customer_list_views_shared ON accounts.customer_list_views (partner_id) WHERE shared`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_list_views`);
  }
}
