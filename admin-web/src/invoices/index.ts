import type { Feature } from '../platform/feature';
import { invoiceRoutes } from './routes';
import { invoiceListUrl } from './urls';

/**
 * Billing: every customer's invoices (filtered, downloaded several at once), an invoice's page
 * and its actions, and the partner's billing settings and letterhead. The customer page's
 * Services, Invoices and Quotes tabs come from here too.
 */
export const invoicesFeature: Feature = {
  routes: invoiceRoutes,
  nav: { label: 'Invoices', path: invoiceListUrl(), permission: 'billing:read', order: 15 },
};

export { billingSettingsUrl } from './urls';
export { CustomerInvoiceList } from './views/CustomerInvoiceList';
export { CustomerQuoteList } from './views/CustomerQuoteList';
export { CustomerServiceList } from './views/CustomerServiceList';
export { FxRatesCard } from './components/FxRatesCard';
export { downloadFile } from './downloads';
