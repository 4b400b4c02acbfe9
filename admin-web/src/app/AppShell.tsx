import { useQuery } from '@apollo/client/react';
import * as Tooltip from '@radix-ui/react-tooltip';
import { Link, NavLink, Outlet } from 'react-router';
import { ViewerQuery } from '../platform/queries';
import { hasPermission, ViewerContext } from '../platform/viewer';
import { AccountMenu } from './AccountMenu';
import { appLinks, navEntries } from './features';

/** Header, navigation and the current page, for a signed-in operator. */
export function AppShell() {
  const { data, error, refetch } = useQuery(ViewerQuery);
  const viewer = data?.viewer;

  if (!viewer) {
    return (
      <main className="splash">
        {error ? (
          <div className="state state--error" role="alert">
            <p>Your account could not be loaded.</p>
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
    <ViewerContext value={viewer}>
      <Tooltip.Provider delayDuration={300}>
        <div className="shell">
          <header className="shell__header">
            <Link className="shell__product" to={appLinks.home.url}>
              Clientele
            </Link>
            <nav className="shell__nav" aria-label="Main">
              {navEntries
                .filter((entry) => !entry.permission || hasPermission(viewer, entry.permission))
                .map((entry) => (
                  <NavLink key={entry.path} to={entry.path} className="shell__nav-link">
                    {entry.label}
                  </NavLink>
                ))}
            </nav>
            <AccountMenu viewer={viewer} />
          </header>
          <main className="shell__main">
            <Outlet />
          </main>
        </div>
      </Tooltip.Provider>
    </ViewerContext>
  );
}
