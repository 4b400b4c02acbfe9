import { readCustomerListParams, writeCustomerListParams, type CustomerListParams } from './list-params';

export const customerListPath = '/customers';

/** The customer list, optionally searched, sorted or paged, e.g. `/customers?q=acme&sort=name`. */
export function customerListUrl(params: Partial<CustomerListParams> = {}): string {
  const defaults = readCustomerListParams(new URLSearchParams());
  const search = writeCustomerListParams({ ...defaults, ...params }).toString();
  return search ? `${customerListPath}?${search}` : customerListPath;
}
