import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { describeError } from '../../shared/graphql-errors';
import { MessagingTabs } from '../components/MessagingTabs';
import { MessageBatchCancelMutation } from '../mutations';
import { MessageBatchQuery } from '../queries';

/** A bulk send's progress, read again every second while it runs, with its outcome and a way to cancel it. */
export function BatchProgressView() {
  const { batchId = '' } = useParams();
  const { data, loading, error, startPolling, stopPolling } = useQuery(MessageBatchQuery, {
    variables: { id: batchId },
    fetchPolicy: 'cache-and-network',
  });
  const [cancel, { loading: cancelling }] = useMutation(MessageBatchCancelMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const batch = data?.messageBatch;
  const running = batch?.status === 'SENDING' || (batch?.queued ?? 0) + (batch?.sending ?? 0) > 0;

  useEffect(() => {
    if (running) startPolling(1_000);
    else stopPolling();
    return stopPolling;
  }, [running, startPolling, stopPolling]);

  if (error && !batch) return <p className="state state--error">The bulk send could not be loaded.</p>;
  if (!batch) return <p className="state">{loading ? 'Loading…' : 'No such bulk send.'}</p>;
  const toSend = batch.total - batch.skipped.noAddress - batch.skipped.closed - batch.skipped.optedOut;
  const finished = batch.sent + batch.failed + batch.cancelled;
  const rows: [string, number][] = [
    ['Selected', batch.total],
    ['Waiting', batch.queued],
    ['Sending', batch.sending],
    ['Sent', batch.sent],
    ['Delivered', batch.delivered],
    ['Failed', batch.failed],
    ['Cancelled', batch.cancelled],
    ['Skipped: no address', batch.skipped.noAddress],
    ['Skipped: closed', batch.skipped.closed],
    ['Skipped: opted out', batch.skipped.optedOut],
  ];

  return (
    <section className="page" aria-labelledby="batch-title">
      <div className="page__header">
        <h1 id="batch-title" className="page__title">
          Bulk {batch.channel === 'EMAIL' ? 'email' : 'SMS'}
          {batch.templateKey ? ` · ${batch.templateKey}` : batch.subject ? ` · ${batch.subject}` : ''}
        </h1>
        <MessagingTabs />
      </div>
      <p role="status" data-testid="batch-status">
        {batch.status === 'SENDING' ? 'Sending' : batch.status === 'DONE' ? 'Done' : 'Cancelled'} · {finished} of{' '}
        {toSend} finished
      </p>
      <progress max={toSend || 1} value={finished} style={{ width: '100%' }} />
      <div className="table-wrap">
        <table className="table">
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="table__num">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {failure && (
        <p className="alert" role="alert">
          {failure}
        </p>
      )}
      {batch.status === 'SENDING' && (
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger-outline"
            disabled={cancelling}
            onClick={() => {
              setFailure(null);
              cancel({ variables: { input: { id: batch.id } }, refetchQueries: ['AdminMessageBatch'] }).then(
                ({ data: result }) => {
                  const errors = result?.messageBatchCancel.userErrors ?? [];
                  if (errors.length) setFailure(errors.map((e) => e.message).join(' '));
                },
                (caught: unknown) => setFailure(describeError(caught, 'The bulk send was not cancelled')),
              );
            }}
          >
            {cancelling ? 'Cancelling…' : 'Cancel the rest'}
          </button>
        </div>
      )}
    </section>
  );
}
