/**
 * The arithmetic of billing on exact integers: decimals as rationals, pro-ration by days, currency
 * conversion and tax. A line's amount is computed as one exact rational (price × quantity × days /
 * days of the period × rate) and rounded once, half away from zero ("half-up" for the positive
 * amounts billing charges); a line's tax is then rounded once from that rounded amount.
 */

/** An exact fraction; `d` is always positive. */
export interface Rational {
  n: bigint;
  d: bigint;
}

const DECIMAL = /^(\d{1,15})(?:\.(\d{1,12}))?$/;

/** A non-negative decimal string ("12", "0.5", "1.0825") as a rational, or null when it is not one. */
export function parseDecimal(value: string, maxScale = 12): Rational | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  if (fraction.length > maxScale) return null;
  return { n: BigInt(`${whole}${fraction}`), d: 10n ** BigInt(fraction.length) };
}

/** A rational as a decimal string with at most `scale` digits after the point, trailing zeros dropped. */
export function formatDecimal(value: Rational, scale = 12): string {
  const scaled = roundHalfUp({ n: value.n * 10n ** BigInt(scale), d: value.d });
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Rounds to the nearest integer; exact halves go away from zero. */
export function roundHalfUp(value: Rational): bigint {
  const negative = value.n < 0n !== value.d < 0n;
  const n = value.n < 0n ? -value.n : value.n;
  const d = value.d < 0n ? -value.d : value.d;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** A tax rate given as a percent ("21", "5.5", "0") in parts per million, or null when it is not one. */
export function percentToPpm(percent: string): number | null {
  const rate = parseDecimal(percent, 4);
  if (!rate) return null;
  const ppm = (rate.n * 10_000n) / rate.d;
  return ppm <= 1_000_000n ? Number(ppm) : null;
}

export function ppmToPercent(ppm: number): string {
  return formatDecimal({ n: BigInt(ppm), d: 10_000n }, 4);
}

/** A line's tax: the rounded amount times the rate, rounded once. */
export function taxOf(amountMinor: bigint, taxRatePpm: number): bigint {
  return roundHalfUp({ n: amountMinor * BigInt(taxRatePpm), d: 1_000_000n });
}

/** A conversion of amounts from one currency to another: `rate` units of `to` per unit of `from`. */
export interface Conversion {
  rate: Rational;
  /** Digits after the point of the currency converted from and to (2 for EUR, 0 for JPY). */
  fromExponent: number;
  toExponent: number;
}

/**
 * What a line charges, in minor units of the invoice's currency: `unitMinor` (minor units of the
 * price's currency) × `quantity` × `share` of the period, converted, rounded once.
 */
export function lineAmountMinor(
  unitMinor: bigint,
  quantity: Rational,
  share: Rational = { n: 1n, d: 1n },
  conversion: Conversion | null = null,
): bigint {
  let n = unitMinor * quantity.n * share.n;
  let d = quantity.d * share.d;
  if (conversion) {
    n *= conversion.rate.n;
    d *= conversion.rate.d;
    const shift = conversion.toExponent - conversion.fromExponent;
    if (shift >= 0) n *= 10n ** BigInt(shift);
    else d *= 10n ** BigInt(-shift);
  }
  return roundHalfUp({ n, d });
}

// Calendar days as YYYY-MM-DD in UTC, counted through epoch days so no time zone is involved.

const DAY_MS = 86_400_000;

export function epochDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(epochDay(date) + days);
}

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The calendar month containing `date`, as [start, end). */
export function monthOf(date: string): { start: string; end: string } {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { start, end: next };
}

/** The month before the one containing `date`, as [start, end). */
export function previousMonth(date: string): { start: string; end: string } {
  return monthOf(addDays(monthOf(date).start, -1));
}

/** Days of [start, end) that fall inside [periodStart, periodEnd); an open end runs past the period. */
export function overlapDays(start: string, end: string | null, periodStart: string, periodEnd: string): number {
  const from = Math.max(epochDay(start), epochDay(periodStart));
  const to = Math.min(end === null ? Number.POSITIVE_INFINITY : epochDay(end), epochDay(periodEnd));
  return Math.max(0, to - from);
}

/** Days in the calendar year `date` falls in: 365 or 366. */
export function daysInYear(date: string): number {
  const year = Number(date.slice(0, 4));
  return epochDay(`${year + 1}-01-01`) - epochDay(`${year}-01-01`);
}
