import { SafeIntResolver } from '@clientele/subgraph-kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('Money', { description: 'An amount with its currency; exact, never a float on the server.' })
export class MoneyType {
  @Field({ description: 'Signed decimal amount in major units, e.g. "-12.50".' })
  amount: string;

  @Field(() => SafeIntResolver, { description: 'Signed amount in minor units, e.g. -1250.' })
  minorUnits: number;

  @Field({ description: 'ISO 4217 currency code.' })
  currency: string;
}

/**
 * The largest amount one operation may carry, in minor units: far beyond any real payment, and
 * small enough that no balance built from such amounts leaves the range GraphQL's `SafeInt` holds.
 */
export const MAX_AMOUNT_MINOR = 10n ** 13n;

/** The largest balance, either sign, an account may reach: what `SafeInt` can still say exactly. */
export const MAX_BALANCE_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

const exponents = new Map<string, number>();

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function currencyExponent(currency: string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    exponent =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(currency, exponent);
  }
  return exponent;
}

/** Formats minor units as a decimal string with integer arithmetic only. */
export function formatMinor(minorUnits: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minorUnits < 0n;
  const digits = (negative ? -minorUnits : minorUnits).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Parses a decimal amount in major units ("12.50", "-3", "1234" for JPY) to minor units, or null when it is not one. */
export function parseMajor(amount: string, currency: string): bigint | null {
  const exponent = currencyExponent(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > exponent) return null;
  const minor = BigInt(whole!) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
  return sign ? -minor : minor;
}

/** Whether a balance can still be told exactly to a client. */
export function isRepresentableBalance(minorUnits: bigint): boolean {
  return minorUnits <= MAX_BALANCE_MINOR && minorUnits >= -MAX_BALANCE_MINOR;
}

/**
 * How much an account can still spend or give away: down to zero on PREPAID, down to minus its
 * credit limit on POSTPAID. Never negative: an account already past its limit has nothing available.
 */
export function availableMinor(balanceMinor: bigint, creditLimitMinor: bigint): bigint {
  const available = balanceMinor + creditLimitMinor;
  return available > 0n ? available : 0n;
}

/** Sums minor units exactly. */
export function sumMinor(amounts: readonly bigint[]): bigint {
  return amounts.reduce((total, amount) => total + amount, 0n);
}

export function toMoney(minorUnits: bigint, currency: string): MoneyType {
  return Object.assign(new MoneyType(), {
    amount: formatMinor(minorUnits, currency),
    minorUnits: Number(minorUnits),
    currency,
  });
}
