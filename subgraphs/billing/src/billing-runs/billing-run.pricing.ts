import type { PartnerRates } from '../billing-settings';
import { fxKey } from '../billing-settings';
import type { BillTo, FxUsed, InvoiceDraft, InvoiceLineDraft } from '../invoices';
import { currencyExponent, formatMinor } from '../money';
import {
  type Conversion,
  type Rational,
  addDays,
  daysInYear,
  epochDay,
  fromEpochDay,
  lineAmountMinor,
  overlapDays,
  parseDecimal,
  taxOf,
} from '../pricing';
import type { PaidRecipient } from '../recipient-charges';
import type { Service } from '../services';
import type { UsageRecord } from '../usage';

/** One customer's billable things for a period, and what the invoice needs of its account. */
export interface CustomerToBill {
  customerId: string;
  currency: string;
  paymentTermsDays: number;
  billTo: BillTo;
  services: readonly Service[];
  recipients: readonly PaidRecipient[];
  usage: readonly UsageRecord[];
  /** The customer's own exchange rates, by `BASE>QUOTE`: they win over the partner's. */
  customerFx?: ReadonlyMap<string, { rate: Rational; text: string }>;
}

export interface Period {
  /** YYYY-MM-DD, first day of a calendar month. */
  start: string;
  /** YYYY-MM-DD, first day of the next month (exclusive). */
  end: string;
}

export type Priced =
  | { kind: 'invoice'; draft: InvoiceDraft; usageIds: string[] }
  | { kind: 'nothing' }
  | { kind: 'skipped'; reason: string };

class MissingRate extends Error {}

/** A rate as the invoice records it and the arithmetic uses it. */
interface RateFound {
  rate: Rational;
  text: string;
  source: 'CUSTOMER' | 'PARTNER';
}

function periodLabel(from: string, until: string): string {
  return `${from} – ${fromEpochDay(epochDay(until) - 1)}`;
}

/**
 * Prices one customer's invoice for a period: each service for the days it ran in the period (at
 * the price over the days of its month, or of its year for YEARLY), each PAID recipient at the
 * partner's monthly price for its days, and the usage not yet invoiced; each line converted to the
 * customer's currency (the customer's own rate, else the partner's) and rounded once, half-up;
 * tax per line at the rate of the customer's country, or none and "reverse charge" where the rate
 * says so. Nothing to bill is no invoice; a currency without a rate skips the customer, saying why.
 */
