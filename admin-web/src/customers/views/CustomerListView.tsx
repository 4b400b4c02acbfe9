import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { hasPermission, useViewer } from '../../platform/viewer';
import type {
  CustomerBulkActionKind,
  CustomerBulkOperationFieldsFragment,
  CustomerSortKey,
  CustomerStatus,
} from '../../gql/graphql';
import { SelectField } from '../../shared/components/fields';
import { SearchBox } from '../../shared/components/SearchBox';
import { formatCount } from '../../shared/format';
import { useSearchParamsWriter } from '../../shared/search-params';
import { bulkActionsFor, toBulkTarget } from '../bulk-actions';
import { BulkActionDialog } from '../components/BulkActionDialog';
import { BulkOperationPanel } from '../components/BulkOperationPanel';
import { ColumnChooser } from '../components/ColumnChooser';
import { CustomerBulkActions } from '../components/CustomerBulkActions';
import { CustomerExportDialog } from '../components/CustomerExportDialog';
import { CustomerSavedViews } from '../components/CustomerSavedViews';
import { exportColumnsFor } from '../export';
import { CustomerFilterPanel } from '../components/CustomerFilterPanel';
import { CustomerGrid } from '../components/CustomerGrid';
import { CustomerSelectionBar } from '../components/CustomerSelectionBar';
import { LogInAsDialog } from '../components/LogInAsDialog';
import { customerCountLabel } from '../display';
import type { CustomerColumnId } from '../list-columns';
import { activeFilterCount, emptyFilter, type CustomerListFilter } from '../list-filter';
import {
  isFiltered,
  readCustomerListParams,
  toCustomerFilter,
  toCustomerListVariables,
  writeCustomerListParams,
  type CustomerListParams,
} from '../list-params';
import {
  fromRowSelection,
  isEmptySelection,
  noSelection,
  toRowSelection,
  type CustomerSelection,
} from '../list-selection';
import { CustomerFormResellersQuery, CustomerListQuery, type CustomerListRowFragment } from '../queries';
import { customerTabEntries } from '../tabs';
import { customerCreateUrl, customerListUrl } from '../urls';

const statusLabels: Record<CustomerStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  INACTIVE: 'Inactive',
  CLOSED: 'Closed',
};

/**
 * `/customers`: the operator's main tool. Everything that decides which rows and columns are
 * shown lives in the URL; rows load a page at a time (keyset cursors) as the operator scrolls.
 */
