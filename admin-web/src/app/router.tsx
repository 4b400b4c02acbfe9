import { createBrowserRouter, Navigate } from 'react-router';
import { apiKeyRoutes } from '../api-keys/routes';
import { authRoutes } from '../auth/routes';
import { RequireAuth } from '../auth/RequireAuth';
import { customerRoutes } from '../customers/routes';
import { operatorRoutes } from '../operators/routes';
import { portalRoutes } from '../portal/routes';
import { AppShell } from './AppShell';
import { NotFoundView } from './NotFoundView';

export function createRouter() {
  return createBrowserRouter([
    ...authRoutes,
    // The customer portal has its own session and layout; it never touches the operator's.
    ...portalRoutes,
    {
      element: <RequireAuth />,
      children: [
        {
          element: <AppShell />,
          children: [
            { index: true, element: <Navigate to="/customers" replace /> },
            ...customerRoutes,
            ...operatorRoutes,
            ...apiKeyRoutes,
            { path: '*', element: <NotFoundView /> },
          ],
        },
      ],
    },
  ]);
}
