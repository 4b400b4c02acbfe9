import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members get a recipient billing status and an update time; an email address is unique within
 * its customer; and the one-owner rule counts every owner, since an owner is never deactivated
 * (ownership moves first).
 */
export class MemberDetails1765100000000 implements MigrationInterface {
  name = 'MemberDetails1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE accounts.members
        ADD COLUMN recipient_status text NOT NULL DEFAULT 'FREE' CHECK (recipient_status IN ('FREE', 'PAID', 'INACTIVE')),
        ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now()`);
    await db.query(
      `CREATE UNIQUE INDEX members_email_per_customer ON accounts.members (partner_id, customer_id, email) WHERE email IS NOT NULL`,
    );
    await db.query(`DROP INDEX accounts.members_one_owner`);
    await db.query(
      `CREATE UNIQUE INDEX members_one_owner ON accounts.members (partner_id, customer_id) WHERE role = 'OWNER'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX accounts.members_one_owner`);
    await db.query(
      `CREATE UNIQUE INDEX members_one_owner ON accounts.members (partner_id, customer_id) WHERE role = 'OWNER' AND status = 'ACTIVE'`,
    );
    await db.query(`DROP INDEX accounts.members_email_per_customer`);
    await db.query(`ALTER TABLE accounts.members DROP COLUMN updated_at, DROP COLUMN recipient_status`);
  }
}
