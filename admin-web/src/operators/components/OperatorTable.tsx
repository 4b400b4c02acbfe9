import * as Tooltip from '@radix-ui/react-tooltip';
import type { OperatorRole } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import type { OperatorRowFragment, ResellerOptionFragment } from '../queries';
import { operatorRoleLabels, operatorRoles } from '../roles';
import { OperatorStatusBadge } from './OperatorStatusBadge';

/** A change on its way to the server, shown in place of the stored value meanwhile. */
export type OperatorDraft = { role?: OperatorRole; resellerId?: string | null };

type Props = {
  operators: readonly OperatorRowFragment[];
  resellers: readonly ResellerOptionFragment[];
  viewerId: string;
  /** With operators:manage: inline role and reseller pickers, and Deactivate. */
  canManage: boolean;
  drafts: ReadonlyMap<string, OperatorDraft>;
  busy: boolean;
  onChangeRole: (operator: OperatorRowFragment, role: OperatorRole) => void;
  onChangeReseller: (operator: OperatorRowFragment, resellerId: string | null) => void;
  onDeactivate: (operator: OperatorRowFragment) => void;
};

export function OperatorTable(props: Props) {
  const { operators, resellers, viewerId, canManage, drafts, busy } = props;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Operators" aria-busy={busy || undefined}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Reseller limit</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            {canManage && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {operators.map((operator) => {
            const draft = drafts.get(operator.id);
            const editable = canManage && operator.status !== 'DEACTIVATED';
            const isViewer = operator.id === viewerId;
            const role = draft?.role ?? operator.role;
            const resellerId = draft && 'resellerId' in draft ? draft.resellerId : (operator.reseller?.id ?? null);
            return (
              <tr key={operator.id} data-testid="operator-row" aria-busy={draft ? true : undefined}>
                <td className="table__strong">
                  {operator.name}
                  {isViewer && <span className="muted"> (you)</span>}
                </td>
                <td className="table__truncate">{operator.email}</td>
                <td>
                  {editable ? (
                    <select
                      className="inline-select"
                      aria-label={`Role of ${operator.name}`}
                      value={role}
                      disabled={Boolean(draft)}
                      onChange={(event) => props.onChangeRole(operator, event.target.value as OperatorRole)}
                    >
                      {operatorRoles.map((value) => (
                        <option key={value} value={value}>
                          {operatorRoleLabels[value]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    operatorRoleLabels[operator.role]
                  )}
                </td>
                <td>
                  {editable && resellers.length > 0 ? (
                    <select
                      className="inline-select"
                      aria-label={`Reseller limit of ${operator.name}`}
                      value={resellerId ?? ''}
                      disabled={Boolean(draft)}
                      onChange={(event) => props.onChangeReseller(operator, event.target.value || null)}
                    >
                      <option value="">All customers</option>
                      {resellers.map((reseller) => (
                        <option key={reseller.id} value={reseller.id}>
                          {reseller.name}
                        </option>
                      ))}
                    </select>
                  ) : (
                    (operator.reseller?.name ?? <span className="muted">All customers</span>)
                  )}
                </td>
                <td>
                  <OperatorStatusBadge status={operator.status} />
                </td>
                <td>
                  <time dateTime={operator.createdAt}>{formatDate(operator.createdAt)}</time>
                </td>
                {canManage && (
                  <td className="table__actions">
                    {operator.status !== 'DEACTIVATED' &&
                      (isViewer ? (
                        <Tooltip.Root>
                          <Tooltip.Trigger asChild>
                            {/* aria-disabled, not disabled: it stays focusable so the reason can be read. */}
                            <button type="button" className="button button--small" aria-disabled="true">
                              Deactivate
                            </button>
                          </Tooltip.Trigger>
                          <Tooltip.Portal>
                            <Tooltip.Content className="tooltip" sideOffset={4}>
                              You cannot deactivate yourself. Ask another owner or admin.
                              <Tooltip.Arrow className="tooltip__arrow" />
                            </Tooltip.Content>
                          </Tooltip.Portal>
                        </Tooltip.Root>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--danger-outline"
                          aria-label={`Deactivate ${operator.name}`}
                          onClick={() => props.onDeactivate(operator)}
                        >
                          Deactivate
                        </button>
                      ))}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
