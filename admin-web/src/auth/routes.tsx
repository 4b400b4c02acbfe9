import type { RouteObject } from 'react-router';
import { AcceptInvitationView } from './views/AcceptInvitationView';
import { SignInView } from './views/SignInView';

export const authRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInView /> },
  { path: 'invitation', element: <AcceptInvitationView audience="operator" /> },
];
