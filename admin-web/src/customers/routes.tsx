import { Navigate, type RouteObject } from 'react-router';
import { customerCreatePath, customerListPath, customerPagePath, type CustomerTab } from './urls';
import { CustomerCreateView } from './views/CustomerCreateView';
import { CustomerCreditsTab } from './views/CustomerCreditsTab';
import { CustomerListView } from './views/CustomerListView';
import { CustomerMessagesTab } from './views/CustomerMessagesTab';
import { CustomerMembersTab } from './views/CustomerMembersTab';
import { CustomerOverviewTab } from './views/CustomerOverviewTab';
import { CustomerPageView, CustomerTabNotFound } from './views/CustomerPageView';

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
      { path: 'credits' satisfies CustomerTab, element: <CustomerCreditsTab /> },
      { path: 'messages' satisfies CustomerTab, element: <CustomerMessagesTab /> },
      { path: '*', element: <CustomerTabNotFound /> },
    ],
  },
];
