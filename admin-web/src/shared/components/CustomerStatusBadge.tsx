import type { CustomerStatus } from '../../gql/graphql';

const labels: Record<CustomerStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  INACTIVE: 'Inactive',
  CLOSED: 'Closed',
};

export function CustomerStatusBadge({ status }: { status: CustomerStatus }) {
  return <span className={`badge badge--${status.toLowerCase()}`}>{labels[status] ?? status}</span>;
}
