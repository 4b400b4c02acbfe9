import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-partner sender, reply-to and provider overrides. */
export class MessagingSettings1765300000300 implements MigrationInterface {
  name = 'MessagingSettings1765300000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messaging.settings (
        partner_id uuid NOT NULL PRIMARY KEY,
        from_address text,
        reply_to text,
        sms_sender_id text,
        smtp_url text,
        sms_base_url text,
        sms_account_sid text,
        sms_auth_token text,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.settings`);
  }
}
