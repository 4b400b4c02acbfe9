import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk actions on customers. An operation keeps its target as one outcome row per customer,
 * written when it starts (so a filter's matches are fixed then, and `total` is exact); a row is
 * pending until its batch decides it DONE or SKIPPED, with what the change replaced and what it
 * set, which is what an undo restores and checks against.
 */
export class CustomerBulkOperations1766900200000 implements MigrationInterface {
  name = 'CustomerBulkOperations1766900200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.customer_bulk_operations (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        action text NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED')),
        parameters jsonb NOT NULL,
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        changed integer NOT NULL DEFAULT 0,
        skipped integer NOT NULL DEFAULT 0,
        actor_kind text NOT NULL,
        actor_id uuid NOT NULL,
        impersonator_id uuid,
        reseller_id uuid,
        request_id text,
        idempotency_key text,
        undo_of uuid,
        undone_by uuid,
        cancel_requested_at timestamptz(3),
        error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        started_at timestamptz(3),
        finished_at timestamptz(3),
        PRIMARY KEY (partner_id, id),
        UNIQUE (partner_id, idempotency_key),
        FOREIGN KEY (partner_id, undo_of) REFERENCES accounts.customer_bulk_operations (partner_id, id),
        CHECK (processed = changed + skipped AND processed <= total)
      )`);
    await db.query(
      `CREATE INDEX customer_bulk_operations_by_created ON accounts.customer_bulk_operations (partner_id, created_at, id)`,
    );
    await db.query(`
      CREATE TABLE accounts.customer_bulk_outcomes (
        partner_id uuid NOT NULL,
        operation_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        outcome text CHECK (outcome IN ('DONE', 'SKIPPED')),
        reason text,
        previous jsonb,
        applied jsonb,
        PRIMARY KEY (partner_id, operation_id, customer_id),
        FOREIGN KEY (partner_id, operation_id) REFERENCES accounts.customer_bulk_operations (partner_id, id),
        CHECK ((outcome = 'SKIPPED') = (reason IS NOT NULL))
      )`);
    // A batch takes the next pending rows in id order.
    await db.query(
      `CREATE INDEX customer_bulk_outcomes_pending ON accounts.customer_bulk_outcomes (partner_id, operation_id, customer_id) WHERE outcome IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_bulk_outcomes`);
    await db.query(`DROP TABLE accounts.customer_bulk_operations`);
  }
}
