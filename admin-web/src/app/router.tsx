import { createBrowserRouter, Navigate } from 'react-router';
import { authRoutes } from '../auth/routes';
import { RequireAuth } from '../auth/RequireAuth';
import { customerRoutes } from '../customers/routes';
import { AppShell } from './AppShell';
import { NotFoundView } from './NotFoundView';

export function createRouter() {
  return createBrowserRouter([
    ...authRoutes,
    {
      element: <RequireAuth />,
      children: [
        {
          element: <AppShell />,
          children: [
            { index: true, element: <Navigate to="/customers" replace /> },
            ...customerRoutes,
            { path: '*', element: <NotFoundView /> },
          ],
        },
      ],
    },
  ]);
}
