import type { InvoiceStatus } from '../../gql/graphql';
import { invoiceStatusLabels } from '../display';

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <span className={`badge badge--invoice-${status.toLowerCase()}`}>{invoiceStatusLabels[status]}</span>;
}
