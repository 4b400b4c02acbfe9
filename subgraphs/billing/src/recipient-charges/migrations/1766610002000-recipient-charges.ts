import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each member of a customer was a PAID additional recipient: one row per stretch, from the
 * day it became PAID up to the first day it no longer was (open while it still is), kept from
 * accounts' `member.recipient-status-changed`. The billing run charges the partner's recipient
 * price for the days of each stretch in its period.
 */
export class RecipientCharges1766610002000 implements MigrationInterface {
  name = 'RecipientCharges1766610002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.recipient_charges (
        partner_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        member_id uuid NOT NULL,
        paid_from date NOT NULL,
        paid_until date,
        PRIMARY KEY (partner_id, member_id, paid_from),
        CONSTRAINT recipient_charges_order CHECK (paid_until IS NULL OR paid_until >= paid_from)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX recipient_charges_one_open ON billing.recipient_charges (partner_id, member_id) WHERE paid_until IS NULL`,
    );
    await db.query(`CREATE INDEX recipient_charges_by_customer ON billing.recipient_charges (partner_id, customer_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.recipient_charges`);
  }
}
