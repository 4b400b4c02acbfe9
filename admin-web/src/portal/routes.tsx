import type { RouteObject } from 'react-router';
import { AcceptInvitationView } from '../auth';
import { PortalLayout } from './PortalLayout';
import { PortalRoot } from './PortalRoot';
import { portalInvitationPath, portalPath, portalSignInPath } from './urls';
import { PortalHomeView } from './views/PortalHomeView';
import { PortalSignInView } from './views/PortalSignInView';

export const portalRoutes: RouteObject[] = [
  {
    path: portalPath,
    element: <PortalRoot />,
    children: [
      { path: portalSignInPath, element: <PortalSignInView /> },
      { path: portalInvitationPath, element: <AcceptInvitationView audience="member" /> },
      {
        element: <PortalLayout />,
        children: [{ index: true, element: <PortalHomeView /> }],
      },
    ],
  },
];
