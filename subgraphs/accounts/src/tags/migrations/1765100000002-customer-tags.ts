import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tags on customer accounts. A tag is case-insensitive within a customer (citext in the key) and
 * keeps the spelling it was first written with.
 */
export class CustomerTags1765100000002 implements MigrationInterface {
  name = 'CustomerTags1765100000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_tags (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        tag citext NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, customer_id, tag),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id)
      )`);
    // The partner's tag list with counts groups by tag within a partner.
    await db.query(`CREATE INDEX customer_tags_by_tag ON accounts.customer_tags (partner_id, tag)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_tags`);
  }
}
