import { useOutletContext } from 'react-router';
import type { CustomerPageFieldsFragment } from './queries';

/** What the customer page hands the tab it shows. */
export type CustomerOutlet = {
  customer: CustomerPageFieldsFragment;
  /** Some fields (e.g. the balance, from billing) could not be loaded and show as "—". */
  partial: boolean;
};

export function useCustomerOutlet(): CustomerOutlet {
  return useOutletContext<CustomerOutlet>();
}
