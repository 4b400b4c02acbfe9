import type { RouteObject } from 'react-router';
import { AcceptInvitationView } from '../auth/views/AcceptInvitationView';
import { PortalLayout } from './PortalLayout';
import { PortalRoot } from './PortalRoot';
import { PortalHomeView } from './views/PortalHomeView';
import { PortalSignInView } from './views/PortalSignInView';

export const portalRoutes: RouteObject[] = [
  {
    path: 'portal',
    element: <PortalRoot />,
    children: [
      { path: 'sign-in', element: <PortalSignInView /> },
      { path: 'invitation', element: <AcceptInvitationView audience="member" /> },
      {
        element: <PortalLayout />,
        children: [{ index: true, element: <PortalHomeView /> }],
      },
    ],
  },
];
