import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes for the customer list's search box (pg_trgm, shipped with PostgreSQL): a
 * substring (ILIKE '%term%') or a close word (`<%`) is found from the index instead of a scan of
 * the partner's customers. The customers' index is on one document of the columns a search reads,
 * the same expression the list's query writes (`CUSTOMER_SEARCH_DOCUMENT`), or it is not used.
 */
export class CustomerSearch1766900100000 implements MigrationInterface {
  name = 'CustomerSearch1766900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE INDEX customers_search ON accounts.customers USING gin ((
        name || E'\\x1f' || coalesce(billing_name, '') || E'\\x1f' || account_number
          || E'\\x1f' || coalesce(email::text, '') || E'\\x1f' || coalesce(phone, '')
      ) gin_trgm_ops)`);
    await db.query(
      `CREATE INDEX customer_keywords_search ON accounts.customer_keywords USING gin ((keyword::text) gin_trgm_ops)`,
    );
    // Only numbers given up are searched here; the current one is in the customers' document.
    await db.query(`
      CREATE INDEX customer_account_numbers_former_search ON accounts.customer_account_numbers
       USING gin (account_number gin_trgm_ops) WHERE released_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX accounts.customer_account_numbers_former_search`);
    await db.query(`DROP INDEX accounts.customer_keywords_search`);
    await db.query(`DROP INDEX accounts.customers_search`);
  }
}
