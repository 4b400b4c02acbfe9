import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log stays append-only, with one exception the law asks for: erasing a customer
 * rewrites the personal values its entries recorded. Only an UPDATE of `details` alone, inside a
 * transaction that declared the erasure (`accounts.audit_erasure`), gets through; a DELETE, or a
 * change to who acted, when, or on what, is refused as before.
 */
export class AuditErasure1766400000000 implements MigrationInterface {
  name = 'AuditErasure1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION accounts.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND current_setting('accounts.audit_erasure', true) = 'on'
           AND (OLD.id, OLD.partner_id, OLD.occurred_at, OLD.action, OLD.actor_kind, OLD.actor_id,
                OLD.impersonator_id, OLD.target_type, OLD.target_id, OLD.request_id)
               IS NOT DISTINCT FROM
               (NEW.id, NEW.partner_id, NEW.occurred_at, NEW.action, NEW.actor_kind, NEW.actor_id,
                NEW.impersonator_id, NEW.target_type, NEW.target_id, NEW.request_id)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit log is append-only';
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION accounts.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only';
      END $$`);
  }
}
