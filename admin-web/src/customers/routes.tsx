import type { RouteObject } from 'react-router';
import { customerListPath } from './urls';
import { CustomerListView } from './views/CustomerListView';

export const customerRoutes: RouteObject[] = [{ path: customerListPath, element: <CustomerListView /> }];
