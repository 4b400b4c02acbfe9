import { useQuery } from '@apollo/client/react';
import * as Tooltip from '@radix-ui/react-tooltip';
import { Link, NavLink, Outlet } from 'react-router';
import { AccountMenu } from './AccountMenu';
import { ViewerQuery } from './queries';
import { hasPermission, ViewerContext } from './viewer';

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
            <Link className="shell__product" to="/customers">
              Clientele
            </Link>
            <nav className="shell__nav" aria-label="Main">
              <NavLink to="/customers" className="shell__nav-link">
                Customers
              </NavLink>
              {hasPermission(viewer, 'operators:read') && (
                <NavLink to="/operators" className="shell__nav-link">
                  Operators
                </NavLink>
              )}
              {hasPermission(viewer, 'api-keys:manage') && (
                <NavLink to="/api-keys" className="shell__nav-link">
                  API keys
                </NavLink>
              )}
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
