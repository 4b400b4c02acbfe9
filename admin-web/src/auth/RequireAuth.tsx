import { Navigate, Outlet, useLocation } from 'react-router';
import { signInUrl } from './urls';
import { useAuthState } from './useAuthState';

export type SignInLocationState = {
  /** Where to go back to after signing in. */
  from?: string;
  /** Shown above the form, e.g. after accepting an invitation. */
  notice?: string;
  email?: string;
};

/** Route guard: renders the child routes for a signed-in operator, else the sign-in screen. */
export function RequireAuth() {
  const auth = useAuthState();
  const location = useLocation();
  if (auth.status === 'unknown' || auth.status === 'restoring') return <RestoringSession />;
  if (auth.status !== 'signed-in') {
    const state: SignInLocationState = {
      from: location.pathname + location.search + location.hash,
    };
    return <Navigate to={signInUrl()} replace state={state} />;
  }
  return <Outlet />;
}

export function RestoringSession() {
  return (
    <main className="splash">
      <p role="status" className="muted">
        Loading…
      </p>
    </main>
  );
}
