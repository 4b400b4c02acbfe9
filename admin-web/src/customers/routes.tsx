import type { RouteObject } from 'react-router';
import { CustomerListView } from './views/CustomerListView';

export const customerRoutes: RouteObject[] = [{ path: 'customers', element: <CustomerListView /> }];
