import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Private signing keys move to an encrypted column (the start-up encrypts the existing ones and
 * clears the plain column), and each session gets the secret its refresh tokens' successors are
 * derived from.
 */
export class CredentialsAtRest1764600000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE accounts.signing_keys
        ADD COLUMN private_key_ciphertext bytea,
        ADD COLUMN encryption_key_id text,
        ALTER COLUMN private_jwk DROP NOT NULL,
        ADD CONSTRAINT signing_keys_private_key_once CHECK ((private_jwk IS NULL) <> (private_key_ciphertext IS NULL)),
        ADD CONSTRAINT signing_keys_ciphertext_names_key CHECK ((private_key_ciphertext IS NULL) = (encryption_key_id IS NULL))`);
    await db.query(`ALTER TABLE accounts.sessions ADD COLUMN refresh_secret bytea`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts.sessions DROP COLUMN refresh_secret`);
    // Encrypted keys cannot be decrypted here: drop them, and the next start creates a new one.
    await db.query(`DELETE FROM accounts.signing_keys WHERE private_jwk IS NULL`);
    await db.query(`
      ALTER TABLE accounts.signing_keys
        DROP CONSTRAINT signing_keys_ciphertext_names_key,
        DROP CONSTRAINT signing_keys_private_key_once,
        DROP COLUMN encryption_key_id,
        DROP COLUMN private_key_ciphertext,
        ALTER COLUMN private_jwk SET NOT NULL`);
  }
}
