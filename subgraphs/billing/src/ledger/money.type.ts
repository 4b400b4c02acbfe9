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
export function toMoney(minorUnits: bigint, currency: string): MoneyType {
  const exponent = currencyExponent(currency);
  const negative = minorUnits < 0n;
  const digits = (negative ? -minorUnits : minorUnits).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return Object.assign(new MoneyType(), {
    amount: `${negative ? '-' : ''}${whole}${fraction}`,
    minorUnits: Number(minorUnits),
    currency,
  });
}
