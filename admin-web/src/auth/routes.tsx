import type { RouteObject } from 'react-router';
import { SignInView } from './views/SignInView';

export const authRoutes: RouteObject[] = [{ path: 'sign-in', element: <SignInView /> }];
