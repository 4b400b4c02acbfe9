import type { Rational } from '../pricing';

export interface TaxRate {
  country: string;
  ratePpm: number;
  reverseCharge: boolean;
}

export interface FxRate {
  /** Null for the partner's own rate. */
  customerId: string | null;
  baseCurrency: string;
  quoteCurrency: string;
  /** As stored: a decimal string. */
  rate: string;
}

export interface RecipientPrice {
  amountMinor: bigint;
  currency: string;
}

/** Everything a billing run needs of a partner's settings, read once per run. */
export interface PartnerRates {
  taxRates: Map<string, TaxRate>;
  recipientPrice: RecipientPrice | null;
  /** By `BASE>QUOTE`. */
  fxRates: Map<string, { rate: Rational; text: string }>;
}

export function fxKey(baseCurrency: string, quoteCurrency: string): string {
  return `${baseCurrency}>${quoteCurrency}`;
}
