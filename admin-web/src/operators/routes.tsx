import type { RouteObject } from 'react-router';
import { RequirePermission } from '../app/RequirePermission';
import { OperatorListView } from './views/OperatorListView';

export const operatorRoutes: RouteObject[] = [
  {
    path: 'operators',
    element: (
      <RequirePermission permission="operators:read">
        <OperatorListView />
      </RequirePermission>
    ),
  },
];
