import { toMinorUnits } from '../shared/money';

/**
 * The arithmetic the billing API does on a priced line, repeated here so a form can show its
 * total while it is typed: quantity × unit price rounded to the minor unit, then the tax on
 * that amount, each rounded half up. Integers only (BigInt), as the API does; the API's
 * figures are the ones kept.
 */

const million = 1_000_000n;

/** One line as a person types it: major units and a percentage, all text. */
export type LineText = { quantity: string; unitPrice: string; taxRate: string };

export type PricedLine = { amountMinor: bigint; taxMinor: bigint };

export type LineTotals = { subtotalMinor: bigint; taxMinor: bigint; totalMinor: bigint };

const quantityPattern = /^(\d{1,14})(?:\.(\d{1,6}))?$/;
const percentPattern = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

function divideRoundedHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** "2.5" → 2500000 millionths; null unless a decimal with at most 6 places. */
export function quantityMillionths(text: string): bigint | null {
  const match = quantityPattern.exec(text.trim());
  if (!match) return null;
  return BigInt(match[1]!) * million + BigInt((match[2] ?? '').padEnd(6, '0'));
}

/** "21" → 210000, "5.5" → 55000 parts per million; null unless 0–100 with at most 4 decimals. */
export function percentToPpm(text: string): number | null {
  const match = percentPattern.exec(text.trim());
  if (!match) return null;
  const ppm = Number(match[1]) * 10_000 + Number((match[2] ?? '').padEnd(4, '0'));
  return ppm <= 1_000_000 ? ppm : null;
}

/** 210000 → "21", 55000 → "5.5": a rate in parts per million as a percentage. */
export function ppmToPercent(ppm: number): string {
  const whole = Math.trunc(ppm / 10_000);
  const fraction = String(ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** The line's amount and tax in minor units; null while any of its figures is not a valid one. */
export function priceLine(line: LineText, currency: string): PricedLine | null {
  const quantity = quantityMillionths(line.quantity);
  const unit = toMinorUnits(line.unitPrice, currency);
  const ppm = percentToPpm(line.taxRate === '' ? '0' : line.taxRate);
  if (quantity === null || unit === null || ppm === null) return null;
  const amountMinor = divideRoundedHalfUp(quantity * BigInt(unit), million);
  return { amountMinor, taxMinor: divideRoundedHalfUp(amountMinor * BigInt(ppm), million) };
}

/** The sum of the lines that are complete; `complete` says whether every line was. */
export function totalLines(lines: readonly LineText[], currency: string): LineTotals & { complete: boolean } {
  let subtotalMinor = 0n;
  let taxMinor = 0n;
  let complete = true;
  for (const line of lines) {
    const priced = priceLine(line, currency);
    if (!priced) {
      complete = false;
      continue;
    }
    subtotalMinor += priced.amountMinor;
    taxMinor += priced.taxMinor;
  }
  return { subtotalMinor, taxMinor, totalMinor: subtotalMinor + taxMinor, complete };
}
