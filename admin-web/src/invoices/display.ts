import type { InvoiceStatus, PaymentMethod, ServicePeriod } from '../gql/graphql';

export const invoiceStatusLabels: Record<InvoiceStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  PAID: 'Paid',
  VOID: 'Void',
  OVERDUE: 'Overdue',
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

/** "2.000000" → "2", "1.500000" → "1.5": quantities come with six decimals. */
export function formatQuantity(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity;
}
