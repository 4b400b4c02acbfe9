import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the close state last changed by an event from accounts. `customer.closed` and
 * `customer.restored` reach billing through queues of their own, so a restore can be read before
 * the close it undoes; the account keeps the time of the event it applied and ignores an older one.
 */
export class CloseEventsInOrder1766800000000 implements MigrationInterface {
  name = 'CloseEventsInOrder1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE billing.billing_accounts ADD COLUMN close_event_at timestamptz(3)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE billing.billing_accounts DROP COLUMN close_event_at`);
  }
}
