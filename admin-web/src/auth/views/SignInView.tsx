import { Navigate, useLocation } from 'react-router';
import { useAppLinks } from '../../platform/app-links';
import { signIn } from '../auth-api';
import { SignInForm } from '../components/SignInForm';
import { RestoringSession, type SignInLocationState } from '../RequireAuth';
import { startSession } from '../session';
import { signInPath } from '../urls';
import { useAuthState } from '../useAuthState';

export function SignInView() {
  const auth = useAuthState();
  const location = useLocation();
  const { home } = useAppLinks();
  const state = location.state as SignInLocationState | null;

  const from = state?.from;
  const target = from && from.startsWith('/') && !from.startsWith(signInPath) ? from : home.url;

  // A reload or a new tab first asks the refresh cookie; sign-in shows only if that fails.
  if (auth.status === 'unknown' || auth.status === 'restoring') return <RestoringSession />;
  // Also the way out after a successful sign-in: startSession() re-renders this view.
  if (auth.status === 'signed-in') return <Navigate to={target} replace />;

  const notice =
    state?.notice ??
    (auth.reason === 'expired'
      ? 'Your session has expired. Please sign in again.'
      : auth.reason === 'unreachable'
        ? 'Could not reach the server to restore your session. Sign in, or reload to try again.'
        : auth.reason === 'signed-out'
          ? 'You have signed out.'
          : null);

  return (
    <SignInForm
      product="Clientele"
      title="Sign in"
      notice={notice}
      defaultEmail={state?.email}
      onSignIn={async (credentials) => {
        const result = await signIn('/auth/sign-in', credentials);
        if (!result.ok) return result.failure;
        startSession(result.value);
        return null;
      }}
    />
  );
}
