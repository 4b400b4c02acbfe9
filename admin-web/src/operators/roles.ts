import type { OperatorRole, OperatorStatus } from '../gql/graphql';

/** Most powerful first; the order of the role pickers. */
export const operatorRoles: readonly OperatorRole[] = ['OWNER', 'ADMIN', 'BILLING', 'SUPPORT', 'READ_ONLY'];

export const operatorRoleLabels: Record<OperatorRole, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  BILLING: 'Billing',
  SUPPORT: 'Support',
  READ_ONLY: 'Read only',
};

export const operatorRoleHints: Record<OperatorRole, string> = {
  OWNER: 'Everything, including operators, API keys and settings.',
  ADMIN: 'Everything but ownership.',
  BILLING: 'Credits, invoices and payments.',
  SUPPORT: 'Customer accounts and messages, not money.',
  READ_ONLY: 'Reads only.',
};

export const operatorStatusLabels: Record<OperatorStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

/**
 * True when going from one role to the other gives up something. BILLING and SUPPORT
 * are side by side, so moving between them counts as giving up too.
 */
export function isDowngrade(from: OperatorRole, to: OperatorRole): boolean {
  const rank: Record<OperatorRole, number> = { OWNER: 4, ADMIN: 3, BILLING: 2, SUPPORT: 2, READ_ONLY: 1 };
  return from !== to && rank[to] <= rank[from];
}
