import { Navigate, useLocation } from 'react-router';
import { authApi, RestoringSession, SignInForm, type SignInLocationState } from '../../auth';
import { startMemberSession } from '../portal-session';
import { portalUrl } from '../urls';
import { usePortalState } from '../usePortalState';

/** `/portal/sign-in`: a customer's member signs in to their own account. */
export function PortalSignInView() {
  const portal = usePortalState();
  const state = useLocation().state as SignInLocationState | null;

  // A member with a live portal cookie goes straight in.
  if (portal.status === 'none' || portal.status === 'restoring') return <RestoringSession />;
  if (portal.status === 'active') return <Navigate to={portalUrl()} replace />;

  return (
    <SignInForm
      product="Customer portal"
      title="Sign in to your account"
      notice={state?.notice}
      defaultEmail={state?.email}
      onSignIn={async (credentials) => {
        const result = await authApi.signIn('/auth/portal/sign-in', credentials);
        if (!result.ok) return result.failure;
        startMemberSession(result.value);
        return null;
      }}
    />
  );
}
