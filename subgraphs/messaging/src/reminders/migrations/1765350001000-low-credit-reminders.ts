import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each customer's low-credit reminder settings with its state, and the balance events already read. */
export class LowCreditReminders1765350001000 implements MigrationInterface {
  name = 'LowCreditReminders1765350001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messaging.low_credit_reminders (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        enabled boolean NOT NULL,
        threshold_minor bigint NOT NULL,
        -- Empty: the account holder's address.
        recipients text[] NOT NULL DEFAULT '{}',
        -- True while a fall below the threshold would send; false from a reminder until the balance is back up.
        armed boolean NOT NULL DEFAULT true,
        last_sent_at timestamptz(3),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, customer_id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES messaging.customer_directory (partner_id, customer_id)
      )`);
    // A balance event is read once, whatever the queue redelivers.
    await db.query(`
      CREATE TABLE messaging.low_credit_reminder_events (
        partner_id uuid NOT NULL,
        event_id uuid NOT NULL,
        read_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, event_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.low_credit_reminder_events`);
    await db.query(`DROP TABLE messaging.low_credit_reminders`);
  }
}
