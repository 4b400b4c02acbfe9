import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet } from 'react-router';
import { RestoringSession, type SignInLocationState } from '../auth';
import { PortalBanner } from './components/PortalBanner';
import { PortalEnded } from './components/PortalEnded';
import { PortalSessionQuery } from './queries';
import { portalSignInUrl } from './urls';
import { usePortalState } from './usePortalState';

// Often enough that a session ended from elsewhere does not linger on screen.
const sessionPollMs = 60_000;

/** The portal's frame: who is looking (and as whom), and the page. */
export function PortalLayout() {
  const portal = usePortalState();

  if (portal.status === 'none' || portal.status === 'restoring') return <RestoringSession />;
  if (portal.status === 'signed-out') return <Navigate to={portalSignInUrl()} replace />;
  if (portal.status === 'ended') {
    if (portal.source === 'impersonation') return <PortalEnded reason={portal.reason} />;
    const state: SignInLocationState = {
      notice: portal.reason === 'signed-out' ? 'You have signed out.' : 'Your session has ended. Please sign in again.',
    };
    return <Navigate to={portalSignInUrl()} replace state={state} />;
  }
  return <ActivePortal />;
}

function ActivePortal() {
  const { data, error, refetch } = useQuery(PortalSessionQuery, { pollInterval: sessionPollMs });
  const viewer = data?.portalViewer;

  if (!viewer) {
    return (
      <main className="splash">
        {error ? (
          <div className="state state--error" role="alert">
            <p>The portal could not be loaded.</p>
            <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
              Try again
            </button>
          </div>
        ) : (
          <p role="status" className="muted">
            Loading…
          </p>
        )}
      </main>
    );
  }

  return (
    <div className="portal">
      <PortalBanner viewer={viewer} />
      <main className="portal__main">
        <Outlet />
      </main>
    </div>
  );
}
