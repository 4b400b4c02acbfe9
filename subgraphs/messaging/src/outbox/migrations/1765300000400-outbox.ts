import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What would have been sent, byte for byte, when no provider is configured. */
export class Outbox1765300000400 implements MigrationInterface {
  name = 'Outbox1765300000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messaging.outbox (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        message_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        recipient text NOT NULL,
        subject text,
        raw text NOT NULL,
        captured_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id)
      )`);
    await db.query(`CREATE INDEX outbox_by_time ON messaging.outbox (partner_id, captured_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.outbox`);
  }
}
