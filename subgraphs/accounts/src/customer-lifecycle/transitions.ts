import {
  CUSTOMER_CANCELLED,
  CUSTOMER_CLOSED,
  CUSTOMER_DEACTIVATED,
  CUSTOMER_REACTIVATED,
  CUSTOMER_REENABLED,
  CUSTOMER_RESTORED,
  CUSTOMER_SUSPENDED,
} from '@clientele/subgraph-kit';
import type { CustomerStatus } from '../customers';

export type Transition = 'SUSPEND' | 'REENABLE' | 'DEACTIVATE' | 'REACTIVATE' | 'CANCEL' | 'CLOSE' | 'RESTORE';

interface TransitionRule {
  /** The statuses it may start from. */
  from: readonly CustomerStatus[];
  /** The status it ends in; a restore returns to the status before the close. */
  to: CustomerStatus | 'PREVIOUS';
  /** The event it publishes, which is also the audit log's action. */
  event: string;
  /** How a refusal names it: "cannot be suspended". */
  verb: string;
}

/**
 * The status lifecycle: ACTIVE ⇄ SUSPENDED; ACTIVE or SUSPENDED → INACTIVE (deactivated or
 * cancelled) → ACTIVE; any but CLOSED → CLOSED → back to where it was.
 */
export const TRANSITIONS: Record<Transition, TransitionRule> = {
  SUSPEND: { from: ['ACTIVE'], to: 'SUSPENDED', event: CUSTOMER_SUSPENDED, verb: 'suspended' },
  REENABLE: { from: ['SUSPENDED'], to: 'ACTIVE', event: CUSTOMER_REENABLED, verb: 're-enabled' },
  DEACTIVATE: { from: ['ACTIVE', 'SUSPENDED'], to: 'INACTIVE', event: CUSTOMER_DEACTIVATED, verb: 'deactivated' },
  REACTIVATE: { from: ['INACTIVE'], to: 'ACTIVE', event: CUSTOMER_REACTIVATED, verb: 'reactivated' },
  CANCEL: { from: ['ACTIVE', 'SUSPENDED'], to: 'INACTIVE', event: CUSTOMER_CANCELLED, verb: 'cancelled' },
  CLOSE: { from: ['ACTIVE', 'SUSPENDED', 'INACTIVE'], to: 'CLOSED', event: CUSTOMER_CLOSED, verb: 'closed' },
  RESTORE: { from: ['CLOSED'], to: 'PREVIOUS', event: CUSTOMER_RESTORED, verb: 'restored' },
};

/** Why a transition is refused from a status, naming the status: null when it is allowed. */
export function refusalOf(transition: Transition, status: CustomerStatus): string | null {
  const rule = TRANSITIONS[transition];
  if (rule.from.includes(status)) return null;
  const allowed = rule.from.join(' or ');
  return `This customer is ${status}; only a customer that is ${allowed} can be ${rule.verb}.`;
}
