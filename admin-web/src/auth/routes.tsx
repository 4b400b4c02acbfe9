import type { RouteObject } from 'react-router';
import { invitationPath, signInPath } from './urls';
import { AcceptInvitationView } from './views/AcceptInvitationView';
import { SignInView } from './views/SignInView';

export const authRoutes: RouteObject[] = [
  { path: signInPath, element: <SignInView /> },
  { path: invitationPath, element: <AcceptInvitationView audience="operator" /> },
];
