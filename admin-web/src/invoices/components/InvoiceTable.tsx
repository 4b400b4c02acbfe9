import { Link } from 'react-router';
import { formatDate } from '../../shared/format';
import type { InvoiceRowFragment } from '../queries';
import { invoiceUrl } from '../urls';
import { Amount } from './Amount';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

type Selection = {
  selected: ReadonlySet<string>;
  onToggle: (id: string, selected: boolean) => void;
  onToggleAll: (selected: boolean) => void;
};

type Props = {
  label: string;
  invoices: readonly InvoiceRowFragment[];
  busy?: boolean;
  /** The customer column, on the page that lists every customer's invoices. */
  showCustomer?: boolean;
  /** Checkboxes per row, for downloading several at once. */
  selection?: Selection;
};

/** Invoices and credit notes, each linking to its page; on a narrow screen each row is a card. */
export function InvoiceTable({ label, invoices, busy, showCustomer = false, selection }: Props) {
  const allSelected = invoices.length > 0 && invoices.every((invoice) => selection?.selected.has(invoice.id));
  return (
    <div className="table-wrap">
      <table className="table table--cards" aria-label={label} aria-busy={busy || undefined}>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="table__select">
                <input
                  type="checkbox"
                  aria-label="Select all shown"
                  checked={allSelected}
                  onChange={(event) => selection.onToggleAll(event.target.checked)}
                />
              </th>
            )}
            <th scope="col">Number</th>
            <th scope="col">Status</th>
            {showCustomer && <th scope="col">Customer</th>}
            <th scope="col">Issued</th>
            <th scope="col">Due</th>
            <th scope="col" className="table__num">
              Total
            </th>
            <th scope="col" className="table__num">
              Amount due
            </th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => {
            const name = invoice.number ?? 'Draft';
            return (
              <tr key={invoice.id} data-testid="invoice-row">
                {selection && (
                  <td className="table__select" data-label="Select">
                    <input
                      type="checkbox"
                      aria-label={`Select ${name}`}
                      // A draft has no document yet.
                      disabled={!invoice.number}
                      checked={selection.selected.has(invoice.id)}
                      onChange={(event) => selection.onToggle(invoice.id, event.target.checked)}
                    />
                  </td>
                )}
                <td data-label="Number" className="table__mono">
                  <Link to={invoiceUrl(invoice.id)}>
                    {name}
                    {invoice.kind === 'CREDIT_NOTE' ? ' (credit note)' : ''}
                  </Link>
                </td>
                <td data-label="Status">
                  <InvoiceStatusBadge status={invoice.status} />
                </td>
                {showCustomer && (
                  <td className="table__truncate" data-label="Customer">
                    {invoice.customer.name}
                  </td>
                )}
                <td data-label="Issued">{invoice.issueDate ? formatDate(invoice.issueDate) : '—'}</td>
                <td data-label="Due">{invoice.dueDate ? formatDate(invoice.dueDate) : '—'}</td>
                <td className="table__num" data-label="Total">
                  <Amount money={invoice.total} />
                </td>
                <td className="table__num" data-label="Amount due">
                  <Amount money={invoice.amountDue} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
