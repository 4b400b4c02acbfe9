import { formatDateTime } from '../../shared/format';
import type { PortalAccountData } from '../queries';

type Messages = PortalAccountData['portalViewer']['customer']['messages'];

const statusLabels = {
  QUEUED: 'Queued',
  SENDING: 'Sending',
  SENT: 'Sent',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
} as const;

export function PortalMessages({ messages }: { messages: Messages }) {
  return (
    <section className="card" aria-labelledby="portal-messages-title">
      <h2 id="portal-messages-title" className="card__title">
        Recent messages
      </h2>
      {messages === null ? (
        <p className="muted">Messages are not available right now.</p>
      ) : messages.nodes.length === 0 ? (
        <p className="muted">No messages yet.</p>
      ) : (
        <div className="table-wrap table-wrap--flat">
          <table className="table" aria-labelledby="portal-messages-title">
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">Channel</th>
                <th scope="col">To</th>
                <th scope="col">Message</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {messages.nodes.map((message) => (
                <tr key={message.id}>
                  <td>
                    <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                  </td>
                  <td>{message.channel === 'EMAIL' ? 'Email' : 'SMS'}</td>
                  <td className="table__truncate">{message.recipient}</td>
                  <td className="table__truncate table__truncate--wide">{message.subject ?? message.body}</td>
                  <td>{statusLabels[message.status] ?? message.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {messages && messages.totalCount > messages.nodes.length && (
        <p className="muted">
          The latest {messages.nodes.length} of {messages.totalCount}.
        </p>
      )}
    </section>
  );
}
