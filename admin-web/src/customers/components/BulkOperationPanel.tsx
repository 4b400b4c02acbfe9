import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { CustomerBulkOperationFieldsFragment } from '../../gql/graphql';
import { FormAlert } from '../../shared/components/fields';
import { formatCount } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { downloadFile } from '../../invoices';
import { batchUrl } from '../../messaging';
import {
  bulkActionCopy,
  CustomerBulkOperationCancelMutation,
  CustomerBulkOperationQuery,
  CustomerBulkOperationUndoMutation,
  isFinished,
} from '../bulk-actions';

const statusText = {
  QUEUED: 'Waiting to start…',
  RUNNING: 'Running…',
  COMPLETED: 'Done.',
  CANCELLED: 'Cancelled: the customers processed are done, the rest untouched.',
  FAILED: 'Stopped by an error: the customers processed are done, the rest untouched.',
} as const;

type Props = {
  operation: CustomerBulkOperationFieldsFragment;
  /** Another operation took its place (an undo). */
  onOperation: (operation: CustomerBulkOperationFieldsFragment) => void;
  /** The operation finished: the list's rows may have changed. */
  onFinished: () => void;
  onDismiss: () => void;
};

/**
 * Follows one bulk operation: a progress bar while it runs (asked again every second, as the
 * work happens in batches in the background), then what it changed and skipped and why, with
 * the per-customer outcomes as CSV, Cancel while it runs and Undo once it can be undone.
 */
export function BulkOperationPanel({ operation: started, onOperation, onFinished, onDismiss }: Props) {
  const client = useApolloClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, startPolling, stopPolling } = useQuery(CustomerBulkOperationQuery, {
    variables: { id: started.id },
    fetchPolicy: 'cache-and-network',
  });
  const operation = data?.customerBulkOperation ?? started;
  const finished = isFinished(operation.status);

  useEffect(() => {
    if (finished) {
      stopPolling();
      onFinished();
    } else startPolling(1_000);
    return () => stopPolling();
  }, [finished, startPolling, stopPolling, onFinished]);

  const copy = bulkActionCopy[operation.action];
  const label = operation.undoOf ? `Undo of ${copy?.label.toLowerCase() ?? 'a bulk action'}` : copy?.label;
  const percent = operation.total > 0 ? Math.round((operation.processed / operation.total) * 100) : 100;

  async function cancel() {
    setBusy(true);
    setError(null);
    try {
      const { data: answer } = await client.mutate({
        mutation: CustomerBulkOperationCancelMutation,
        variables: { input: { id: operation.id } },
      });
      const errors = answer?.customerBulkOperationCancel.userErrors ?? [];
      if (errors.length) setError(errors.map((e) => e.message).join(' '));
    } catch (failure) {
      setError(describeError(failure, 'Cancelling failed'));
    } finally {
      setBusy(false);
    }
  }

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      const { data: answer } = await client.mutate({
        mutation: CustomerBulkOperationUndoMutation,
        variables: { input: { id: operation.id } },
      });
      const payload = answer?.customerBulkOperationUndo;
      if (payload?.bulkOperation) onOperation(payload.bulkOperation);
      else setError(payload?.userErrors.map((e) => e.message).join(' ') || 'Undo failed; nothing was changed.');
    } catch (failure) {
      setError(describeError(failure, 'Undo failed; nothing was changed'));
    } finally {
      setBusy(false);
    }
  }

  async function downloadOutcomes() {
    const result = await downloadFile(operation.outcomesCsvUrl, `bulk-outcomes-${operation.id}.csv`);
    if (!result.ok) setError(result.message);
  }

  return (
    <div className="bulk-operation" role="region" aria-label="Bulk action" data-testid="bulk-operation">
      <p className="bulk-operation__title">
        <strong>{label}</strong>: {statusText[operation.status]}
      </p>
      <progress
        className="bulk-operation__progress"
        aria-label="Progress"
        max={operation.total || 1}
        value={operation.total ? operation.processed : 1}
      />
      <p aria-live="polite" data-testid="bulk-operation-counts">
        {formatCount(operation.processed)} of {formatCount(operation.total)} processed ({percent}%):{' '}
        {formatCount(operation.changed)} {copy?.channel ? 'messages queued' : 'changed'},{' '}
        {formatCount(operation.skipped)} skipped.
      </p>
      {operation.messageBatchId && (
        <p>
          <Link to={batchUrl(operation.messageBatchId)}>Follow the delivery of these messages</Link>
        </p>
      )}
      {operation.skippedReasons.length > 0 && (
        <ul className="bulk-operation__skips" data-testid="bulk-operation-skips">
          {operation.skippedReasons.map((skip) => (
            <li key={skip.reason}>
              Skipped, {skip.reason}: {formatCount(skip.count)}
            </li>
          ))}
        </ul>
      )}
      {operation.status === 'FAILED' && operation.error && <p className="field__error">{operation.error}</p>}
      {operation.undoneBy && <p>This action was undone.</p>}
      <FormAlert message={error} />
      <div className="bulk-operation__actions">
        {!finished && (
          <button type="button" className="button" disabled={busy} onClick={() => void cancel()}>
            Cancel
          </button>
        )}
        {finished && operation.canUndo && (
          <button type="button" className="button" disabled={busy} onClick={() => void undo()}>
            Undo
          </button>
        )}
        {finished && (
          <button type="button" className="button button--link" onClick={() => void downloadOutcomes()}>
            Download outcomes (CSV)
          </button>
        )}
        {finished && (
          <button type="button" className="button button--link" onClick={onDismiss}>
            Close
          </button>
        )}
      </div>
    </div>
  );
}
