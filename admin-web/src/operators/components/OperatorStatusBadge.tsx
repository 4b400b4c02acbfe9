import type { OperatorStatus } from '../../gql/graphql';
import { operatorStatusLabels } from '../roles';

const tone: Record<OperatorStatus, string> = {
  INVITED: 'badge--pending',
  ACTIVE: 'badge--active',
  DEACTIVATED: 'badge--inactive',
};

export function OperatorStatusBadge({ status }: { status: OperatorStatus }) {
  return <span className={`badge ${tone[status] ?? ''}`}>{operatorStatusLabels[status] ?? status}</span>;
}
