const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat | null {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
      });
    } catch {
      return null; // Not an ISO 4217 code the browser knows.
    }
    moneyFormats.set(currency, format);
  }
  return format;
}

/**
 * Formats a decimal string in major units (e.g. "-12.50"). The string is passed
 * to Intl as is, so large amounts keep their precision.
 */
export function formatMoney(amount: string, currency: string): string {
  const format = moneyFormat(currency);
  if (!format || !/^-?\d+(\.\d+)?$/.test(amount)) return `${amount} ${currency}`;
  return format.format(amount as Intl.StringNumericLiteral);
}

export function isNegativeAmount(amount: string): boolean {
  return amount.startsWith('-') && /[1-9]/.test(amount);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const integerFormat = new Intl.NumberFormat();

export function formatCount(value: number): string {
  return integerFormat.format(value);
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "14:05" (or "2:05 PM", as the browser's locale has it). */
export function formatTime(iso: string | number): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : timeFormat.format(date);
}
