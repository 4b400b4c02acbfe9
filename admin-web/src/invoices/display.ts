import type { InvoiceStatus, PaymentMethod, QuoteStatus, ServicePeriod } from '../gql/graphql';

export const invoiceStatusLabels: Record<InvoiceStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  PAID: 'Paid',
  VOID: 'Void',
  OVERDUE: 'Overdue',
};

export const quoteStatusLabels: Record<QuoteStatus, string> = {
  DRAFT: 'Draft',
  SENT: 'Sent',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
};

export const paymentMethodLabels: Record<PaymentMethod, string> = {
  BANK_TRANSFER: 'Bank transfer',
  CARD: 'Card',
  CASH: 'Cash',
  CHEQUE: 'Cheque',
  DIRECT_DEBIT: 'Direct debit',
  OTHER: 'Other',
};

export const servicePeriodLabels: Record<ServicePeriod, string> = {
  MONTHLY: 'Monthly',
  YEARLY: 'Yearly',
};

/** Today as the API's calendar day (YYYY-MM-DD, UTC). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A calendar day `days` after `day` (both YYYY-MM-DD, UTC). */
export function addDaysUtc(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "2.000000" → "2", "1.500000" → "1.5": quantities come with six decimals. */
export function formatQuantity(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity;
}

/**
 * A quote has no number of its own: it is named by the end of its id (the random part; the
 * start of a time-ordered id is shared by everything written in the same minute).
 */
export function quoteReference(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase();
}

/**
 * The status a quote is shown with: a SENT quote whose last valid day has passed is EXPIRED,
 * even in the moments before the daily sweep records it, since it can no longer be answered.
 */
export function shownQuoteStatus(quote: { status: QuoteStatus; validUntil: string }, today: string): QuoteStatus {
  return quote.status === 'SENT' && quote.validUntil < today ? 'EXPIRED' : quote.status;
}
