import { CustomerQuoteList } from '../../invoices';
import { useCustomerOutlet } from '../customer-outlet';

/** The quotes offered to the customer; the list belongs to the invoices feature. */
export function CustomerQuotesTab() {
  const { customer } = useCustomerOutlet();
  return <CustomerQuoteList customerId={customer.id} currency={customer.currency} />;
}
