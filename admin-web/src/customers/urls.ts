import { readCustomerListParams, writeCustomerListParams, type CustomerListParams } from './list-params';

export const customerListPath = '/customers';
export const customerCreatePath = '/customers/new';
/** The customer page; its tabs are child routes named by `CustomerTab`. */
export const customerPagePath = '/customers/:customerId';

/** The customer list, optionally searched, sorted or paged, e.g. `/customers?q=acme&sort=name`. */
export function customerListUrl(params: Partial<CustomerListParams> = {}): string {
  const defaults = readCustomerListParams(new URLSearchParams());
  const search = writeCustomerListParams({ ...defaults, ...params }).toString();
  return search ? `${customerListPath}?${search}` : customerListPath;
}

export function customerCreateUrl(): string {
  return customerCreatePath;
}

/** The sections of the customer page, each at its own URL: `/customers/<id>/<tab>`. */
export const customerTabs = [
  'overview',
  'members',
  'notes',
  'tags',
  'activity',
  'credits',
  'services',
  'invoices',
  'quotes',
  'messages',
] as const;
export type CustomerTab = (typeof customerTabs)[number];

export function customerUrl(id: string, tab: CustomerTab = 'overview'): string {
  return `${customerListPath}/${encodeURIComponent(id)}/${tab}`;
}
