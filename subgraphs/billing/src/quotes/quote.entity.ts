import { Column, Entity, PrimaryColumn } from 'typeorm';

export const QUOTE_STATUSES = ['DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** A priced offer to a customer; amounts in minor units of `currency`, bigints as text. */
@Entity({ name: 'quotes' })
export class QuoteEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text')
  status: QuoteStatus;

  @Column('char', { length: 3 })
  currency: string;

  /** The last day (UTC) the customer may accept it. */
  @Column('date', { name: 'valid_until' })
  validUntil: string;

  @Column('bigint', { name: 'subtotal_minor' })
  subtotalMinor: string;

  @Column('bigint', { name: 'tax_minor' })
  taxMinor: string;

  @Column('bigint', { name: 'total_minor' })
  totalMinor: string;

  /** The draft invoice an accepted quote became. */
  @Column('uuid', { name: 'invoice_id', nullable: true })
  invoiceId: string | null;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', name: 'sent_at', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', name: 'decided_at', precision: 3, nullable: true })
  decidedAt: Date | null;
}

@Entity({ name: 'quote_lines' })
export class QuoteLineEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'quote_id' })
  quoteId: string;

  @PrimaryColumn('int')
  position: number;

  @Column('text')
  description: string;

  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('bigint', { name: 'unit_amount_minor' })
  unitAmountMinor: string;

  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  @Column('int', { name: 'tax_rate_ppm' })
  taxRatePpm: number;

  @Column('bigint', { name: 'tax_minor' })
  taxMinor: string;
}
