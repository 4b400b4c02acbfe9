import type { InvoiceStatus } from '@clientele/subgraph-kit';
import type { FxSource, InvoiceKind, InvoiceLineKind, InvoiceSource, PaymentMethod } from './invoice.entity';

/** A line about to be written: amounts already pro-rated, converted and taxed, in the invoice's currency. */
export interface InvoiceLineDraft {
  kind: InvoiceLineKind;
  description: string;
  /** A decimal string, e.g. "1", "0.5", "1234.125". */
  quantity: string;
  unitAmountMinor: bigint;
  amountMinor: bigint;
  taxRatePpm: number;
  taxMinor: bigint;
  periodStart?: string | null;
  periodEnd?: string | null;
  sourceId?: string | null;
}

/** Whom an invoice is billed to, as the customer stood when it was issued. */
export interface BillTo {
  name: string;
  accountNumber: string;
  email: string | null;
  /** ISO 3166-1 alpha-2; the country tax is charged by. */
  country: string;
  addressLines: string[];
  city: string | null;
  region: string | null;
  postcode: string | null;
}

/** The exchange rate a document's lines were converted with, recorded on it. */
export interface FxUsed {
  /** Units of the invoice's currency per unit of `baseCurrency`, as a decimal string. */
  rate: string;
  baseCurrency: string;
  source: FxSource;
}

/** An invoice or credit note about to be written; issued ones are numbered in the same transaction. */
export interface InvoiceDraft {
  id?: string;
  customerId: string;
  kind: InvoiceKind;
  source: InvoiceSource;
  currency: string;
  /** The billing period [start, end) as YYYY-MM-DD; a billing run's invoice is unique per customer and start. */
  periodStart?: string | null;
  periodEnd?: string | null;
  /** Issue now (numbered, OPEN, announced as `invoice.issued`) or keep as a DRAFT. */
  issue: boolean;
  /** YYYY-MM-DD; defaults to today when issued. */
  issueDate?: string | null;
  /** YYYY-MM-DD; required when issued. */
  dueDate?: string | null;
  reverseCharge?: boolean;
  /** Required when issued. */
  billTo?: BillTo | null;
  fx?: FxUsed | null;
  correctsInvoiceId?: string | null;
  lines: InvoiceLineDraft[];
}

export interface InvoiceLine extends Required<InvoiceLineDraft> {
  position: number;
}

/** An invoice as other modules see it; amounts in minor units of `currency`. */
export interface Invoice {
  id: string;
  partnerId: string;
  customerId: string;
  kind: InvoiceKind;
  source: InvoiceSource;
  status: InvoiceStatus;
  number: string | null;
  currency: string;
  periodStart: string | null;
  periodEnd: string | null;
  issueDate: string | null;
  dueDate: string | null;
  subtotalMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  paidMinor: bigint;
  /** What credit notes against it took off what is owed. */
  creditedMinor: bigint;
  /** What is still to pay on an OPEN or OVERDUE invoice: total less payments and credit notes, never below zero. */
  amountDueMinor: bigint;
  reverseCharge: boolean;
  billTo: BillTo | null;
  fx: FxUsed | null;
  correctsInvoiceId: string | null;
  voidReason: string | null;
  createdAt: Date;
  /** The day lists sort it by: its issue day, or a draft's creation day (UTC). */
  listedOn: string;
}

export interface InvoiceWithLines extends Invoice {
  lines: InvoiceLine[];
}

/** A payment recorded against an invoice. */
export interface InvoicePayment {
  id: string;
  invoiceId: string;
  customerId: string;
  currency: string;
  amountMinor: bigint;
  /** The part that paid the invoice. */
  appliedMinor: bigint;
  /** The part beyond what was due, credited to the customer's balance. */
  excessMinor: bigint;
  method: PaymentMethod;
  reference: string | null;
  paidOn: string;
  ledgerEntryId: string | null;
  createdAt: Date;
}

/** A partner's invoice numbering prefix and the first day its lists show. */
export interface InvoiceSettings {
  prefix: string;
  historyStart: string | null;
}
