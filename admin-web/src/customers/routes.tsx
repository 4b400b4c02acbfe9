import { Navigate, type RouteObject } from 'react-router';
import { customerCreatePath, customerListPath, customerPagePath, type CustomerTab } from './urls';
import { CustomerActivityTab } from './views/CustomerActivityTab';
import { CustomerCreateView } from './views/CustomerCreateView';
import { CustomerCreditsTab } from './views/CustomerCreditsTab';
import { CustomerListView } from './views/CustomerListView';
import { CustomerInvoicesTab } from './views/CustomerInvoicesTab';
import { CustomerMessagesTab } from './views/CustomerMessagesTab';
import { CustomerMembersTab } from './views/CustomerMembersTab';
import { CustomerNotesTab } from './views/CustomerNotesTab';
import { CustomerOverviewTab } from './views/CustomerOverviewTab';
import { CustomerPageView, CustomerTabNotFound } from './views/CustomerPageView';
import { CustomerQuotesTab } from './views/CustomerQuotesTab';
import { CustomerServicesTab } from './views/CustomerServicesTab';
import { CustomerTagsTab } from './views/CustomerTagsTab';

export const customerRoutes: RouteObject[] = [
  { path: customerListPath, element: <CustomerListView /> },
  { path: customerCreatePath, element: <CustomerCreateView /> },
  {
    path: customerPagePath,
    element: <CustomerPageView />,
    children: [
      { index: true, element: <Navigate to={'overview' satisfies CustomerTab} replace /> },
      { path: 'overview' satisfies CustomerTab, element: <CustomerOverviewTab /> },
      { path: 'members' satisfies CustomerTab, element: <CustomerMembersTab /> },
      { path: 'notes' satisfies CustomerTab, element: <CustomerNotesTab /> },
      { path: 'tags' satisfies CustomerTab, element: <CustomerTagsTab /> },
      { path: 'activity' satisfies CustomerTab, element: <CustomerActivityTab /> },
      { path: 'credits' satisfies CustomerTab, element: <CustomerCreditsTab /> },
      { path: 'services' satisfies CustomerTab, element: <CustomerServicesTab /> },
      { path: 'invoices' satisfies CustomerTab, element: <CustomerInvoicesTab /> },
      { path: 'quotes' satisfies CustomerTab, element: <CustomerQuotesTab /> },
      { path: 'messages' satisfies CustomerTab, element: <CustomerMessagesTab /> },
      { path: '*', element: <CustomerTabNotFound /> },
    ],
  },
];
