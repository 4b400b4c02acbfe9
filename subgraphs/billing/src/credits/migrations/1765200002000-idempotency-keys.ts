import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys as Stripe keeps them: per partner, with a digest of the request they were
 * first used for and what it produced. A retried request finds its key and answers the same;
 * a key row is written first in a credit operation's transaction, so a concurrent twin waits on
 * the primary key and then reads what the first one stored.
 */
export class IdempotencyKeys1765200002000 implements MigrationInterface {
  name = 'IdempotencyKeys1765200002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing.idempotency_keys (
        partner_id uuid NOT NULL,
        key text NOT NULL,
        operation text NOT NULL,
        request_digest text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_by_age ON billing.idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE billing.idempotency_keys`);
  }
}
