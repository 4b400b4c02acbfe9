import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnVisibilityState,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CustomerSortKey } from '../../gql/graphql';
import { CustomerBalance } from '../../shared/components/CustomerBalance';
import { CustomerStatusBadge } from '../../shared/components/CustomerStatusBadge';
import { formatDate } from '../../shared/format';
import { countryLabel } from '../display';
import {
  columnOfSortKey,
  customerColumn,
  customerColumns,
  normaliseColumns,
  type CustomerColumnId,
} from '../list-columns';
import type { CustomerListRowFragment } from '../queries';
import type { CustomerTabEntry } from '../tabs';
import { customerUrl } from '../urls';
import { CustomerRowMenu } from './CustomerRowMenu';

type Row = CustomerListRowFragment;

// Sorting, hiding and selecting are the table's; the server sorts and pages (manualSorting).
const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature });
const helper = createColumnHelper<typeof features, Row>();

const muted = <span className="muted">—</span>;

const cells: Record<CustomerColumnId, (customer: Row) => ReactNode> = {
  account: (c) => c.accountNumber,
  name: (c) => (
    <Link to={customerUrl(c.id)} className="row-link">
      {c.name}
    </Link>
  ),
  status: (c) => <CustomerStatusBadge status={c.status} />,
  email: (c) => c.email ?? muted,
  phone: (c) => c.phone ?? muted,
  country: (c) => <span title={countryLabel(c.country)}>{c.country}</span>,
  currency: (c) => c.currency,
  reseller: (c) => c.reseller?.name ?? muted,
  tags: (c) =>
    c.tags?.length ? (
      <span className="chips">
        {c.tags.map((tag) => (
          <span key={tag} className="chip">
            {tag}
          </span>
        ))}
      </span>
    ) : (
      muted
    ),
  balance: (c) => <CustomerBalance balance={c.balance ?? null} />,
  owed: (c) => <CustomerBalance balance={c.owed ?? null} />,
  created: (c) => <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>,
};

const cellClasses: Partial<Record<CustomerColumnId, string>> = {
  account: 'table__mono',
  name: 'table__strong table__title',
  email: 'table__truncate',
  reseller: 'table__truncate',
  tags: 'table__wrap',
  balance: 'table__num',
  owed: 'table__num',
};

/** Test hooks kept stable for the cells other screens' tests read. */
const cellTestIds: Partial<Record<CustomerColumnId, string>> = { balance: 'customer-balance' };

const columns = helper.columns(
  customerColumns.map((column) =>
    helper.accessor((row) => sortValue(column.id, row), {
      id: column.id,
      header: column.label,
      cell: ({ row }) => cells[column.id](row.original),
      enableSorting: 'sortKey' in column,
      enableHiding: !('alwaysShown' in column),
    }),
  ),
);

// Only for the table's bookkeeping: rows arrive sorted by the server.
function sortValue(id: CustomerColumnId, row: Row): string {
  return id === 'account' ? row.accountNumber : id === 'created' ? row.createdAt : row.name;
}

/** Controls inside a row keep their own click; anywhere else on the row opens the customer. */
const interactive = 'a, button, input, select, textarea, label, [role="menuitem"], [role="menu"]';

/** A row's height before it is measured; rows are measured once drawn (cards on a phone are taller). */
const estimatedRowHeight = 44;

type Props = {
  customers: readonly Row[];
  /** How many customers match, for screen readers' row count; null when only a lower bound is known. */
  totalCount: number | null;
  sortKey: CustomerSortKey;
  reverse: boolean;
  onSort: (sortKey: CustomerSortKey, reverse: boolean) => void;
  shownColumns: readonly CustomerColumnId[];
  onShownColumns: (columns: CustomerColumnId[]) => void;
  rowSelection: RowSelectionState;
  onRowSelection: (rowSelection: RowSelectionState) => void;
  /** The header checkbox, with anything selected, clears the whole selection, also the rows not loaded. */
  onClearSelection: () => void;
  /** New rows are on their way; the current ones stay visible meanwhile. */
  busy: boolean;
  /** Called when the operator scrolls near the last loaded row. */
  onNearEnd: () => void;
  /** Given to operators who may log in as a customer (customers:impersonate). */
  onLogInAs?: (customer: Row) => void;
  /** The customer page's sections, for each row's shortcut menu. */
  tabs: readonly CustomerTabEntry[];
};

/**
 * The customer list as a grid: TanStack Table holds the columns, sort, visibility and selection;
 * TanStack Virtual draws only the rows near the window, so thousands of loaded rows stay cheap.
 * It stays a real `<table>` (with spacer rows above and below), so screen readers, the phone
 * layout of one card per row, and the browser's own find keep working.
 */
