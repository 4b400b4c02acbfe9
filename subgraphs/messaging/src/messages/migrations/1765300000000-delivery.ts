import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Messages become deliverable: statuses of a delivery, attempts, batch and priority, and opt-outs. */
export class Delivery1765300000000 implements MigrationInterface {
  name = 'Delivery1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.messages DROP CONSTRAINT messages_status_check`);
    await db.query(`
      ALTER TABLE messaging.messages
        ADD CONSTRAINT messages_status_check
          CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED')),
        ADD COLUMN html_body text,
        ADD COLUMN batch_id uuid,
        ADD COLUMN template_key text,
        ADD COLUMN priority text NOT NULL DEFAULT 'BULK' CHECK (priority IN ('TRANSACTIONAL', 'BULK')),
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN last_error text,
        ADD COLUMN provider_message_id text,
        ADD COLUMN sent_at timestamptz(3),
        ADD COLUMN delivered_at timestamptz(3),
        ADD COLUMN failed_at timestamptz(3),
        ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now()`);
    await db.query(
      `CREATE INDEX messages_by_batch ON messaging.messages (partner_id, batch_id, status) WHERE batch_id IS NOT NULL`,
    );
    // Delivery receipts name the provider's id only.
    await db.query(
      `CREATE INDEX messages_by_provider_id ON messaging.messages (provider_message_id) WHERE provider_message_id IS NOT NULL`,
    );

    // One row per try, written before the provider is called: a retry that finds an open one knows
    // the provider may already have the message, and does not send it again.
    await db.query(`
      CREATE TABLE messaging.message_attempts (
        partner_id uuid NOT NULL,
        message_id uuid NOT NULL,
        attempt integer NOT NULL,
        idempotency_key text NOT NULL,
        started_at timestamptz(3) NOT NULL DEFAULT now(),
        finished_at timestamptz(3),
        outcome text CHECK (outcome IN ('SENT', 'FAILED', 'UNKNOWN')),
        error text,
        PRIMARY KEY (partner_id, message_id, attempt),
        FOREIGN KEY (partner_id, message_id) REFERENCES messaging.messages (partner_id, id)
      )`);

    await db.query(`
      CREATE TABLE messaging.opt_outs (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, customer_id, channel)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.opt_outs`);
    await db.query(`DROP TABLE messaging.message_attempts`);
    await db.query(`DROP INDEX messaging.messages_by_provider_id`);
    await db.query(`DROP INDEX messaging.messages_by_batch`);
    await db.query(`DELETE FROM messaging.messages WHERE status IN ('SENDING', 'CANCELLED')`);
    await db.query(`
      ALTER TABLE messaging.messages
        DROP CONSTRAINT messages_status_check,
        DROP COLUMN html_body, DROP COLUMN batch_id, DROP COLUMN template_key, DROP COLUMN priority,
        DROP COLUMN attempts, DROP COLUMN last_error, DROP COLUMN provider_message_id, DROP COLUMN sent_at,
        DROP COLUMN delivered_at, DROP COLUMN failed_at, DROP COLUMN updated_at`);
    await db.query(
      `ALTER TABLE messaging.messages ADD CONSTRAINT messages_status_check CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'FAILED'))`,
    );
  }
}
