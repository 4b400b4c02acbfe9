import type { CustomerSortKey } from '../../gql/graphql';
import { CustomerBalance } from '../../shared/components/CustomerBalance';
import { CustomerStatusBadge } from '../../shared/components/CustomerStatusBadge';
import { formatDate } from '../../shared/format';
import type { CustomerListRowFragment } from '../queries';

export type CustomerTableSort = { sortKey: CustomerSortKey; reverse: boolean };

type Props = {
  customers: readonly CustomerListRowFragment[];
  sort: CustomerTableSort;
  onSort: (sortKey: CustomerSortKey) => void;
  /** New rows are on their way; the current ones stay visible meanwhile. */
  busy: boolean;
  /** Given to operators who may log in as a customer (customers:impersonate). */
  onLogInAs?: (customer: CustomerListRowFragment) => void;
};

export function CustomerTable({ customers, sort, onSort, busy, onLogInAs }: Props) {
  const header = { sort, onSort };
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Customers" aria-busy={busy || undefined}>
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
            {onLogInAs && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr key={customer.id} data-testid="customer-row">
              <td className="table__mono">{customer.accountNumber}</td>
              <td className="table__strong">{customer.name}</td>
              <td>
                <CustomerStatusBadge status={customer.status} />
              </td>
              <td className="table__truncate">{customer.email ?? <span className="muted">—</span>}</td>
              <td className="table__num" data-testid="customer-balance">
                <CustomerBalance balance={customer.balance} />
              </td>
              <td>
                <time dateTime={customer.createdAt}>{formatDate(customer.createdAt)}</time>
              </td>
              {onLogInAs && (
                <td className="table__actions">
                  {customer.status !== 'CLOSED' && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Log in as ${customer.name}…`}
                      onClick={() => onLogInAs(customer)}
                    >
                      Log in as…
                    </button>
                  )}
                </td>
              )}
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
