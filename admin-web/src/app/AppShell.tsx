import { useQuery } from '@apollo/client/react';
import { Link, NavLink, Outlet } from 'react-router';
import { endSession } from '../auth/session';
import { ViewerQuery } from './queries';

/** Header, navigation and the current page, for a signed-in operator. */
export function AppShell() {
  const { data } = useQuery(ViewerQuery);
  const viewer = data?.viewer;

  return (
    <div className="shell">
      <header className="shell__header">
        <Link className="shell__product" to="/customers">
          Clientele
        </Link>
        <nav className="shell__nav" aria-label="Main">
          <NavLink to="/customers" className="shell__nav-link">
            Customers
          </NavLink>
        </nav>
        <div className="shell__viewer">
          {viewer && (
            <span className="shell__viewer-text">
              <span data-testid="viewer-name" className="shell__viewer-name">
                {viewer.name}
              </span>
              <span className="shell__viewer-partner">{viewer.partner.name}</span>
            </span>
          )}
          <button type="button" className="button" onClick={() => endSession('signed-out')}>
            Sign out
          </button>
        </div>
      </header>
      <main className="shell__main">
        <Outlet />
      </main>
    </div>
  );
}