export function priceInvoice(customer: CustomerToBill, rates: PartnerRates, period: Period, issueDate: string): Priced {
  const monthDays = epochDay(period.end) - epochDay(period.start);
  const tax = rates.taxRates.get(customer.billTo.country);
  const reverseCharge = tax?.reverseCharge ?? false;
  const taxRatePpm = reverseCharge ? 0 : (tax?.ratePpm ?? 0);
  let fx: FxUsed | null = null;

  const convert = (currency: string): { conversion: Conversion | null; note: (minor: bigint) => string } => {
    if (currency === customer.currency) return { conversion: null, note: () => '' };
    const key = fxKey(currency, customer.currency);
    const own = customer.customerFx?.get(key);
    const partner = rates.fxRates.get(key);
    const found: RateFound | null = own
      ? { ...own, source: 'CUSTOMER' }
      : partner
        ? { ...partner, source: 'PARTNER' }
        : null;
    if (!found) throw new MissingRate(`no exchange rate from ${currency} to ${customer.currency}`);
    // An invoice records one rate: the first it converted with (most invoices convert from one currency).
    fx ??= { rate: found.text, baseCurrency: currency, source: found.source };
    return {
      conversion: {
        rate: found.rate,
        fromExponent: currencyExponent(currency),
        toExponent: currencyExponent(customer.currency),
      },
      note: (minor) => ` (${formatMinor(minor, currency)} ${currency} at ${found.text})`,
    };
  };

  const line = (draft: Omit<InvoiceLineDraft, 'taxRatePpm' | 'taxMinor'>): InvoiceLineDraft => ({
    ...draft,
    taxRatePpm,
    taxMinor: taxOf(draft.amountMinor, taxRatePpm),
  });

  try {
    const lines: InvoiceLineDraft[] = [];
    for (const service of customer.services) {
      const days = overlapDays(service.startDate, service.endDate, period.start, period.end);
      if (days === 0) continue;
      const periodDays = service.period === 'YEARLY' ? daysInYear(period.start) : monthDays;
      const quantity = parseDecimal(service.quantity, 6)!;
      const { conversion, note } = convert(service.currency);
      const from = fromEpochDay(Math.max(epochDay(service.startDate), epochDay(period.start)));
      const until = fromEpochDay(
        Math.min(service.endDate ? epochDay(service.endDate) : Infinity, epochDay(period.end)),
      );
      const part = service.period === 'MONTHLY' && days === monthDays ? '' : `, ${days}/${periodDays} days`;
      lines.push(
        line({
          kind: 'SERVICE',
          description:
            `${service.description} (${periodLabel(from, until)}${part})${note(service.unitPriceMinor)}`.slice(0, 500),
          quantity: service.quantity,
          unitAmountMinor: lineAmountMinor(service.unitPriceMinor, { n: 1n, d: 1n }, undefined, conversion),
          amountMinor: lineAmountMinor(
            service.unitPriceMinor,
            quantity,
            { n: BigInt(days), d: BigInt(periodDays) },
            conversion,
          ),
          periodStart: from,
          periodEnd: until,
          sourceId: service.id,
        }),
      );
    }
    const price = rates.recipientPrice;
    for (const recipient of price ? customer.recipients : []) {
      const days = overlapDays(recipient.paidFrom, recipient.paidUntil, period.start, period.end);
      if (days === 0) continue;
      const { conversion, note } = convert(price!.currency);
      const from = fromEpochDay(Math.max(epochDay(recipient.paidFrom), epochDay(period.start)));
      const until = fromEpochDay(
        Math.min(recipient.paidUntil ? epochDay(recipient.paidUntil) : Infinity, epochDay(period.end)),
      );
      const part = days === monthDays ? '' : `, ${days}/${monthDays} days`;
      lines.push(
        line({
          kind: 'RECIPIENT',
          description: `Additional recipient (${periodLabel(from, until)}${part})${note(price!.amountMinor)}`,
          quantity: '1',
          unitAmountMinor: lineAmountMinor(price!.amountMinor, { n: 1n, d: 1n }, undefined, conversion),
          amountMinor: lineAmountMinor(
            price!.amountMinor,
            { n: 1n, d: 1n },
            { n: BigInt(days), d: BigInt(monthDays) },
            conversion,
          ),
          periodStart: from,
          periodEnd: until,
          sourceId: recipient.memberId,
        }),
      );
    }
    const usageIds: string[] = [];
    for (const usage of customer.usage) {
      const { conversion, note } = convert(usage.currency);
      const quantity = parseDecimal(usage.quantity, 6)!;
      lines.push(
        line({
          kind: 'USAGE',
          description:
            `${usage.description} (${usage.occurredAt.toISOString().slice(0, 10)})${note(usage.amountMinor)}`.slice(
              0,
              500,
            ),
          quantity: usage.quantity,
          unitAmountMinor: lineAmountMinor(usage.unitPriceMinor, { n: 1n, d: 1n }, undefined, conversion),
          // The amount recorded is what the customer was told; only a conversion rounds it again.
          amountMinor: conversion
            ? lineAmountMinor(usage.unitPriceMinor, quantity, undefined, conversion)
            : usage.amountMinor,
          sourceId: usage.id,
        }),
      );
      usageIds.push(usage.id);
    }
    if (lines.length === 0) return { kind: 'nothing' };
    return {
      kind: 'invoice',
      usageIds,
      draft: {
        customerId: customer.customerId,
        kind: 'INVOICE',
        source: 'BILLING_RUN',
        currency: customer.currency,
        periodStart: period.start,
        periodEnd: period.end,
        issue: true,
        issueDate,
        dueDate: addDays(issueDate, customer.paymentTermsDays),
        reverseCharge,
        billTo: customer.billTo,
        fx,
        lines,
      },
    };
  } catch (err) {
    if (err instanceof MissingRate) return { kind: 'skipped', reason: err.message };
    throw err;
  }
}
