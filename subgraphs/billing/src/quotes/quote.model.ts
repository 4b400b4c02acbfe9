import type { QuoteStatus } from './quote.entity';

export interface QuoteLine {
  position: number;
  description: string;
  /** A decimal string, e.g. "1", "2.5". */
  quantity: string;
  unitAmountMinor: bigint;
  amountMinor: bigint;
  taxRatePpm: number;
  taxMinor: bigint;
}

/** A quote as the rest of billing sees it; amounts in minor units of `currency`. */
export interface Quote {
  id: string;
  partnerId: string;
  customerId: string;
  status: QuoteStatus;
  currency: string;
  validUntil: string;
  subtotalMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  invoiceId: string | null;
  declineReason: string | null;
  createdAt: Date;
  sentAt: Date | null;
  decidedAt: Date | null;
  lines: QuoteLine[];
}

const MILLION = 1_000_000n;

/** Rounds a quotient half away from zero, as invoices round. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (n * 2n + d) / (d * 2n);
  return negative ? -rounded : rounded;
}

/** "2.5" → 2500000 millionths; the schema has already checked its form. */
export function quantityMillionths(quantity: string): bigint {
  const [whole, fraction = ''] = quantity.split('.');
  return BigInt(whole!) * MILLION + BigInt(fraction.padEnd(6, '0').slice(0, 6) || '0');
}

/** A line's amount and tax, each rounded to the minor unit once. */
export function priceLine(quantity: string, unitAmountMinor: bigint, taxRatePpm: number) {
  const amountMinor = divideRounded(quantityMillionths(quantity) * unitAmountMinor, MILLION);
  const taxMinor = divideRounded(amountMinor * BigInt(taxRatePpm), MILLION);
  return { amountMinor, taxMinor };
}
