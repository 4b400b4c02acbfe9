import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CustomerSortKey } from '../../gql/graphql';
import { CustomerBalance } from '../../shared/components/CustomerBalance';
import { CustomerStatusBadge } from '../../shared/components/CustomerStatusBadge';
import { formatDate } from '../../shared/format';
import type { CustomerListRowFragment } from '../queries';
import type { CustomerTabEntry } from '../tabs';
import { customerUrl } from '../urls';
import { CustomerRowMenu } from './CustomerRowMenu';

export type CustomerTableSort = { sortKey: CustomerSortKey; reverse: boolean };

type Props = {
  customers: readonly CustomerListRowFragment[];
  sort: CustomerTableSort;
  onSort: (sortKey: CustomerSortKey) => void;
  /** New rows are on their way; the current ones stay visible meanwhile. */
  busy: boolean;
  /** Given to operators who may log in as a customer (customers:impersonate). */
  onLogInAs?: (customer: CustomerListRowFragment) => void;
  /** The customer page's sections, for each row's shortcut menu. */
  tabs: readonly CustomerTabEntry[];
};

/** Controls inside a row keep their own click; anywhere else on the row opens the customer. */
const interactive = 'a, button, input, select, textarea, [role="menuitem"], [role="menu"]';

export function CustomerTable({ customers, sort, onSort, busy, onLogInAs, tabs }: Props) {
  const header = { sort, onSort };
  const navigate = useNavigate();

  // The name is the row's link (keyboard, middle click, "open in new tab"); a click on
  // the rest of the row is a convenience for the mouse.
  function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    if (event.defaultPrevented || (event.target as Element).closest(interactive)) return;
    if (window.getSelection()?.toString()) return; // Selecting text to copy, not opening.
    void navigate(customerUrl(id));
  }

  return (
    <div className="table-wrap">
      <table className="table table--cards table--rows-link" aria-label="Customers" aria-busy={busy || undefined}>
        <thead>
          <tr>
            <SortableHeader {...header} sortKey="ACCOUNT_NUMBER" label="Account #" />
            <SortableHeader {...header} sortKey="NAME" label="Name" />
            <th scope="col">Status</th>
            <th scope="col">Email</th>
            <th scope="col" className="table__num">
              Balance
            </th>
            <SortableHeader {...header} sortKey="CREATED_AT" label="Created" />
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.id} data-testid="customer-row" onClick={(event) => openRow(event, customer.id)}>
              <td className="table__mono" data-label="Account #">
                {customer.accountNumber}
              </td>
              <td className="table__strong table__title" data-label="Name">
                <Link to={customerUrl(customer.id)} className="row-link">
                  {customer.name}
                </Link>
              </td>
              <td data-label="Status">
                <CustomerStatusBadge status={customer.status} />
              </td>
              <td className="table__truncate" data-label="Email">
                {customer.email ?? <span className="muted">—</span>}
              </td>
              <td className="table__num" data-testid="customer-balance" data-label="Balance">
                <CustomerBalance balance={customer.balance} />
              </td>
              <td data-label="Created">
                <time dateTime={customer.createdAt}>{formatDate(customer.createdAt)}</time>
              </td>
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
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortableHeader({
  sortKey,
  label,
  sort,
  onSort,
}: {
  sortKey: CustomerSortKey;
  label: string;
  sort: CustomerTableSort;
  onSort: (sortKey: CustomerSortKey) => void;
}) {
  const active = sort.sortKey === sortKey;
  const direction = sort.reverse ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-button__icon" aria-hidden="true">
          {active ? (sort.reverse ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
