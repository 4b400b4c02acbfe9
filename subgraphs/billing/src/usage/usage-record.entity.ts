type PricingModel = 'PREPAID' | 'POSTPAID';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Usage reported for a customer; amounts in minor units of `currency`, bigints as text. */
@Entity({ name: 'usage_records' })
export class UsageRecordEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text')
  description: string;

  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('bigint', { name: 'unit_price_minor' })
  unitPriceMinor: string;

  @Column('char', { length: 3 })
  currency: string;

  /** Quantity × unit price, rounded once. */
  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  @Column({ type: 'timestamptz', name: 'occurred_at', precision: 3 })
  occurredAt: Date;

  /** The customer's pricing model when it was recorded: PREPAID was charged at once, POSTPAID is invoiced. */
  @Column('text', { name: 'pricing_model' })
  pricingModel: PricingModel;

  @Column('uuid', { name: 'ledger_entry_id', nullable: true })
  ledgerEntryId: string | null;

  @Column('uuid', { name: 'invoice_id', nullable: true })
  invoiceId: string | null;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column('text', { name: 'request_digest' })
  requestDigest: string;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;
}
