import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner apps' webhook endpoints, the messages sent to them, and each delivery with its attempts. */
export class Webhooks1765350000000 implements MigrationInterface {
  name = 'Webhooks1765350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messaging.webhook_endpoints (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        event_types text[] NOT NULL,
        -- Needed in the clear to sign each delivery; shown to the partner once, at creation.
        secret text NOT NULL,
        status text NOT NULL DEFAULT 'ENABLED' CHECK (status IN ('ENABLED', 'DISABLED')),
        disabled_reason text,
        disabled_at timestamptz(3),
        -- Since when every attempt to the endpoint has failed; null after any success.
        failing_since timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id)
      )`);
    await db.query(
      `CREATE INDEX webhook_endpoints_by_partner ON messaging.webhook_endpoints (partner_id, created_at, id)`,
    );
    // One row per domain event that at least one endpoint wanted: the body every attempt sends, byte for byte.
    await db.query(`
      CREATE TABLE messaging.webhook_messages (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id)
      )`);
    await db.query(`
      CREATE TABLE messaging.webhook_deliveries (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        endpoint_id uuid NOT NULL,
        message_id uuid NOT NULL,
        replay_of uuid,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempt_count int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3),
        last_status_code int,
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        completed_at timestamptz(3),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, endpoint_id) REFERENCES messaging.webhook_endpoints (partner_id, id) ON DELETE CASCADE,
        FOREIGN KEY (partner_id, message_id) REFERENCES messaging.webhook_messages (partner_id, id)
      )`);
    // A redelivered event finds its deliveries already made: the fan-out is idempotent on the event id.
    await db.query(`
      CREATE UNIQUE INDEX webhook_deliveries_once_per_event
        ON messaging.webhook_deliveries (partner_id, endpoint_id, message_id) WHERE replay_of IS NULL`);
    await db.query(
      `CREATE INDEX webhook_deliveries_by_endpoint ON messaging.webhook_deliveries (partner_id, endpoint_id, created_at, id)`,
    );
    await db.query(`
      CREATE TABLE messaging.webhook_delivery_attempts (
        partner_id uuid NOT NULL,
        delivery_id uuid NOT NULL,
        number int NOT NULL,
        attempted_at timestamptz(3) NOT NULL,
        duration_ms int NOT NULL,
        status_code int,
        error text,
        response_excerpt text,
        PRIMARY KEY (partner_id, delivery_id, number),
        FOREIGN KEY (partner_id, delivery_id) REFERENCES messaging.webhook_deliveries (partner_id, id) ON DELETE CASCADE
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.webhook_delivery_attempts`);
    await db.query(`DROP TABLE messaging.webhook_deliveries`);
    await db.query(`DROP TABLE messaging.webhook_messages`);
    await db.query(`DROP TABLE messaging.webhook_endpoints`);
  }
}
