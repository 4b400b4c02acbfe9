import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk sends: one row per batch with its counts of skipped recipients; the rest is counted from messages. */
export class MessageBatches1765300000100 implements MigrationInterface {
  name = 'MessageBatches1765300000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messaging.message_batches (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        template_key text,
        subject text,
        status text NOT NULL CHECK (status IN ('SENDING', 'DONE', 'CANCELLED')),
        total integer NOT NULL,
        skipped_no_address integer NOT NULL DEFAULT 0,
        skipped_closed integer NOT NULL DEFAULT 0,
        skipped_opted_out integer NOT NULL DEFAULT 0,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        finished_at timestamptz(3),
        PRIMARY KEY (partner_id, id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.message_batches`);
  }
}
