import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trigram index for the customer list's search box: a member's name or email finds their
 * customer. The expression is the one `MemberService.textMatchesSubquery` writes, or it is not
 * used. pg_trgm comes with `CustomerSearch1766900100000`, which runs first.
 */
export class MemberSearch1766900100001 implements MigrationInterface {
  name = 'MemberSearch1766900100001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE INDEX members_search ON accounts.members
       USING gin ((name || E'\\x1f' || coalesce(email::text, '')) gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX accounts.members_search`);
  }
}
