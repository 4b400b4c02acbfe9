import type { InvoiceStatus } from '@clientele/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InvoiceKind = 'INVOICE' | 'CREDIT_NOTE';
/** Where a document came from: a billing run, an operator, an accepted quote, or a correction of an issued one. */
export type InvoiceSource = 'BILLING_RUN' | 'MANUAL' | 'QUOTE' | 'CORRECTION';
export type InvoiceLineKind = 'SERVICE' | 'RECIPIENT' | 'USAGE' | 'CUSTOM';
export type FxSource = 'CUSTOMER' | 'PARTNER';

/** A partner's invoice numbering and listing settings; the counter row is locked by whoever issues. */
@Entity({ name: 'invoice_settings' })
export class InvoiceSettingsEntity {
  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId: string;

  @Column('text')
  prefix: string;

  @Column('bigint', { name: 'next_sequence' })
  nextSequence: string;

  /** Invoices issued before this day are not listed. */
  @Column('date', { name: 'history_start', nullable: true })
  historyStart: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}

/** An invoice or credit note; amounts in minor units of `currency`, bigints as text. */
@Entity({ name: 'invoices' })
export class InvoiceEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text')
  kind: InvoiceKind;

  @Column('text')
  source: InvoiceSource;

  @Column('text')
  status: InvoiceStatus;

  @Column('bigint', { nullable: true })
  sequence: string | null;

  @Column('text', { nullable: true })
  number: string | null;

  @Column('char', { length: 3 })
  currency: string;

  @Column('date', { name: 'period_start', nullable: true })
  periodStart: string | null;

  @Column('date', { name: 'period_end', nullable: true })
  periodEnd: string | null;

  @Column('date', { name: 'issue_date', nullable: true })
  issueDate: string | null;

  @Column('date', { name: 'due_date', nullable: true })
  dueDate: string | null;

  @Column('bigint', { name: 'subtotal_minor' })
  subtotalMinor: string;

  @Column('bigint', { name: 'tax_minor' })
  taxMinor: string;

  @Column('bigint', { name: 'total_minor' })
  totalMinor: string;

  @Column('bigint', { name: 'paid_minor' })
  paidMinor: string;

  /** What credit notes against it took off what is owed. */
  @Column('bigint', { name: 'credited_minor' })
  creditedMinor: string;

  /** The day it is listed by: its issue day, or a draft's creation day (computed by PostgreSQL). */
  @Column({ type: 'date', name: 'listed_on', insert: false, update: false })
  listedOn: string;

  @Column('boolean', { name: 'reverse_charge' })
  reverseCharge: boolean;

  /** Whom it was billed to, copied when it was issued (see `BillTo`). */
  @Column('jsonb', { name: 'bill_to', nullable: true })
  billTo: unknown;

  /** Units of `currency` per unit of `fxBaseCurrency`, as the rate used when the lines were converted. */
  @Column('numeric', { name: 'fx_rate', precision: 24, scale: 12, nullable: true })
  fxRate: string | null;

  @Column('char', { name: 'fx_base_currency', length: 3, nullable: true })
  fxBaseCurrency: string | null;

  @Column('text', { name: 'fx_source', nullable: true })
  fxSource: FxSource | null;

  @Column('uuid', { name: 'corrects_invoice_id', nullable: true })
  correctsInvoiceId: string | null;

  @Column('text', { name: 'void_reason', nullable: true })
  voidReason: string | null;

  @Column({ type: 'timestamptz', name: 'voided_at', precision: 3, nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'paid_at', precision: 3, nullable: true })
  paidAt: Date | null;

  @Column({ type: 'timestamptz', name: 'overdue_at', precision: 3, nullable: true })
  overdueAt: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at', precision: 3 })
  updatedAt: Date;
}

/** One line; `amountMinor` is in the invoice's currency, after pro-ration and conversion, before tax. */
@Entity({ name: 'invoice_lines' })
export class InvoiceLineEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid', { name: 'invoice_id' })
  invoiceId: string;

  @PrimaryColumn('int')
  position: number;

  @Column('text')
  kind: InvoiceLineKind;

  @Column('text')
  description: string;

  @Column('numeric', { precision: 20, scale: 6 })
  quantity: string;

  @Column('bigint', { name: 'unit_amount_minor' })
  unitAmountMinor: string;

  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  /** The tax rate in parts per million of the amount (21% is 210000). */
  @Column('int', { name: 'tax_rate_ppm' })
  taxRatePpm: number;

  @Column('bigint', { name: 'tax_minor' })
  taxMinor: string;

  @Column('date', { name: 'period_start', nullable: true })
  periodStart: string | null;

  @Column('date', { name: 'period_end', nullable: true })
  periodEnd: string | null;

  /** The service, member or usage record the line bills, when there is one. */
  @Column('uuid', { name: 'source_id', nullable: true })
  sourceId: string | null;
}

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CARD', 'CASH', 'CHEQUE', 'DIRECT_DEBIT', 'OTHER'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Money received against an invoice; what it paid beyond the amount due went to the ledger as credit. */
@Entity({ name: 'invoice_payments' })
export class InvoicePaymentEntity {
  @Column('uuid', { name: 'partner_id' })
  partnerId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'invoice_id' })
  invoiceId: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('char', { length: 3 })
  currency: string;

  @Column('bigint', { name: 'amount_minor' })
  amountMinor: string;

  @Column('bigint', { name: 'applied_minor' })
  appliedMinor: string;

  @Column('bigint', { name: 'excess_minor' })
  excessMinor: string;

  @Column('text')
  method: PaymentMethod;

  @Column('text', { nullable: true })
  reference: string | null;

  @Column('date', { name: 'paid_on' })
  paidOn: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column('text', { name: 'request_digest' })
  requestDigest: string;

  @Column('uuid', { name: 'ledger_entry_id', nullable: true })
  ledgerEntryId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;
}
