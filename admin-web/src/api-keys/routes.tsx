import type { RouteObject } from 'react-router';
import { RequirePermission } from '../platform/RequirePermission';
import { apiKeyListPath } from './urls';
import { ApiKeyListView } from './views/ApiKeyListView';

export const apiKeyRoutes: RouteObject[] = [
  {
    path: apiKeyListPath,
    element: (
      <RequirePermission permission="api-keys:manage">
        <ApiKeyListView />
      </RequirePermission>
    ),
  },
];
