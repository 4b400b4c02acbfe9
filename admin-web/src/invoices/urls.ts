export const invoiceListPath = '/invoices';
export const invoicePath = '/invoices/:invoiceId';
export const billingSettingsPath = '/settings/billing';

export function invoiceListUrl(): string {
  return invoiceListPath;
}

export function invoiceUrl(id: string): string {
  return `${invoiceListPath}/${encodeURIComponent(id)}`;
}

export function billingSettingsUrl(): string {
  return billingSettingsPath;
}
