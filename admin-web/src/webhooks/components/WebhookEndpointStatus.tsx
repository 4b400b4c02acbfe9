import { formatDateTime } from '../../shared/format';
import type { WebhookEndpointFieldsFragment } from '../queries';

/** Enabled or disabled, and why: turned off by someone, or after failing for too long. */
export function WebhookEndpointStatus({ endpoint }: { endpoint: WebhookEndpointFieldsFragment }) {
  if (endpoint.status === 'ENABLED') {
    return (
      <span>
        <span className="badge badge--active">Enabled</span>
        {endpoint.failingSince && (
          <span className="field__hint">Failing since {formatDateTime(endpoint.failingSince)}</span>
        )}
      </span>
    );
  }
  return (
    <span>
      <span className="badge badge--suspended">Disabled</span>
      {endpoint.disabledReason && <span className="field__hint">{endpoint.disabledReason}</span>}
    </span>
  );
}
