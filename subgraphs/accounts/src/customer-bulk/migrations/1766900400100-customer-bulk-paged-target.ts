import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk operations keep what they were asked to act on (the ids or the filter and the ids left
 * out, and the caller whose view of the customers it is) instead of one pending outcome row per
 * customer written by the request: the job fixes its target a page at a time, in customer id
 * order, and `last_customer_id` is where the last committed page ended, so a retried job resumes
 * after it. Operations started before keep their pending rows, which the job works through.
 */
export class CustomerBulkPagedTarget1766900400100 implements MigrationInterface {
  name = 'CustomerBulkPagedTarget1766900400100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE accounts.customer_bulk_operations
        ADD COLUMN caller jsonb,
        ADD COLUMN target jsonb,
        ADD COLUMN last_customer_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE accounts.customer_bulk_operations
        DROP COLUMN caller, DROP COLUMN target, DROP COLUMN last_customer_id`);
  }
}
