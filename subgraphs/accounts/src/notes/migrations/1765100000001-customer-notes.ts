import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operators' notes on a customer account, newest first, each kept by whoever wrote it. */
export class CustomerNotes1765100000001 implements MigrationInterface {
  name = 'CustomerNotes1765100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_notes (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        author_kind text NOT NULL CHECK (author_kind IN ('operator', 'platform', 'apiKey', 'portal')),
        author_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id)
      )`);
    // A customer's notes are paged newest first, seeking on (created_at, id).
    await db.query(
      `CREATE INDEX customer_notes_by_customer ON accounts.customer_notes (partner_id, customer_id, created_at, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_notes`);
  }
}
