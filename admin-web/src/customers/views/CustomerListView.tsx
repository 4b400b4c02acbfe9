import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasPermission, useViewer } from '../../platform/viewer';
import type { CustomerSortKey, CustomerStatus } from '../../gql/graphql';
import { SelectField } from '../../shared/components/fields';
import { Pagination } from '../../shared/components/Pagination';
import { SearchBox } from '../../shared/components/SearchBox';
import { CustomerTable } from '../components/CustomerTable';
import { LogInAsDialog } from '../components/LogInAsDialog';
import {
  customerPageSize,
  readCustomerListParams,
  toCustomerListVariables,
  writeCustomerListParams,
  type CustomerListParams,
} from '../list-params';
import { CustomerListQuery, type CustomerListRowFragment } from '../queries';
import { customerTabEntries } from '../tabs';
import { customerCreateUrl } from '../urls';

/** The list shows closed customers only when asked: they are hidden by default. */
const statusLabels: Record<CustomerStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  INACTIVE: 'Inactive',
  CLOSED: 'Closed',
};

export function CustomerListView() {
  const viewer = useViewer();
  const canLogInAs = hasPermission(viewer, 'customers:impersonate');
  const tabs = customerTabEntries.filter((entry) => !entry.permission || hasPermission(viewer, entry.permission));
  const [loggingInAs, setLoggingInAs] = useState<CustomerListRowFragment | null>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readCustomerListParams(searchParams), [searchParams]);

  const { data, previousData, loading, error, refetch } = useQuery(CustomerListQuery, {
    variables: toCustomerListVariables(params),
    fetchPolicy: 'cache-and-network',
    // A failing subgraph (e.g. billing) should cost a column, not the whole list.
    errorPolicy: 'all',
  });

  const update = useCallback(
    (change: (current: CustomerListParams) => CustomerListParams) =>
      setSearchParams((prev) => writeCustomerListParams(change(readCustomerListParams(prev)))),
    [setSearchParams],
  );

  const onSearch = useCallback((query: string) => update((p) => ({ ...p, query, cursor: null, from: null })), [update]);

  const onStatus = (status: CustomerStatus | null) => update((p) => ({ ...p, status, cursor: null, from: null }));

  const onSort = (sortKey: CustomerSortKey) =>
    update((p) => ({
      ...p,
      sortKey,
      reverse: p.sortKey === sortKey ? !p.reverse : false,
      cursor: null,
      from: null,
    }));

  const current = data?.customers;
  // While the next page loads, keep showing the last one rather than flashing empty.
  const shown = current ?? (loading ? previousData?.customers : undefined);

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
      <p className="state">
        {params.query
          ? `No customers match “${params.query}”.`
          : params.status
            ? `No ${statusLabels[params.status].toLowerCase()} customers.`
            : 'No customers yet.'}
      </p>
    );
  } else {
    const { pageInfo, nodes, totalCount } = shown;
    const cursor = params.cursor;
    const from = cursor === null || ('before' in cursor && !pageInfo.hasPreviousPage) ? 1 : params.from;
    // A server may leave hasPreviousPage/hasNextPage false when paginating the other
    // way (the Relay spec allows it), so the cursor we came by also counts.
    const canGoBack = pageInfo.hasPreviousPage || (cursor !== null && 'after' in cursor);
    const canGoForward = pageInfo.hasNextPage || (cursor !== null && 'before' in cursor);

    const goTo = (change: (p: CustomerListParams) => CustomerListParams) => {
      update(change);
      window.scrollTo({ top: 0 });
    };

    content = (
      <>
        {error && (
          <p className="notice" role="status">
            Some details could not be loaded and are shown as “—”.
          </p>
        )}
        <CustomerTable
          customers={nodes}
          sort={{ sortKey: params.sortKey, reverse: params.reverse }}
          onSort={onSort}
          busy={loading}
          onLogInAs={canLogInAs ? setLoggingInAs : undefined}
          tabs={tabs}
        />
        <Pagination
          from={from}
          count={nodes.length}
          totalCount={totalCount}
          canGoBack={canGoBack}
          canGoForward={canGoForward}
          onPrevious={() =>
            goTo((p) => {
              const previousFrom = from === null ? null : Math.max(1, from - customerPageSize);
              // Back at the start: drop the cursor so the first page is the plain URL.
              if (previousFrom === 1 || !pageInfo.startCursor) {
                return { ...p, cursor: null, from: null };
              }
              return {
                ...p,
                cursor: { before: pageInfo.startCursor },
                from: previousFrom,
              };
            })
          }
          onNext={() =>
            goTo((p) =>
              pageInfo.endCursor
                ? {
                    ...p,
                    cursor: { after: pageInfo.endCursor },
                    from: from === null ? null : from + nodes.length,
                  }
                : p,
            )
          }
        />
      </>
    );
  }

  return (
    <section className="page" aria-labelledby="customers-title">
      <div className="page__header">
        <h1 id="customers-title" className="page__title">
          Customers
        </h1>
        <div className="page__tools">
          <SearchBox
            value={params.query}
            onSearch={onSearch}
            label="Search customers"
            placeholder="Search by name or account number"
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
          {hasPermission(viewer, 'customers:write') && (
            <Link className="button button--primary" to={customerCreateUrl()}>
              New customer
            </Link>
          )}
        </div>
      </div>
      {content}
      {canLogInAs && <LogInAsDialog customer={loggingInAs} onClose={() => setLoggingInAs(null)} />}
    </section>
  );
}
