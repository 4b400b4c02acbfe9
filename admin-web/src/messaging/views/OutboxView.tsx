import { useQuery } from '@apollo/client/react';
import { MessagingTabs } from '../components/MessagingTabs';
import { MessagingOutboxQuery } from '../queries';

/** Messages kept because no provider is configured, each exactly as it would have gone out. */
export function OutboxView() {
  const { data, loading, error, refetch, fetchMore } = useQuery(MessagingOutboxQuery, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const outbox = data?.messagingOutbox;
  return (
    <section className="page" aria-labelledby="outbox-title">
      <div className="page__header">
        <h1 id="outbox-title" className="page__title">
          Outbox
        </h1>
        <div className="page__tools">
          <MessagingTabs />
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Refresh
          </button>
        </div>
      </div>
      <p className="muted">
        No email or SMS provider is configured for your organisation, so messages are kept here instead of being sent.
      </p>
      {error && !outbox && <p className="state state--error">The outbox could not be loaded.</p>}
      {!outbox && !error && <p className="state">{loading ? 'Loading…' : ''}</p>}
      {outbox && outbox.nodes.length === 0 && <p className="state">Nothing in the outbox.</p>}
      {outbox && outbox.nodes.length > 0 && (
        <ul className="table-wrap" aria-label="Outbox entries">
          {outbox.nodes.map((entry) => (
            <li key={entry.id} className="fieldset">
              <details>
                <summary>
                  {new Date(entry.capturedAt).toLocaleString()} · {entry.channel === 'EMAIL' ? 'Email' : 'SMS'} to{' '}
                  <strong>{entry.recipient}</strong>
                  {entry.subject ? ` · ${entry.subject}` : ''}
                </summary>
                <pre className="table__wrap">{entry.raw}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      {outbox?.pageInfo.hasNextPage && outbox.pageInfo.endCursor && (
        <button
          type="button"
          className="button"
          onClick={() =>
            void fetchMore({
              variables: { after: outbox.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                messagingOutbox: {
                  ...fetchMoreResult.messagingOutbox,
                  nodes: [...previous.messagingOutbox.nodes, ...fetchMoreResult.messagingOutbox.nodes],
                },
              }),
            }).catch(() => undefined)
          }
        >
          Show more ({outbox.nodes.length} of {outbox.totalCount})
        </button>
      )}
    </section>
  );
}
