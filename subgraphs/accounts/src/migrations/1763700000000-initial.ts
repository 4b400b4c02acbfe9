import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763700000000 implements MigrationInterface {
  name = 'Initial1763700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await db.query(`
      CREATE TABLE accounts.partners (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        next_account_number bigint NOT NULL DEFAULT 100001,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE accounts.resellers (
        partner_id uuid NOT NULL REFERENCES accounts.partners (id),
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id)
      )`);
    // Sign-in names an email and nothing else, so an operator's email is unique platform-wide.
    await db.query(`
      CREATE TABLE accounts.operators (
        partner_id uuid NOT NULL REFERENCES accounts.partners (id),
        id uuid NOT NULL,
        email citext NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'BILLING', 'SUPPORT', 'READ_ONLY')),
        reseller_id uuid,
        password_hash text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, reseller_id) REFERENCES accounts.resellers (partner_id, id)
      )`);
    await db.query(`
      CREATE TABLE accounts.signing_keys (
        kid text PRIMARY KEY,
        algorithm text NOT NULL,
        private_jwk jsonb NOT NULL,
        public_jwk jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        retired_at timestamptz(3)
      )`);
    await db.query(`
      CREATE TABLE accounts.customers (
        partner_id uuid NOT NULL REFERENCES accounts.partners (id),
        id uuid NOT NULL,
        account_number text NOT NULL CHECK (length(account_number) BETWEEN 1 AND 32),
        name varchar(50) NOT NULL CHECK (length(name) >= 1),
        billing_name varchar(100),
        email citext,
        phone text,
        country char(2) NOT NULL,
        currency char(3) NOT NULL,
        timezone text NOT NULL,
        pricing_model text NOT NULL CHECK (pricing_model IN ('PREPAID', 'POSTPAID')),
        reseller_id uuid,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id),
        UNIQUE (partner_id, account_number),
        FOREIGN KEY (partner_id, reseller_id) REFERENCES accounts.resellers (partner_id, id)
      )`);
    // Keyset pages seek on (sort value, id) within a partner; one index per sort key.
    await db.query(`CREATE INDEX customers_by_created ON accounts.customers (partner_id, created_at, id)`);
    await db.query(`CREATE INDEX customers_by_name ON accounts.customers (partner_id, name, id)`);
    await db.query(`CREATE INDEX customers_by_account_number ON accounts.customers (partner_id, account_number, id)`);
    await db.query(
      `CREATE INDEX customers_by_reseller ON accounts.customers (partner_id, reseller_id, created_at, id)`,
    );
    // Lets a list's totalCount (by status within a partner) come from an index-only scan.
    await db.query(`CREATE INDEX customers_by_status ON accounts.customers (partner_id, status)`);
    await db.query(`
      CREATE TABLE accounts.members (
        partner_id uuid NOT NULL,
        id uuid NOT NULL,
        customer_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        email citext,
        phone text,
        role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
        portal_access boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (partner_id, id),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id)
      )`);
    await db.query(`CREATE INDEX members_by_customer ON accounts.members (partner_id, customer_id, created_at)`);
    // Exactly one active owner per customer account.
    await db.query(
      `CREATE UNIQUE INDEX members_one_owner ON accounts.members (partner_id, customer_id) WHERE role = 'OWNER' AND status = 'ACTIVE'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['members', 'customers', 'signing_keys', 'operators', 'resellers', 'partners']) {
      await db.query(`DROP TABLE accounts.${table}`);
    }
  }
}
