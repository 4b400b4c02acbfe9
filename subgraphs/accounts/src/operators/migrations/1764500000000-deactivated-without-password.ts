import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Only an ACTIVE operator needs a password: one deactivated before accepting the invitation
 * never set one.
 */
export class DeactivatedWithoutPassword1764500000000 implements MigrationInterface {
  name = 'DeactivatedWithoutPassword1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.operators DROP CONSTRAINT operators_password_when_active`);
    await db.query(
      `ALTER TABLE accounts.operators ADD CONSTRAINT operators_password_when_active CHECK (status <> 'ACTIVE' OR password_hash IS NOT NULL)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.operators DROP CONSTRAINT operators_password_when_active`);
    await db.query(
      `ALTER TABLE accounts.operators ADD CONSTRAINT operators_password_when_active CHECK (status = 'INVITED' OR password_hash IS NOT NULL)`,
    );
  }
}
