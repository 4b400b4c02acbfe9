import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type {
  CustomerExportColumn,
  CustomerExportFieldsFragment,
  CustomerFilter,
  CustomerSortKey,
} from '../../gql/graphql';
import { Dialog } from '../../shared/components/Dialog';
import { FormAlert } from '../../shared/components/fields';
import { formatCount, formatDateTime } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { downloadFile } from '../../invoices';
import { customerCountLabel } from '../display';
import { CustomerExportQuery, CustomerExportStartMutation, exportColumns } from '../export';

type Props = {
  filter: CustomerFilter | null;
  sortKey: CustomerSortKey;
  reverse: boolean;
  initialColumns: CustomerExportColumn[];
  onClose: () => void;
};

/**
 * Writes every customer the list's filter matches, in its order, to a CSV file in the
 * background: pick the columns, start, watch the rows being written, download the file.
 */
export function CustomerExportDialog({ filter, sortKey, reverse, initialColumns, onClose }: Props) {
  const client = useApolloClient();
  const [columns, setColumns] = useState<CustomerExportColumn[]>(initialColumns);
  const [started, setStarted] = useState<CustomerExportFieldsFragment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { data, startPolling, stopPolling } = useQuery(CustomerExportQuery, {
    variables: { id: started?.id ?? '' },
    skip: !started,
    fetchPolicy: 'cache-and-network',
  });
  const current = data?.customerExport ?? started;
  const finished = current?.status === 'COMPLETED' || current?.status === 'FAILED' || current?.status === 'EXPIRED';

  useEffect(() => {
    if (!started || finished) stopPolling();
    else startPolling(1_000);
    return () => stopPolling();
  }, [started, finished, startPolling, stopPolling]);

  async function start() {
    setPending(true);
    setError(null);
    try {
      const { data: answer } = await client.mutate({
        mutation: CustomerExportStartMutation,
        variables: {
          input: {
            filter,
            sortKey,
            reverse,
            columns: exportColumns.map((e) => e.column).filter((c) => columns.includes(c)),
          },
        },
      });
      const payload = answer?.customerExportStart;
      if (payload?.export) setStarted(payload.export);
      else setError(payload?.userErrors.map((e) => e.message).join(' ') || 'The export could not start.');
    } catch (failure) {
      setError(describeError(failure, 'The export could not start'));
    } finally {
      setPending(false);
    }
  }

  async function download(path: string, name: string) {
    const result = await downloadFile(path, name);
    if (!result.ok) setError(result.message);
  }

  const toggle = (column: CustomerExportColumn, on: boolean) =>
    setColumns((prev) => (on ? [...prev, column] : prev.filter((c) => c !== column)));

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title="Export customers"
      description="Every customer matching the list's search and filters, in its order, as a CSV file."
    >
      <div className="dialog__form">
        <FormAlert message={error} />
        {!current ? (
          <fieldset className="fieldset">
            <legend>Columns</legend>
            {exportColumns.map((entry) => (
              <label key={entry.column} className="checkbox checkbox--stacked">
                <input
                  type="checkbox"
                  checked={columns.includes(entry.column)}
                  onChange={(event) => toggle(entry.column, event.target.checked)}
                />
                <span>{entry.label}</span>
              </label>
            ))}
          </fieldset>
        ) : (
          <div data-testid="customer-export">
            <progress
              aria-label="Export progress"
              max={current.total || 1}
              value={current.status === 'COMPLETED' ? current.total || 1 : current.rowsWritten}
            />
            <p aria-live="polite" data-testid="customer-export-status">
              {current.status === 'COMPLETED'
                ? `Done: ${customerCountLabel(current.rowsWritten)} written.${current.expiresAt ? ` Download it before ${formatDateTime(current.expiresAt)}.` : ''}`
                : current.status === 'EXPIRED'
                  ? 'This export’s file has been removed: start a new export.'
                  : current.status === 'FAILED'
                    ? `The export failed: ${current.error ?? 'unknown error'}.`
                    : `Writing… ${formatCount(current.rowsWritten)}${current.total !== null ? ` of ${formatCount(current.total)}` : ''}`}
            </p>
          </div>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          {!current && (
            <button
              type="button"
              className="button button--primary"
              disabled={pending || columns.length === 0}
              onClick={() => void start()}
            >
              {pending ? 'Starting…' : 'Start export'}
            </button>
          )}
          {current?.status === 'COMPLETED' && current.downloadUrl && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void download(current.downloadUrl ?? '', current.fileName)}
            >
              Download {current.fileName}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
