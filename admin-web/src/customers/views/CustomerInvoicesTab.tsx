import { CustomerInvoiceList } from '../../invoices';
import { useCustomerOutlet } from '../customer-outlet';

/** The customer's invoices and credit notes; the list belongs to the invoices feature. */
export function CustomerInvoicesTab() {
  const { customer } = useCustomerOutlet();
  return <CustomerInvoiceList customerId={customer.id} />;
}
