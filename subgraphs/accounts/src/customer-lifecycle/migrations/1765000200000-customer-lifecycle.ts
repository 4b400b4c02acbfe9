import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every status change of a customer, and the cancellations scheduled for later. */
export class CustomerLifecycle1765000200000 implements MigrationInterface {
  name = 'CustomerLifecycle1765000200000';

  async up(db: QueryRunner): Promise<void> {
    const statuses = `('ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED')`;
    await db.query(`
      CREATE TABLE accounts.customer_status_changes (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        transition text NOT NULL,
        from_status text NOT NULL CHECK (from_status IN ${statuses}),
        to_status text NOT NULL CHECK (to_status IN ${statuses}),
        reason text CHECK (length(reason) <= 500),
        cancellation_mode text CHECK (cancellation_mode IN ('IMMEDIATELY', 'END_OF_PERIOD', 'ON_DATE')),
        actor_kind text NOT NULL,
        actor_id uuid NOT NULL,
        impersonator_id uuid,
        occurred_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id)
      )`);
    await db.query(
      `CREATE INDEX customer_status_changes_by_customer ON accounts.customer_status_changes (partner_id, customer_id, occurred_at)`,
    );
    // The record of a customer's history, like the audit log: nothing rewrites or removes a change.
    await db.query(`
      CREATE FUNCTION accounts.customer_status_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'customer status changes are append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER customer_status_changes_append_only BEFORE UPDATE OR DELETE ON accounts.customer_status_changes
      FOR EACH ROW EXECUTE FUNCTION accounts.customer_status_changes_append_only()`);

    await db.query(`
      CREATE TABLE accounts.customer_scheduled_cancellations (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        mode text NOT NULL CHECK (mode IN ('END_OF_PERIOD', 'ON_DATE')),
        effective_at timestamptz(3) NOT NULL,
        reason text CHECK (length(reason) <= 500),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'WITHDRAWN', 'CARRIED_OUT', 'SUPERSEDED')),
        scheduled_by_kind text NOT NULL,
        scheduled_by_id uuid NOT NULL,
        impersonator_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        settled_at timestamptz(3),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id),
        CHECK ((state = 'PENDING') = (settled_at IS NULL))
      )`);
    // At most one cancellation waits per customer.
    await db.query(
      `CREATE UNIQUE INDEX customer_scheduled_cancellations_pending ON accounts.customer_scheduled_cancellations (partner_id, customer_id) WHERE state = 'PENDING'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_scheduled_cancellations`);
    await db.query(`DROP TABLE accounts.customer_status_changes`);
    await db.query(`DROP FUNCTION accounts.customer_status_changes_append_only()`);
  }
}
