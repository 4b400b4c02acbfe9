import type { LEDGER_ENTRY_KINDS } from '@clientele/subgraph-kit';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** One append-only entry; bigints come back from pg as text so no precision is lost on the way. */
@Entity({ name: 'ledger_entries' })
export class LedgerEntryEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  /** Minor units, signed. */
  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('text')
  kind: LedgerEntryKind;

  @Column('text')
  description: string;

  /** What the entry answers to outside the ledger, e.g. a payment id. */
  @Column('text', { nullable: true })
  reference: string | null;

  @Column('text', { name: 'idempotency_key', nullable: true })
  idempotencyKey: string | null;

  /** Its place in the account's ledger: 1 for the first entry, each next one the one before plus 1. */
  @Column('bigint')
  sequence: string;

  /** The account's balance right after this entry. */
  @Column('bigint', { name: 'balance_after_minor' })
  balanceAfterMinor: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
