import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A partner's idempotency key: the request it was first used for (as a digest) and what that produced. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('text')
  key: string;

  /** The mutation the key was first used with. */
  @Column('text')
  operation: string;

  /** SHA-256 of the operation and its input: the same key with other input is refused. */
  @Column('text', { name: 'request_digest' })
  requestDigest: string;

  /** The ledger entries the first request wrote; entries never change, so they answer every retry. */
  @Column('jsonb')
  result: IdempotentResult;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export interface IdempotentResult {
  entryIds: string[];
}
