import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages stop referencing the customer projection by foreign key. PostgreSQL checks a key row by
 * row, each check a lookup and a row lock on the projection, and for a 100,000-message bulk send
 * that was over half the time its insert took. The writers check instead: a bulk send leaves out
 * the customers the projection does not show the caller, and a single message or notice is for a
 * customer accounts has just answered for, for the same partner. The projection is never deleted
 * from, so a checked customer stays there.
 */
export class MessagesWithoutDirectoryKey1766500000000 implements MigrationInterface {
  name = 'MessagesWithoutDirectoryKey1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE messaging.messages DROP CONSTRAINT messages_partner_id_customer_id_fkey`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE messaging.messages
        ADD CONSTRAINT messages_partner_id_customer_id_fkey
          FOREIGN KEY (partner_id, customer_id) REFERENCES messaging.customer_directory (partner_id, customer_id)`);
  }
}
