import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices sent on events: each carries a key made from its event, unique per partner, so a
 * redelivered event finds its notice already there and sends nothing twice. A notice to the
 * partner's own owners (an endpoint disabled) is about no customer.
 */
export class Notices1766000000000 implements MigrationInterface {
  name = 'Notices1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.messages ALTER COLUMN customer_id DROP NOT NULL, ADD COLUMN notice_key text`);
    await db.query(
      `CREATE UNIQUE INDEX messages_by_notice_key ON messaging.messages (partner_id, notice_key) WHERE notice_key IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX messaging.messages_by_notice_key`);
    await db.query(`DELETE FROM messaging.messages WHERE customer_id IS NULL`);
    await db.query(`ALTER TABLE messaging.messages DROP COLUMN notice_key, ALTER COLUMN customer_id SET NOT NULL`);
  }
}