export function CustomerListView() {
  const viewer = useViewer();
  const canLogInAs = hasPermission(viewer, 'customers:impersonate');
  const canBulk = hasPermission(viewer, 'customers:write');
  const bulkActionsAllowed = useMemo(() => bulkActionsFor(hasPermission(viewer, 'messaging:send')), [viewer]);
  const [bulkAction, setBulkAction] = useState<CustomerBulkActionKind | null>(null);
  const [exporting, setExporting] = useState(false);
  const [bulkOperation, setBulkOperation] = useState<CustomerBulkOperationFieldsFragment | null>(null);
  const tabs = customerTabEntries.filter((entry) => !entry.permission || hasPermission(viewer, entry.permission));
  const [loggingInAs, setLoggingInAs] = useState<CustomerListRowFragment | null>(null);
  const [searchParams, writeSearchParams] = useSearchParamsWriter();
  const params = useMemo(() => readCustomerListParams(searchParams), [searchParams]);
  const variables = toCustomerListVariables(params);

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CustomerListQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    // A failing subgraph (e.g. billing) should cost a column, not the whole list.
    errorPolicy: 'all',
  });

  const current = data?.customers;
  // While another search or sort loads, keep showing the last rows rather than flashing empty.
  const shown = current ?? (loading ? previousData?.customers : undefined);

  // A selection belongs to the filter it was made under: another filter starts afresh.
  const filterKey = JSON.stringify(toCustomerFilter(params));
  const [selectionState, setSelectionState] = useState<{ key: string; selection: CustomerSelection }>({
    key: filterKey,
    selection: noSelection,
  });
  const selection = selectionState.key === filterKey ? selectionState.selection : noSelection;
  const setSelection = (next: CustomerSelection) => setSelectionState({ key: filterKey, selection: next });

  const update = useCallback(
    (change: (current: CustomerListParams) => CustomerListParams) =>
      writeSearchParams((current) => writeCustomerListParams(change(readCustomerListParams(current)))),
    [writeSearchParams],
  );
  const onSearch = useCallback((query: string) => update((p) => ({ ...p, query })), [update]);
  const onStatus = (status: CustomerStatus | null) => update((p) => ({ ...p, status }));
  const onSort = (sortKey: CustomerSortKey, reverse: boolean) => update((p) => ({ ...p, sortKey, reverse }));
  const onColumns = (columns: CustomerColumnId[]) => update((p) => ({ ...p, columns }));
  const onColumnsChange = (change: (columns: readonly CustomerColumnId[]) => CustomerColumnId[]) =>
    update((p) => ({ ...p, columns: change(p.columns) }));
  const onFilter = (filter: CustomerListFilter) => update((p) => ({ ...p, filter }));
  const filterCount = activeFilterCount(params.filter);
  const [panelOpen, setPanelOpen] = useState(filterCount > 0);
  const resellers = useQuery(CustomerFormResellersQuery, { skip: !panelOpen || viewer.reseller !== null });

  // Keyset paging: the next page starts after the last row loaded. One request at a time.
  const hasNextPage = current?.pageInfo.hasNextPage ?? false;
  const endCursor = current?.pageInfo.endCursor ?? null;
  const fetching = useRef(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreFailed, setLoadMoreFailed] = useState(false);
  const loadMore = useCallback(() => {
    if (fetching.current || !hasNextPage || !endCursor) return;
    fetching.current = true;
    setLoadingMore(true);
    setLoadMoreFailed(false);
    fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        customers: {
          ...fetchMoreResult.customers,
          nodes: [...(previous.customers?.nodes ?? []), ...fetchMoreResult.customers.nodes],
        },
      }),
    })
      .catch(() => setLoadMoreFailed(true))
      .finally(() => {
        fetching.current = false;
        setLoadingMore(false);
      });
  }, [fetchMore, hasNextPage, endCursor]);
  // Scrolling asks for more on its own only while the last attempt worked; after a failure the button retries.
  const onNearEnd = useCallback(() => {
    if (!loadMoreFailed) loadMore();
  }, [loadMore, loadMoreFailed]);
  // A finished bulk action may have changed what the rows show, or which rows match.
  const onBulkFinished = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  const filtered = isFiltered(params);
  let content: ReactNode;
  if (error && !current) {
    content = (
      <div className="state state--error" role="alert">
        <p>Customers could not be loaded.</p>
        <button
          type="button"
          className="button"
          // The hook reports the outcome; the promise only needs its rejection handled.
          onClick={() => void refetch().catch(() => undefined)}
        >
          Try again
        </button>
      </div>
    );
  } else if (!shown || (shown.nodes.length === 0 && !current)) {
    content = (
      <p className="state" role="status">
        Loading customers…
      </p>
    );
  } else if (shown.nodes.length === 0) {
    content = (
      <div className="state" data-testid="customer-list-empty">
        <p>
          {params.query
            ? `No customers match “${params.query}”.`
            : filterCount > 0
              ? 'No customers match these filters.'
              : params.status
                ? `No ${statusLabels[params.status].toLowerCase()} customers.`
                : 'No customers yet.'}
        </p>
        {filtered && (
          <Link
            className="button"
            to={customerListUrl({
              sortKey: params.sortKey,
              reverse: params.reverse,
              columns: params.columns,
              filter: emptyFilter,
            })}
          >
            Clear search and filters
          </Link>
        )}
      </div>
    );
  } else {
    const { nodes, totalCount, totalCountPrecision } = shown;
    const loadedIds = nodes.map((node) => node.id);
    const hasMore = Boolean(shown.pageInfo.hasNextPage);
    content = (
      <>
        {error && (
          <p className="notice" role="status">
            Some details could not be loaded and are shown as “—”.
          </p>
        )}
        {!isEmptySelection(selection, totalCount) && (
          <CustomerSelectionBar
            selection={selection}
            totalCount={totalCount}
            precision={totalCountPrecision}
            loadedCount={nodes.length}
            onSelectAllMatching={() => setSelection({ kind: 'matching', excluded: new Set() })}
            onClear={() => setSelection(noSelection)}
          >
            {canBulk && <CustomerBulkActions actions={bulkActionsAllowed} onChoose={setBulkAction} />}
          </CustomerSelectionBar>
        )}
        <CustomerGrid
          customers={nodes}
          totalCount={totalCountPrecision === 'EXACT' ? totalCount : null}
          sortKey={params.sortKey}
          reverse={params.reverse}
          onSort={onSort}
          shownColumns={params.columns}
          onShownColumns={onColumns}
          rowSelection={toRowSelection(selection, loadedIds)}
          onRowSelection={(rowSelection) => setSelection(fromRowSelection(selection, loadedIds, rowSelection))}
          onClearSelection={() => setSelection(noSelection)}
          busy={loading && !loadingMore}
          onNearEnd={onNearEnd}
          onLogInAs={canLogInAs ? setLoggingInAs : undefined}
          tabs={tabs}
        />
        <div className="pagination">
          <p className="pagination__summary" aria-live="polite">
            Showing {formatCount(nodes.length)} of {formatCount(totalCount)}
            {totalCountPrecision === 'AT_LEAST' ? '+' : ''}
          </p>
          {hasMore && (
            <button type="button" className="button" disabled={loadingMore} onClick={loadMore}>
              {loadingMore ? 'Loading…' : loadMoreFailed ? 'Try loading more again' : 'Load more'}
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="page" aria-labelledby="customers-title">
      <div className="page__header">
        <div className="page__heading">
          <h1 id="customers-title" className="page__title">
            Customers
          </h1>
          {shown && (
            <p className="page__count" data-testid="customer-total" aria-live="polite">
              {customerCountLabel(shown.totalCount, shown.totalCountPrecision)}
            </p>
          )}
        </div>
        <div className="page__tools">
          <SearchBox
            value={params.query}
            onSearch={onSearch}
            label="Search customers"
            placeholder="Name, account number or keyword"
          />
          <SelectField
            label="Status"
            value={params.status ?? ''}
            onChange={(event) => onStatus((event.target.value || null) as CustomerStatus | null)}
          >
            <option value="">Open (all but closed)</option>
            {(Object.keys(statusLabels) as CustomerStatus[]).map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button"
            aria-expanded={panelOpen}
            aria-controls="customer-filters"
            onClick={() => setPanelOpen(!panelOpen)}
          >
            Filters{filterCount > 0 ? ` (${filterCount})` : ''}
          </button>
          <ColumnChooser shown={params.columns} onChange={onColumnsChange} />
          <CustomerSavedViews
            params={params}
            filter={toCustomerFilter(params)}
            onPick={(picked) => writeSearchParams(() => writeCustomerListParams(picked))}
          />
          <button type="button" className="button" onClick={() => setExporting(true)}>
            Export
          </button>
          {hasPermission(viewer, 'customers:write') && (
            <Link className="button button--primary" to={customerCreateUrl()}>
              New customer
            </Link>
          )}
        </div>
      </div>
      {panelOpen && (
        <div id="customer-filters">
          <CustomerFilterPanel value={params.filter} onApply={onFilter} resellers={resellers.data?.resellers ?? []} />
        </div>
      )}
      {bulkOperation && (
        <BulkOperationPanel
          key={bulkOperation.id}
          operation={bulkOperation}
          onOperation={setBulkOperation}
          onFinished={onBulkFinished}
          onDismiss={() => setBulkOperation(null)}
        />
      )}
      {content}
      {bulkAction && (
        <BulkActionDialog
          action={bulkAction}
          target={toBulkTarget(selection, toCustomerFilter(params))}
          onClose={() => setBulkAction(null)}
          onStarted={(operation) => {
            setBulkAction(null);
            setSelection(noSelection);
            setBulkOperation(operation);
          }}
        />
      )}
      {exporting && (
        <CustomerExportDialog
          filter={toCustomerFilter(params)}
          sortKey={params.sortKey}
          reverse={params.reverse}
          initialColumns={exportColumnsFor(params.columns)}
          onClose={() => setExporting(false)}
        />
      )}
      {canLogInAs && <LogInAsDialog customer={loggingInAs} onClose={() => setLoggingInAs(null)} />}
    </section>
  );
}
