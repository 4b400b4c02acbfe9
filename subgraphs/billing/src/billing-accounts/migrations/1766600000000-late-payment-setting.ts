import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The customer's billing setting "do not suspend for late payment", stored as its positive: on by default. */
export class LatePaymentSetting1766600000000 implements MigrationInterface {
  name = 'LatePaymentSetting1766600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE billing.billing_accounts ADD COLUMN suspend_for_late_payment boolean NOT NULL DEFAULT true`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE billing.billing_accounts DROP COLUMN suspend_for_late_payment`);
  }
}
