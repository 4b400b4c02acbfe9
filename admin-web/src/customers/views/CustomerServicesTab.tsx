import { CustomerServiceList } from '../../invoices';
import { useCustomerOutlet } from '../customer-outlet';

/** What the customer is billed for each period; the list belongs to the invoices feature. */
export function CustomerServicesTab() {
  const { customer } = useCustomerOutlet();
  return <CustomerServiceList customerId={customer.id} currency={customer.currency} />;
}
