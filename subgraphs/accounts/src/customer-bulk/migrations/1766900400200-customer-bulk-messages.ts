import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk actions that send an email or SMS: messaging does the sending as one bulk send, which the
 * operation names, so its progress and its messages can be followed from the operation.
 */
export class CustomerBulkMessages1766900400200 implements MigrationInterface {
  name = 'CustomerBulkMessages1766900400200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.customer_bulk_operations ADD COLUMN message_batch_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.customer_bulk_operations DROP COLUMN message_batch_id`);
  }
}
