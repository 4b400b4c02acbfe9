import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAuth } from '../auth';
import { AppShell } from './AppShell';
import { appLinks, features } from './features';
import { NotFoundView } from './NotFoundView';

export function createRouter() {
  return createBrowserRouter([
    // Sign-in, invitations and the customer portal, which has its own session and never
    // touches the operator's.
    ...features.flatMap((feature) => feature.standaloneRoutes ?? []),
    {
      element: <RequireAuth />,
      children: [
        {
          element: <AppShell />,
          children: [
            { index: true, element: <Navigate to={appLinks.home.url} replace /> },
            ...features.flatMap((feature) => feature.routes ?? []),
            { path: '*', element: <NotFoundView /> },
          ],
        },
      ],
    },
  ]);
}
