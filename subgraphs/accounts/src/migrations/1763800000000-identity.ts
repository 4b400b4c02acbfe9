import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions and refresh tokens, API keys, invitations, portal credentials, platform staff, the audit log. */
export class Identity1763800000000 implements MigrationInterface {
  name = 'Identity1763800000000';

  async up(db: QueryRunner): Promise<void> {
    // An invited operator has no password until they accept their invitation.
    await db.query(`ALTER TABLE accounts.operators ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`ALTER TABLE accounts.operators DROP CONSTRAINT operators_status_check`);
    await db.query(
      `ALTER TABLE accounts.operators ADD CONSTRAINT operators_status_check CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED'))`,
    );
    await db.query(
      `ALTER TABLE accounts.operators ADD CONSTRAINT operators_password_when_active CHECK (status = 'INVITED' OR password_hash IS NOT NULL)`,
    );
    await db.query(`ALTER TABLE accounts.operators ADD COLUMN updated_at timestamptz(3) NOT NULL DEFAULT now()`);
    await db.query(`CREATE INDEX operators_by_partner ON accounts.operators (partner_id, created_at, id)`);

    await db.query(`
      CREATE TABLE accounts.platform_staff (
        id uuid PRIMARY KEY,
        email citext NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('PLATFORM_ADMIN', 'PLATFORM_VIEWER')),
        password_hash text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    // A session is one sign-in: its refresh tokens rotate within it, and ending it ends them all.
    await db.query(`
      CREATE TABLE accounts.sessions (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('operator', 'platform', 'member', 'impersonation')),
        partner_id uuid,
        subject_id uuid NOT NULL,
        customer_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        ended_at timestamptz(3),
        end_reason text,
        client_address text,
        CHECK ((kind IN ('operator', 'platform')) = (customer_id IS NULL))
      )`);
    await db.query(`CREATE INDEX sessions_live_by_subject ON accounts.sessions (subject_id) WHERE ended_at IS NULL`);
    await db.query(
      `CREATE INDEX sessions_impersonations_running ON accounts.sessions (expires_at) WHERE kind = 'impersonation' AND ended_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE accounts.refresh_tokens (
        token_hash bytea PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES accounts.sessions (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX refresh_tokens_by_session ON accounts.refresh_tokens (session_id)`);

    await db.query(`
      CREATE TABLE accounts.api_keys (
        partner_id uuid NOT NULL REFERENCES accounts.partners (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        prefix text NOT NULL UNIQUE,
        secret_hash bytea NOT NULL UNIQUE,
        scopes text[] NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        last_used_at timestamptz(3),
        revoked_at timestamptz(3),
        PRIMARY KEY (partner_id, id)
      )`);
    await db.query(`CREATE INDEX api_keys_by_partner ON accounts.api_keys (partner_id, created_at, id)`);

    await db.query(`
      CREATE TABLE accounts.invitations (
        token_hash bytea PRIMARY KEY,
        partner_id uuid NOT NULL REFERENCES accounts.partners (id),
        kind text NOT NULL CHECK (kind IN ('operator', 'member')),
        subject_id uuid NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX invitations_by_subject ON accounts.invitations (partner_id, subject_id)`);

    // Portal sign-in names an email and nothing else, so a portal login is unique platform-wide.
    await db.query(`
      CREATE TABLE accounts.member_credentials (
        partner_id uuid NOT NULL,
        member_id uuid NOT NULL,
        email citext NOT NULL UNIQUE,
        password_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, member_id),
        FOREIGN KEY (partner_id, member_id) REFERENCES accounts.members (partner_id, id)
      )`);

    await db.query(`
      CREATE TABLE accounts.audit_log (
        id uuid PRIMARY KEY,
        partner_id uuid,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_kind text NOT NULL,
        actor_id uuid NOT NULL,
        impersonator_id uuid,
        target_type text,
        target_id text,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_log_by_partner ON accounts.audit_log (partner_id, occurred_at, id)`);
    await db.query(`CREATE INDEX audit_log_by_target ON accounts.audit_log (partner_id, target_id, occurred_at)`);
    // The audit log is a record, not a working table: nothing rewrites or removes an entry.
    await db.query(`
      CREATE FUNCTION accounts.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON accounts.audit_log
      FOR EACH ROW EXECUTE FUNCTION accounts.audit_log_append_only()`);

    // Failed sign-ins counted per account and per address, in one place every replica sees.
    await db.query(`
      CREATE TABLE accounts.sign_in_failures (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz(3) NOT NULL,
        blocked_until timestamptz(3)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'sign_in_failures',
      'audit_log',
      'member_credentials',
      'invitations',
      'api_keys',
      'refresh_tokens',
      'sessions',
      'platform_staff',
    ]) {
      await db.query(`DROP TABLE accounts.${table}`);
    }
    await db.query(`DROP FUNCTION accounts.audit_log_append_only()`);
    await db.query(`DROP INDEX accounts.operators_by_partner`);
    await db.query(`ALTER TABLE accounts.operators DROP COLUMN updated_at`);
    await db.query(`ALTER TABLE accounts.operators DROP CONSTRAINT operators_password_when_active`);
  }
}
