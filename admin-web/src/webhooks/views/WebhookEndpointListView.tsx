import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format';
import { CreateWebhookEndpointDialog } from '../components/CreateWebhookEndpointDialog';
import { WebhookEndpointStatus } from '../components/WebhookEndpointStatus';
import { eventTypeName } from '../event-types';
import { WebhookEndpointListQuery } from '../queries';
import { webhookEndpointUrl } from '../urls';

const pageSize = 50;

/** The partner apps' webhook endpoints, with their status and events; each opens its delivery log. */
export function WebhookEndpointListView() {
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(WebhookEndpointListQuery, {
    variables: { first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const endpoints = data?.webhookEndpoints;

  let content: ReactNode;
  if (error && !endpoints) {
    content = (
      <div className="state state--error" role="alert">
        <p>Webhook endpoints could not be loaded.</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  } else if (!endpoints) {
    content = (
      <p className="state" role="status">
        {loading ? 'Loading webhook endpoints…' : ''}
      </p>
    );
  } else if (endpoints.nodes.length === 0) {
    content = (
      <div className="state">
        <p>No webhook endpoints yet. Partner apps can be told what happens instead of asking again and again.</p>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          Add endpoint
        </button>
      </div>
    );
  } else {
    const { pageInfo, nodes, totalCount } = endpoints;
    content = (
      <>
        <div className="table-wrap">
          <table className="table" aria-label="Webhook endpoints" aria-busy={loading || undefined}>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((endpoint) => (
                <tr key={endpoint.id} data-testid="webhook-endpoint-row">
                  <td className="table__truncate table__truncate--wide">
                    <Link className="row-link table__mono" to={webhookEndpointUrl(endpoint.id)}>
                      {endpoint.url}
                    </Link>
                    {endpoint.description && <span className="field__hint">{endpoint.description}</span>}
                  </td>
                  <td className="table__wrap">
                    <ul className="chips" aria-label="Events">
                      {endpoint.eventTypes.map((type) => (
                        <li key={type} className="chip table__mono">
                          {eventTypeName(type)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <WebhookEndpointStatus endpoint={endpoint} />
                  </td>
                  <td>
                    <time dateTime={endpoint.createdAt}>{formatDate(endpoint.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {pageInfo.hasNextPage && pageInfo.endCursor && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void fetchMore({
                variables: { after: pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  webhookEndpoints: {
                    ...fetchMoreResult.webhookEndpoints,
                    nodes: [...previous.webhookEndpoints.nodes, ...fetchMoreResult.webhookEndpoints.nodes],
                  },
                }),
              }).catch(() => undefined)
            }
          >
            Show more ({nodes.length} of {totalCount})
          </button>
        )}
      </>
    );
  }

  return (
    <section className="page" aria-labelledby="webhooks-title">
      <div className="page__header">
        <h1 id="webhooks-title" className="page__title">
          Webhooks
        </h1>
        <div className="page__tools">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            Add endpoint
          </button>
        </div>
      </div>
      <p className="muted">
        Each delivery is signed (Standard Webhooks), retried with backoff for a day, and kept in the endpoint’s log. An
        endpoint that keeps failing is disabled and your owners are told.
      </p>
      {content}
      <CreateWebhookEndpointDialog open={creating} onOpenChange={setCreating} />
    </section>
  );
}
