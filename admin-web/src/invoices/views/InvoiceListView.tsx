import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { InvoiceStatus } from '../../gql/graphql';
import { LoadMore } from '../../shared/components/LoadMore';
import { SelectField, TextField } from '../../shared/components/fields';
import { InvoiceTable } from '../components/InvoiceTable';
import { invoiceStatusLabels } from '../display';
import { downloadFile, invoicesZipPath } from '../downloads';
import { InvoiceListQuery } from '../queries';
import { appendNodes, useLoadMore } from '../load-more';
import { billingSettingsUrl } from '../urls';

const pageSize = 50;
/** What one ZIP download may hold (the server's limit). */
const maxPerDownload = 100;

type NumberMode = 'prefix' | 'exact';
type Filter = { from: string; to: string; number: string; numberMode: NumberMode; status: InvoiceStatus | '' };

const emptyFilter: Filter = { from: '', to: '', number: '', numberMode: 'prefix', status: '' };

/** `/invoices`: every customer's invoices, filtered, paged, and downloaded several at once. */
export function InvoiceListView() {
  const [filter, setFilter] = useState<Filter>(emptyFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [download, setDownload] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });
  const number = filter.number.trim();
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(InvoiceListQuery, {
    variables: {
      first: pageSize,
      filter: {
        issuedFrom: filter.from || null,
        issuedTo: filter.to || null,
        status: filter.status ? [filter.status] : null,
        number: number && filter.numberMode === 'exact' ? number : null,
        numberStartsWith: number && filter.numberMode === 'prefix' ? number : null,
      },
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { loadingMore, loadMore } = useLoadMore((after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        invoices: appendNodes(previous.invoices, fetchMoreResult.invoices),
      }),
    }),
  );
  // While other filters load, the rows shown stay (dimmed) rather than flashing away.
  const invoices = (data ?? (loading ? previousData : undefined))?.invoices;
  const filtered = JSON.stringify(filter) !== JSON.stringify(emptyFilter);

  const change = (next: Partial<Filter>) => {
    setFilter({ ...filter, ...next });
    // A selection the new filter hides would be downloaded unseen.
    setSelected(new Set());
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const toggleAll = (on: boolean) =>
    setSelected(new Set(on ? (invoices?.nodes ?? []).filter((row) => row.number).map((row) => row.id) : []));

  async function downloadSelected() {
    setDownload({ pending: true, error: null });
    const result = await downloadFile(invoicesZipPath([...selected]), 'invoices.zip');
    setDownload({ pending: false, error: result.ok ? null : result.message });
  }

  return (
    <section className="page" aria-labelledby="invoices-title">
      <div className="page__header">
        <h1 id="invoices-title" className="page__title">
          Invoices
        </h1>
        <Link className="button" to={billingSettingsUrl()}>
          Billing settings
        </Link>
      </div>
      <form className="toolbar" role="search" aria-label="Filter invoices" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="Issued from"
          type="date"
          value={filter.from}
          onChange={(e) => change({ from: e.target.value })}
        />
        <TextField label="Issued to" type="date" value={filter.to} onChange={(e) => change({ to: e.target.value })} />
        <TextField
          label="Invoice number"
          type="search"
          autoComplete="off"
          value={filter.number}
          onChange={(e) => change({ number: e.target.value })}
        />
        <SelectField
          label="Match"
          value={filter.numberMode}
          onChange={(e) => change({ numberMode: e.target.value as NumberMode })}
        >
          <option value="prefix">Starts with</option>
          <option value="exact">Exactly</option>
        </SelectField>
        <SelectField
          label="Status"
          value={filter.status}
          onChange={(e) => change({ status: e.target.value as InvoiceStatus | '' })}
        >
          <option value="">All statuses</option>
          {(Object.keys(invoiceStatusLabels) as InvoiceStatus[]).map((status) => (
            <option key={status} value={status}>
              {invoiceStatusLabels[status]}
            </option>
          ))}
        </SelectField>
      </form>
      <div className="section-header">
        <p className="muted" aria-live="polite">
          {selected.size === 0 ? 'Select invoices to download them together.' : `${selected.size} selected`}
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={selected.size === 0 || selected.size > maxPerDownload || download.pending}
          onClick={() => void downloadSelected()}
        >
          {download.pending ? 'Preparing…' : 'Download selected'}
        </button>
      </div>
      {selected.size > maxPerDownload && (
        <p className="notice" role="status">
          One download holds at most {maxPerDownload} invoices.
        </p>
      )}
      {download.error && (
        <p className="notice notice--error" role="alert">
          {download.error}
        </p>
      )}
      {!invoices && loading ? (
        <p className="state" role="status">
          Loading invoices…
        </p>
      ) : !invoices ? (
        <div className="state state--error" role="alert">
          <p>{error ? 'The invoices could not be loaded.' : 'No invoices.'}</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : invoices.nodes.length === 0 ? (
        <p className="state">{filtered ? 'No invoices match these filters.' : 'No invoices yet.'}</p>
      ) : (
        <>
          <InvoiceTable
            label="Invoices"
            invoices={invoices.nodes}
            busy={loading && !loadingMore}
            showCustomer
            selection={{ selected, onToggle: toggle, onToggleAll: toggleAll }}
          />
          <LoadMore
            shown={invoices.nodes.length}
            totalCount={invoices.totalCount}
            nextCursor={invoices.pageInfo.hasNextPage ? (invoices.pageInfo.endCursor ?? null) : null}
            loading={loadingMore}
            onLoadMore={loadMore}
          />
        </>
      )}
    </section>
  );
}
