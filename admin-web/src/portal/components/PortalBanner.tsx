import { useState } from 'react';
import type { PortalSessionQuery } from '../../gql/graphql';
import { formatTime } from '../../shared/format';
import { endPortalSession } from '../portal-session';

type Props = { viewer: PortalSessionQuery['portalViewer'] };

/**
 * On every portal page. Logged in as a customer, it says so loudly and names the operator,
 * so a screenshot or a screen share can never pass for the customer's own session.
 */
export function PortalBanner({ viewer }: Props) {
  const [ending, setEnding] = useState(false);
  const [failed, setFailed] = useState(false);
  const impersonator = viewer.impersonator;

  async function end() {
    setEnding(true);
    setFailed(false);
    const ok = await endPortalSession();
    // On success this banner is gone; otherwise say so and let them try again.
    setEnding(false);
    setFailed(!ok);
  }

  const button = (
    <button type="button" className="button button--small" disabled={ending} onClick={() => void end()}>
      {ending ? 'Ending…' : impersonator ? 'End session' : 'Sign out'}
    </button>
  );

  if (impersonator) {
    return (
      <div className="portal-banner portal-banner--impersonating" role="region" aria-label="Log-in-as session">
        <p data-testid="portal-banner">
          You are logged in as <strong>{viewer.customer.name}</strong> — operator <strong>{impersonator.name}</strong> —
          session ends at <time dateTime={viewer.expiresAt}>{formatTime(viewer.expiresAt)}</time>
        </p>
        {button}
        {failed && (
          <p role="alert" className="portal-banner__error">
            Could not reach the server to end the session. Try again.
          </p>
        )}
      </div>
    );
  }

  return (
    <header className="portal-banner">
      <p>
        <span className="portal-banner__product">Customer portal</span> {viewer.customer.name}
        {viewer.member && <span className="muted"> · {viewer.member.name}</span>}
      </p>
      {button}
      {failed && (
        <p role="alert" className="portal-banner__error">
          Could not reach the server to sign out. Try again.
        </p>
      )}
    </header>
  );
}
