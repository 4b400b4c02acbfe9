import type { Feature } from '../platform/feature';
import { authRoutes } from './routes';

/** The operator's session: signing in, accepting an invitation, and the session itself. */
export const authFeature: Feature = {
  standaloneRoutes: authRoutes,
};

export { signInUrl } from './urls';

// For the shell: the operator's session.
export { RequireAuth, RestoringSession, type SignInLocationState } from './RequireAuth';
export { endSession, getAccessToken, getAuthState, refreshSession, signOut, subscribeToAuthState } from './session';

// For the customer portal, whose members sign in and accept invitations the same way.
export * as authApi from './auth-api';
export { SignInForm } from './components/SignInForm';
export { AcceptInvitationView } from './views/AcceptInvitationView';