export function CustomerGrid(props: Props) {
  const { customers, sortKey, reverse, shownColumns, rowSelection, onLogInAs, tabs } = props;
  const navigate = useNavigate();

  const sortedColumn = columnOfSortKey(sortKey);
  const sorting: SortingState = sortedColumn ? [{ id: sortedColumn, desc: reverse }] : [];
  const shown = new Set(shownColumns);
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(
    customerColumns.map((column) => [column.id, shown.has(column.id)]),
  );

  const table = useTable({
    features,
    columns,
    data: customers,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      const key = next ? customerColumn(next.id as CustomerColumnId).sortKey : undefined;
      if (next && key) props.onSort(key, next.desc);
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = typeof updater === 'function' ? updater(columnVisibility) : updater;
      props.onShownColumns(normaliseColumns(customerColumns.filter((c) => next[c.id] !== false).map((c) => c.id)));
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      props.onRowSelection(typeof updater === 'function' ? updater(rowSelection) : updater),
  });

  const rows = table.getRowModel().rows;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page: the window scrolls, and the toolbar above can change height.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => estimatedRowHeight,
    overscan: 12,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0] ? items[0].start - scrollMargin : 0;
  const last = items[items.length - 1];
  const paddingBottom = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  const visibleColumnCount = table.getVisibleLeafColumns().length + 2;

  const lastIndex = last?.index ?? -1;
  const { onNearEnd } = props;
  useEffect(() => {
    if (rows.length > 0 && lastIndex >= rows.length - 10) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  // The name is the row's link (keyboard, middle click, "open in new tab"); a click on
  // the rest of the row is a convenience for the mouse.
  function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    if (event.defaultPrevented || (event.target as Element).closest(interactive)) return;
    if (window.getSelection()?.toString()) return; // Selecting text to copy, not opening.
    void navigate(customerUrl(id));
  }

  const allLoaded = table.getIsAllRowsSelected();
  const someLoaded = table.getIsSomeRowsSelected();

  return (
    <div className="table-wrap">
      <table
        className="table table--cards table--rows-link table--grid"
        aria-label="Customers"
        aria-busy={props.busy || undefined}
        aria-rowcount={props.totalCount === null ? -1 : props.totalCount + 1}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              <th scope="col" className="table__select">
                <IndeterminateCheckbox
                  label="Select all loaded customers"
                  checked={allLoaded}
                  indeterminate={!allLoaded && someLoaded}
                  disabled={rows.length === 0}
                  // As in mail clients: with anything selected, the header clears; otherwise it ticks what is loaded.
                  onChange={() =>
                    allLoaded || someLoaded ? props.onClearSelection() : table.toggleAllRowsSelected(true)
                  }
                />
              </th>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const id = header.column.id as CustomerColumnId;
                const numeric = 'numeric' in customerColumn(id);
                if (!header.column.getCanSort()) {
                  return (
                    <th key={header.id} scope="col" className={numeric ? 'table__num' : undefined}>
                      <table.FlexRender header={header} />
                    </th>
                  );
                }
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={numeric ? 'table__num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="sort-button__icon" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          ))}
        </thead>
        <tbody ref={bodyRef}>
          {paddingTop > 0 && <SpacerRow height={paddingTop} columns={visibleColumnCount} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const customer = row.original;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                aria-selected={row.getIsSelected()}
                data-testid="customer-row"
                onClick={(event) => openRow(event, customer.id)}
              >
                <td className="table__select" data-label="Select">
                  <input
                    type="checkbox"
                    aria-label={`Select ${customer.name}`}
                    checked={row.getIsSelected()}
                    onChange={row.getToggleSelectedHandler()}
                  />
                </td>
                {row.getVisibleCells().map((cell) => {
                  const id = cell.column.id as CustomerColumnId;
                  return (
                    <td
                      key={cell.id}
                      className={cellClasses[id]}
                      data-label={customerColumn(id).label}
                      data-testid={cellTestIds[id]}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
                <td className="table__actions">
                  <div className="row-actions">
                    {onLogInAs && customer.status !== 'CLOSED' && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Log in as ${customer.name}…`}
                        onClick={() => onLogInAs(customer)}
                      >
                        Log in as…
                      </button>
                    )}
                    <CustomerRowMenu customer={customer} tabs={tabs} />
                  </div>
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} columns={visibleColumnCount} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows scrolled out of view, so the page keeps its full height. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="table__spacer">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

function IndeterminateCheckbox({
  label,
  checked,
  indeterminate,
  disabled,
  onChange,
}: {
  label: string;
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  onChange: () => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input ref={ref} type="checkbox" aria-label={label} checked={checked} disabled={disabled} onChange={onChange} />
  );
}
