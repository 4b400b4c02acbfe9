import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import type { WebhookDeliveryRowFragment } from '../queries';

export const deliveryStatusLabels: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'Pending',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
};

const badges: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'badge badge--pending',
  SUCCEEDED: 'badge badge--active',
  FAILED: 'badge badge--closed',
};

type Props = {
  deliveries: readonly WebhookDeliveryRowFragment[];
  busy: boolean;
  /** The delivery being replayed right now, if any. */
  replaying: string | null;
  /** Absent when the viewer may not replay. */
  onReplay?: (delivery: WebhookDeliveryRowFragment) => void;
};

/** An endpoint's deliveries, newest first, each with its attempts one click away. */
export function WebhookDeliveryTable({ deliveries, busy, replaying, onReplay }: Props) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Delivery log" aria-busy={busy || undefined}>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col" className="table__num">
              Response
            </th>
            <th scope="col" className="table__num">
              Attempts
            </th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="webhook-delivery-row">
              <td className="table__wrap">
                <details>
                  <summary className="table__mono">{delivery.eventType}</summary>
                  <p className="field__hint">
                    <code>webhook-id</code> {delivery.messageId}
                  </p>
                  <ol>
                    {delivery.attempts.map((attempt) => (
                      <li key={attempt.number}>
                        {formatDateTime(attempt.attemptedAt)} · {attempt.statusCode ?? 'no answer'} ·{' '}
                        {attempt.durationMs} ms{attempt.error ? ` · ${attempt.error}` : ''}
                        {attempt.responseExcerpt && <pre className="table__wrap">{attempt.responseExcerpt}</pre>}
                      </li>
                    ))}
                  </ol>
                </details>
                {delivery.replayOf && <span className="field__hint">Replay of an earlier delivery</span>}
              </td>
              <td>
                <span className={badges[delivery.status]}>{deliveryStatusLabels[delivery.status]}</span>
                {delivery.status === 'PENDING' && delivery.nextAttemptAt && (
                  <span className="field__hint">Next try {formatDateTime(delivery.nextAttemptAt)}</span>
                )}
              </td>
              <td className="table__num" data-testid="webhook-delivery-code">
                {delivery.lastStatusCode ?? <span className="muted">—</span>}
              </td>
              <td className="table__num">{delivery.attemptCount}</td>
              <td>
                <time dateTime={delivery.createdAt}>{formatDateTime(delivery.createdAt)}</time>
              </td>
              <td className="table__actions">
                {onReplay && delivery.status !== 'PENDING' && (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={replaying === delivery.id}
                    aria-label={`Replay ${delivery.eventType} of ${formatDateTime(delivery.createdAt)}`}
                    onClick={() => onReplay(delivery)}
                  >
                    {replaying === delivery.id ? 'Replaying…' : 'Replay'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
