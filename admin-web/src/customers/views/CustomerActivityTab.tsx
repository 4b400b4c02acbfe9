import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { useCustomerOutlet } from '../customer-outlet';
import { activityActionLabel, activityWho } from '../display';
import { CustomerActivityQuery, type ActivityEntryRowFragment } from '../queries';

const activityPageSize = 25;
/** A note's whole text can be 10,000 characters; the log shows the start of it. */
const valueShown = 400;

/** A value as the audit log keeps it (text, or lists and numbers as JSON); none is shown as "—". */
function Value({ value }: { value: string | null }) {
  if (value === null || value === '') return <span className="muted">—</span>;
  const shown = value.length > valueShown ? `${value.slice(0, valueShown)}…` : value;
  return <span className="change__value">{shown}</span>;
}

function Changes({ entry }: { entry: ActivityEntryRowFragment }) {
  if (entry.changes.length === 0) return null;
  return (
    <dl className="changes">
      {entry.changes.map((change) => (
        <div key={change.field} className="change" data-testid="activity-change">
          <dt>{change.field}</dt>
          <dd>
            <Value value={change.from} /> <span aria-label="changed to">→</span> <Value value={change.to} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who did what to this customer, its members and its notes, and when; newest first. */
export function CustomerActivityTab() {
  const { customer } = useCustomerOutlet();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { data, loading, error, fetchMore, refetch } = useQuery(CustomerActivityQuery, {
    variables: { id: customer.id, first: activityPageSize },
    fetchPolicy: 'cache-and-network',
  });
  const activity = data?.customer?.activity;

  async function loadMore() {
    if (!activity?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      // Keyset paging: the next page starts after the last entry shown, however many arrive meanwhile.
      await fetchMore({
        variables: { after: activity.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.customer?.activity;
          const next = fetchMoreResult.customer?.activity;
          if (!before || !next || !fetchMoreResult.customer) return previous;
          return {
            ...fetchMoreResult,
            customer: {
              ...fetchMoreResult.customer,
              activity: { ...next, nodes: [...before.nodes, ...next.nodes] },
            },
          };
        },
      });
    } catch (caught) {
      setMoreError(describeError(caught, 'More activity could not be loaded'));
    } finally {
      setLoadingMore(false);
    }
  }

  let content;
  if (!activity && loading) {
    content = (
      <p className="state" role="status">
        Loading activity…
      </p>
    );
  } else if (!activity) {
    content = (
      <div className="state state--error" role="alert">
        <p>{error ? 'The activity could not be loaded.' : 'This customer is no longer visible.'}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  } else if (activity.nodes.length === 0) {
    content = <p className="state">Nothing recorded yet.</p>;
  } else {
    content = (
      <>
        <ol className="activity-list" aria-label="Activity">
          {activity.nodes.map((entry) => (
            <li key={entry.id} className="activity" data-testid="activity-entry">
              <p className="activity__head">
                <span className="activity__what">{activityActionLabel(entry.action)}</span>
                <span className="activity__who">{activityWho(entry.actor, entry.impersonator)}</span>
                <time className="muted" dateTime={entry.occurredAt}>
                  {formatDateTime(entry.occurredAt)}
                </time>
              </p>
              {entry.reason && <p className="activity__reason">Reason: {entry.reason}</p>}
              <Changes entry={entry} />
            </li>
          ))}
        </ol>
        <p className="muted">
          {activity.nodes.length} of {activity.totalCount} {activity.totalCount === 1 ? 'record' : 'records'}
        </p>
        {moreError && (
          <p className="alert" role="alert">
            {moreError}
          </p>
        )}
        {activity.pageInfo.hasNextPage && (
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        )}
      </>
    );
  }

  return (
    <section className="page" aria-labelledby="customer-activity-title">
      <div className="section-header">
        <h2 id="customer-activity-title" className="section-title">
          Activity
        </h2>
        <button type="button" className="button button--small" onClick={() => void refetch().catch(() => undefined)}>
          Refresh
        </button>
      </div>
      {content}
    </section>
  );
}
