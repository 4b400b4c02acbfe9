import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763700000000 implements MigrationInterface {
  name = 'Initial1763700000000';

  async up(db: QueryRunner): Promise<void> {
    // Whom each customer belongs to, from accounts' events, so reads here are scoped like there.
    await db.query(`
      CREATE TABLE messaging.customer_directory (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        reseller_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, customer_id)
      )`);
    await db.query(`
      CREATE TABLE messaging.messages (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        recipient text NOT NULL,
        subject text,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'FAILED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES messaging.customer_directory (partner_id, customer_id)
      )`);
    await db.query(`CREATE INDEX messages_by_customer ON messaging.messages (partner_id, customer_id, created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging.messages`);
    await db.query(`DROP TABLE messaging.customer_directory`);
  }
}
