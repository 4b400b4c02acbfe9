import type { RouteObject } from 'react-router';
import { RequirePermission } from '../platform/RequirePermission';
import { billingSettingsPath, invoiceListPath, invoicePath } from './urls';
import { BillingSettingsView } from './views/BillingSettingsView';
import { InvoiceListView } from './views/InvoiceListView';
import { InvoiceView } from './views/InvoiceView';

export const invoiceRoutes: RouteObject[] = [
  {
    path: invoiceListPath,
    element: (
      <RequirePermission permission="billing:read">
        <InvoiceListView />
      </RequirePermission>
    ),
  },
  {
    path: invoicePath,
    element: (
      <RequirePermission permission="billing:read">
        <InvoiceView />
      </RequirePermission>
    ),
  },
  {
    path: billingSettingsPath,
    element: (
      <RequirePermission permission="billing:read">
        <BillingSettingsView />
      </RequirePermission>
    ),
  },
];
