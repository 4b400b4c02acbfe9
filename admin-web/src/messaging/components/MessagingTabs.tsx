import { NavLink } from 'react-router';
import { hasPermission, useViewer } from '../../platform/viewer';
import { messageSendUrl, outboxUrl, settingsUrl, templatesUrl } from '../urls';

/** The messaging pages, one click apart. */
export function MessagingTabs() {
  const viewer = useViewer();
  const manage = hasPermission(viewer, 'messaging:manage');
  return (
    <nav className="chips" aria-label="Messaging">
      <NavLink className="chip" to={messageSendUrl()} end>
        Send
      </NavLink>
      <NavLink className="chip" to={templatesUrl()}>
        Templates
      </NavLink>
      {manage && (
        <NavLink className="chip" to={outboxUrl()}>
          Outbox
        </NavLink>
      )}
      {manage && (
        <NavLink className="chip" to={settingsUrl()}>
          Settings
        </NavLink>
      )}
    </nav>
  );
}
