import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each customer's reminder settings count their changes, so that whoever keeps a copy of the
 * threshold (the customer list in accounts) can tell the newest of two announcements.
 */
export class ReminderVersions1766900010000 implements MigrationInterface {
  name = 'ReminderVersions1766900010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.low_credit_reminders ADD COLUMN version bigint NOT NULL DEFAULT 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.low_credit_reminders DROP COLUMN version`);
  }
}
