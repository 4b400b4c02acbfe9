/**
 * Amounts typed by a person, in major units ("12.50"), to the API's integer minor units and
 * back, with the currency's own number of decimals (JPY none, EUR two, BHD three). No floats:
 * the digits are moved as text.
 */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "12.5" in EUR → 1250; null when the text is not an amount with at most the currency's decimals. */
export function toMinorUnits(text: string, currency: string, options: { signed?: boolean } = {}): number | null {
  const decimals = currencyDecimals(currency);
  const match = /^([+-]?)(\d+)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (sign && !options.signed) return null;
  if (fraction.length > decimals) return null;
  const digits = `${whole}${fraction.padEnd(decimals, '0')}`.replace(/^0+(?=\d)/, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return null;
  return sign === '-' ? -value : value;
}

/** 1250 in EUR → "12.50", for an input's value. */
export function toMajorUnits(minor: number, currency: string): string {
  const decimals = currencyDecimals(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
  return decimals === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
