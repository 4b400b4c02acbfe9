import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every account number a customer has held, and when: numbers are never deleted, and a former
 * number still finds its customer.
 */
export class AccountNumberHistory1765000100000 implements MigrationInterface {
  name = 'AccountNumberHistory1765000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_account_numbers (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        account_number text NOT NULL CHECK (length(account_number) BETWEEN 1 AND 32),
        assigned_at timestamptz(3) NOT NULL DEFAULT now(),
        released_at timestamptz(3),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id),
        CHECK (released_at IS NULL OR released_at >= assigned_at)
      )`);
    // One current number per customer, and a current number names one customer, as on customers.
    await db.query(
      `CREATE UNIQUE INDEX customer_account_numbers_current ON accounts.customer_account_numbers (partner_id, customer_id) WHERE released_at IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX customer_account_numbers_held ON accounts.customer_account_numbers (partner_id, account_number) WHERE released_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX customer_account_numbers_by_number ON accounts.customer_account_numbers (partner_id, account_number)`,
    );
    await db.query(
      `CREATE INDEX customer_account_numbers_by_customer ON accounts.customer_account_numbers (partner_id, customer_id, assigned_at)`,
    );
    // Customers from before the history start with the number they hold, since they joined.
    await db.query(`
      INSERT INTO accounts.customer_account_numbers (partner_id, id, customer_id, account_number, assigned_at)
      SELECT partner_id, gen_random_uuid(), id, account_number, created_at FROM accounts.customers`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_account_numbers`);
  }
}
