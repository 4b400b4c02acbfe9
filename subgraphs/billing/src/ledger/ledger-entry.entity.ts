import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type LedgerEntryKind = 'CREDIT' | 'DEBIT' | 'ADJUSTMENT' | 'TRANSFER_IN' | 'TRANSFER_OUT' | 'CHARGE' | 'PAYMENT';

@Entity({ name: 'ledger_entries' })
export class LedgerEntryEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  /** Minor units; pg returns bigint as a string so no precision is lost on the way. */
  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  kind: LedgerEntryKind;

  @Column('text')
  description: string;

  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
