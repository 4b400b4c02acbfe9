import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { Dialog, DialogClose } from '../../shared/components/Dialog';
import { SelectField } from '../../shared/components/fields';
import { LoadMore } from '../../shared/components/LoadMore';
import { formatDateTime } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { WebhookDeliveryTable, deliveryStatusLabels } from '../components/WebhookDeliveryTable';
import { WebhookEndpointForm } from '../components/WebhookEndpointForm';
import { WebhookEndpointStatus } from '../components/WebhookEndpointStatus';
import { eventTypeName } from '../event-types';
import {
  WebhookDeliveryReplayMutation,
  WebhookEndpointDeleteMutation,
  WebhookEndpointUpdateMutation,
} from '../mutations';
import { WebhookEndpointQuery, type WebhookDeliveryRowFragment, type WebhookEndpointFieldsFragment } from '../queries';
import { webhookEndpointListUrl } from '../urls';

const pageSize = 25;

type Notice = { ok: boolean; text: string } | null;

/** One endpoint: what it receives, turning it off and on, editing, deleting, and its delivery log with replay. */
export function WebhookEndpointView() {
  const { endpointId = '' } = useParams();
  const navigate = useNavigate();
  const [statusFilter, setStatusFilter] = useState<WebhookDeliveryStatus | ''>('');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [replaying, setReplaying] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const { data, previousData, loading, error, refetch, fetchMore, startPolling, stopPolling } = useQuery(
    WebhookEndpointQuery,
    {
      variables: { id: endpointId, first: pageSize, filter: statusFilter ? { status: statusFilter } : null },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    },
  );
  const [update, { loading: updating }] = useMutation(WebhookEndpointUpdateMutation);
  const [remove] = useMutation(WebhookEndpointDeleteMutation, { refetchQueries: ['WebhookEndpointList'] });
  const [replay] = useMutation(WebhookDeliveryReplayMutation);

  const endpoint = (data ?? (loading ? previousData : undefined))?.webhookEndpoint;
  const deliveries = endpoint?.deliveries;
  const pending = deliveries?.nodes.some((delivery) => delivery.status === 'PENDING') ?? false;

  // While a delivery is on its way, its outcome is read again every two seconds.
  useEffect(() => {
    if (pending) startPolling(2_000);
    else stopPolling();
    return stopPolling;
  }, [pending, startPolling, stopPolling]);

  if (!endpoint) {
    if (loading) {
      return (
        <p className="state" role="status">
          Loading the endpoint…
        </p>
      );
    }
    return (
      <div className={error ? 'state state--error' : 'state'} role={error ? 'alert' : 'status'}>
        <p>{error ? 'The endpoint could not be loaded.' : 'No such webhook endpoint.'}</p>
        <Link to={webhookEndpointListUrl()}>Back to webhooks</Link>
      </div>
    );
  }

  async function setEnabled(current: WebhookEndpointFieldsFragment, enabled: boolean) {
    setNotice(null);
    try {
      const { data: result } = await update({ variables: { input: { id: current.id, enabled } } });
      const errors = result?.webhookEndpointUpdate.userErrors ?? [];
      if (errors.length) setNotice({ ok: false, text: errors.map((e) => e.message).join(' ') });
      else setNotice({ ok: true, text: enabled ? 'The endpoint is enabled again.' : 'The endpoint is disabled.' });
    } catch (caught) {
      setNotice({ ok: false, text: describeError(caught, 'The endpoint was not changed') });
    }
  }

  async function replayDelivery(delivery: WebhookDeliveryRowFragment) {
    setNotice(null);
    setReplaying(delivery.id);
    try {
      const { data: result } = await replay({ variables: { input: { id: delivery.id } } });
      const errors = result?.webhookDeliveryReplay.userErrors ?? [];
      if (errors.length) setNotice({ ok: false, text: errors.map((e) => e.message).join(' ') });
      else {
        setNotice({ ok: true, text: `${delivery.eventType} is being sent again.` });
        await refetch();
      }
    } catch (caught) {
      setNotice({ ok: false, text: describeError(caught, 'The delivery was not replayed') });
    } finally {
      setReplaying(null);
    }
  }

  async function loadMore(after: string) {
    setLoadingMore(true);
    try {
      // Keyset paging: the next page starts after the last delivery shown.
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.webhookEndpoint?.deliveries;
          const next = fetchMoreResult.webhookEndpoint?.deliveries;
          if (!before || !next || !fetchMoreResult.webhookEndpoint) return previous;
          return {
            webhookEndpoint: {
              ...fetchMoreResult.webhookEndpoint,
              deliveries: { ...next, nodes: [...before.nodes, ...next.nodes] },
            },
          };
        },
      });
    } catch {
      setNotice({ ok: false, text: 'More deliveries could not be loaded.' });
    } finally {
      setLoadingMore(false);
    }
  }

  const enabled = endpoint.status === 'ENABLED';

  return (
    <section className="page" aria-labelledby="webhook-title">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={webhookEndpointListUrl()}>Webhooks</Link>
      </nav>
      <div className="page__header">
        <h1 id="webhook-title" className="page__title table__mono">
          {endpoint.url}
        </h1>
        <div className="page__tools">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit…
          </button>
          <button
            type="button"
            className={enabled ? 'button button--danger-outline' : 'button button--primary'}
            disabled={updating}
            onClick={() => void setEnabled(endpoint, !enabled)}
          >
            {enabled ? 'Disable' : 'Enable'}
          </button>
          <button type="button" className="button button--danger-outline" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {notice && (
          <p className={notice.ok ? 'notice notice--success' : 'alert'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </p>
        )}
      </div>
      <dl className="details card">
        <dt>Status</dt>
        <dd data-testid="webhook-endpoint-status">
          <WebhookEndpointStatus endpoint={endpoint} />
          {endpoint.disabledAt && <span className="field__hint">Since {formatDateTime(endpoint.disabledAt)}</span>}
        </dd>
        {endpoint.description && (
          <>
            <dt>Description</dt>
            <dd>{endpoint.description}</dd>
          </>
        )}
        <dt>Events</dt>
        <dd>
          <ul className="chips" aria-label="Events">
            {endpoint.eventTypes.map((type) => (
              <li key={type} className="chip table__mono">
                {eventTypeName(type)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>Created</dt>
        <dd>{formatDateTime(endpoint.createdAt)}</dd>
      </dl>

      <section className="page" aria-labelledby="deliveries-title">
        <div className="section-header">
          <h2 id="deliveries-title" className="section-title">
            Delivery log
          </h2>
          <div className="toolbar">
            <SelectField
              label="Status"
              value={statusFilter}
              onChange={(event) => setStatusFilter(event.target.value as WebhookDeliveryStatus | '')}
            >
              <option value="">All</option>
              {(Object.keys(deliveryStatusLabels) as WebhookDeliveryStatus[]).map((status) => (
                <option key={status} value={status}>
                  {deliveryStatusLabels[status]}
                </option>
              ))}
            </SelectField>
            <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
              Refresh
            </button>
          </div>
        </div>
        {!deliveries || deliveries.nodes.length === 0 ? (
          <p className="state">{statusFilter ? 'No deliveries in this status.' : 'Nothing delivered yet.'}</p>
        ) : (
          <>
            <WebhookDeliveryTable
              deliveries={deliveries.nodes}
              busy={loading}
              replaying={replaying}
              onReplay={(delivery) => void replayDelivery(delivery)}
            />
            <LoadMore
              shown={deliveries.nodes.length}
              totalCount={deliveries.totalCount}
              nextCursor={deliveries.pageInfo.hasNextPage ? (deliveries.pageInfo.endCursor ?? null) : null}
              loading={loadingMore}
              onLoadMore={(after) => void loadMore(after)}
            />
          </>
        )}
      </section>

      <Dialog open={editing} onOpenChange={setEditing} title="Edit webhook endpoint">
        <WebhookEndpointForm
          defaultValues={{ url: endpoint.url, description: endpoint.description, eventTypes: [...endpoint.eventTypes] }}
          submitLabel="Save"
          pendingLabel="Saving…"
          secondaryAction={
            <DialogClose className="button" type="button">
              Cancel
            </DialogClose>
          }
          onSubmit={async (values) => {
            const { data: result } = await update({
              variables: {
                input: {
                  id: endpoint.id,
                  url: values.url,
                  description: values.description,
                  eventTypes: values.eventTypes,
                },
              },
            });
            const payload = result?.webhookEndpointUpdate;
            if (payload?.webhookEndpoint) {
              setEditing(false);
              setNotice({ ok: true, text: 'The endpoint is saved.' });
              return [];
            }
            return payload?.userErrors.length
              ? payload.userErrors
              : [{ field: null, message: 'The endpoint was not saved.' }];
          }}
        />
      </Dialog>

      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete this webhook endpoint?"
        description={
          <>
            <code>{endpoint.url}</code> stops receiving events at once, and its delivery log is deleted with it. This
            cannot be undone.
          </>
        }
        confirmLabel="Delete endpoint"
        pendingLabel="Deleting…"
        onConfirm={async () => {
          try {
            const { data: result } = await remove({ variables: { input: { id: endpoint.id } } });
            const errors = result?.webhookEndpointDelete.userErrors ?? [];
            if (errors.length) return errors.map((e) => e.message).join(' ');
          } catch (caught) {
            return describeError(caught, 'The endpoint was not deleted');
          }
          void navigate(webhookEndpointListUrl(), { replace: true });
          return null;
        }}
      />
    </section>
  );
}
