import type { RouteObject } from 'react-router';
import { RequirePermission } from '../platform/RequirePermission';
import { operatorListPath } from './urls';
import { OperatorListView } from './views/OperatorListView';

export const operatorRoutes: RouteObject[] = [
  {
    path: operatorListPath,
    element: (
      <RequirePermission permission="operators:read">
        <OperatorListView />
      </RequirePermission>
    ),
  },
];
