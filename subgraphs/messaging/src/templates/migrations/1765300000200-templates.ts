import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A partner's own templates; a row overrides the shipped default of the same key. */
export class Templates1765300000200 implements MigrationInterface {
  name = 'Templates1765300000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messaging.templates (
        partner_id uuid NOT NULL,
        key text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        name text NOT NULL,
        subject text,
        text_body text NOT NULL,
        html_body text,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.templates`);
  }
}
