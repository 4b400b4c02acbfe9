import type { JWK } from 'jose';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A platform signing key; not tenant data. Retired keys stay published until their tokens expire. */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn('text')
  kid: string;

  @Column('text')
  algorithm: string;

  /** The private key in the clear: only in rows from before encryption, until the next start encrypts them. */
  @Column('jsonb', { name: 'private_jwk', nullable: true })
  privateJwk: JWK | null;

  /** The private key, AES-256-GCM encrypted (see SigningKeyCipher). */
  @Column('bytea', { name: 'private_key_ciphertext', nullable: true })
  privateKeyCiphertext: Buffer | null;

  /** Which configured encryption key the ciphertext needs. */
  @Column('text', { name: 'encryption_key_id', nullable: true })
  encryptionKeyId: string | null;

  @Column('jsonb', { name: 'public_jwk' })
  publicJwk: JWK;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'retired_at', precision: 3, nullable: true })
  retiredAt: Date | null;
}
