import type { RouteObject } from 'react-router';
import { RequirePermission } from '../app/RequirePermission';
import { ApiKeyListView } from './views/ApiKeyListView';

export const apiKeyRoutes: RouteObject[] = [
  {
    path: 'api-keys',
    element: (
      <RequirePermission permission="api-keys:manage">
        <ApiKeyListView />
      </RequirePermission>
    ),
  },
];
