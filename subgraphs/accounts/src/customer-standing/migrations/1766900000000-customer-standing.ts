import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer list's search projection: per customer, what billing and messaging own and the
 * list filters and sorts on (balance, amount owed, low credit, last messaged), kept from their
 * events and indexed for the list.
 *
 * A row is opened by a statement trigger on `customers`, in the transaction of the insert, for
 * every way a customer is made (the API, the demo seed, a bulk load with COPY): the list joins
 * these rows, so a customer without one would vanish from it. This names the customers' table
 * because the projection's promise is exactly that relation.
 */
export class CustomerStanding1766900000000 implements MigrationInterface {
  name = 'CustomerStanding1766900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_standing (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        -- The billing account's currency: the customer's at creation, then as balance events say.
        currency char(3) NOT NULL,
        balance_minor bigint NOT NULL DEFAULT 0,
        -- The place in the account's ledger of the entry the balance is as of: only a later one moves it.
        balance_sequence bigint NOT NULL DEFAULT 0,
        -- The sum of what is still due on the customer's open and overdue invoices.
        owed_minor bigint NOT NULL DEFAULT 0,
        -- The low-credit reminder's threshold; null while reminders are off, and then never low.
        low_credit_threshold_minor bigint,
        -- The reminder settings' version the threshold is as of: only a later one moves it.
        low_credit_version bigint NOT NULL DEFAULT 0,
        -- Low credit is the balance below the threshold, so it is right whichever of the two changed last.
        low_credit boolean NOT NULL
          GENERATED ALWAYS AS (COALESCE(balance_minor < low_credit_threshold_minor, false)) STORED,
        -- When the last message to the customer was sent.
        last_messaged_at timestamptz(3),
        -- When an event last moved last_messaged_at: a rebuild keeps what events brought while it ran.
        messaged_noted_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, customer_id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id) ON DELETE CASCADE
      )`);
    // The list's sorts and range filters, ties broken by customer id as its cursors are.
    await db.query(
      `CREATE INDEX customer_standing_by_balance ON accounts.customer_standing (partner_id, balance_minor, customer_id)`,
    );
    await db.query(
      `CREATE INDEX customer_standing_by_owed ON accounts.customer_standing (partner_id, owed_minor, customer_id)`,
    );
    await db.query(
      `CREATE INDEX customer_standing_by_last_messaged
          ON accounts.customer_standing (partner_id, last_messaged_at, customer_id)`,
    );
    // "Owes money" and "low credit" pick out a few customers of many.
    await db.query(
      `CREATE INDEX customer_standing_owing ON accounts.customer_standing (partner_id, customer_id) WHERE owed_minor > 0`,
    );
    await db.query(
      `CREATE INDEX customer_standing_low_credit ON accounts.customer_standing (partner_id, customer_id) WHERE low_credit`,
    );

    // What is still due on each invoice as its events said, so a redelivered event is counted once.
    await db.query(`
      CREATE TABLE accounts.customer_standing_invoices (
        partner_id uuid NOT NULL,
        invoice_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        -- 0 open, 1 overdue, 2 settled (paid or void): an invoice only ever moves up.
        stage smallint NOT NULL CHECK (stage BETWEEN 0 AND 2),
        amount_due_minor bigint NOT NULL,
        -- When an event last moved it: a rebuild keeps what events brought while it ran.
        noted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, invoice_id)
      )`);
    await db.query(
      `CREATE INDEX customer_standing_invoices_unsettled
          ON accounts.customer_standing_invoices (partner_id, customer_id) WHERE stage < 2`,
    );

    await db.query(`
      CREATE FUNCTION accounts.open_customer_standing() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO accounts.customer_standing (partner_id, customer_id, currency)
        SELECT partner_id, id, currency FROM new_customers
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    // Once per statement, so a bulk load pays one insert, not one per row.
    await db.query(`
      CREATE TRIGGER customers_open_standing AFTER INSERT ON accounts.customers
      REFERENCING NEW TABLE AS new_customers
      FOR EACH STATEMENT EXECUTE FUNCTION accounts.open_customer_standing()`);
    // Customers made before this: opened empty, then filled in from billing and messaging by a rebuild.
    await db.query(`
      INSERT INTO accounts.customer_standing (partner_id, customer_id, currency)
      SELECT partner_id, id, currency FROM accounts.customers
      ON CONFLICT DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER customers_open_standing ON accounts.customers`);
    await db.query(`DROP FUNCTION accounts.open_customer_standing()`);
    await db.query(`DROP TABLE accounts.customer_standing_invoices`);
    await db.query(`DROP TABLE accounts.customer_standing`);
  }
}
