import type { JWK } from 'jose';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A platform signing key; not tenant data. Retired keys stay published until their tokens expire. */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn('text')
  kid: string;

  @Column('text')
  algorithm: string;

  @Column('jsonb', { name: 'private_jwk' })
  privateJwk: JWK;

  @Column('jsonb', { name: 'public_jwk' })
  publicJwk: JWK;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'retired_at', precision: 3, nullable: true })
  retiredAt: Date | null;
}
