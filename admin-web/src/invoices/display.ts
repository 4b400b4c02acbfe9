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
