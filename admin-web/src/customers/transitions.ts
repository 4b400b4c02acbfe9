import type { CustomerPageFieldsFragment } from './queries';
import type { CustomerTransition } from './mutations';

type Customer = Pick<CustomerPageFieldsFragment, 'status' | 'erasedAt' | 'scheduledCancellation'>;

export type TransitionCopy = {
  /** The menu item. */
  label: string;
  title: (name: string) => string;
  description: string;
  submit: string;
  pending: string;
  /** The success notice. */
  done: (name: string) => string;
  /** Red: it takes service or data away. */
  danger: boolean;
  /** What the dialog asks besides the confirmation. */
  asks: 'reason' | 'cancellation' | 'password';
  /** Offered only when the customer's status (and schedule) allows it; the API decides in the end. */
  offered: (customer: Customer) => boolean;
};

const open = (customer: Customer) => customer.status !== 'CLOSED';

/** What each status change says and when it is offered, in the order of the actions menu. */
export const transitionCopy: Record<CustomerTransition, TransitionCopy> = {
  suspend: {
    label: 'Suspend…',
    title: (name) => `Suspend ${name}?`,
    description:
      'Members can no longer sign in to the portal and their sessions end. Services stay billable while suspended.',
    submit: 'Suspend',
    pending: 'Suspending…',
    done: (name) => `${name} is suspended.`,
    danger: true,
    asks: 'reason',
    offered: (customer) => customer.status === 'ACTIVE',
  },
  reenable: {
    label: 'Re-enable…',
    title: (name) => `Re-enable ${name}?`,
    description: 'Members can sign in to the portal again.',
    submit: 'Re-enable',
    pending: 'Re-enabling…',
    done: (name) => `${name} is re-enabled.`,
    danger: false,
    asks: 'reason',
    offered: (customer) => customer.status === 'SUSPENDED',
  },
  deactivate: {
    label: 'Deactivate…',
    title: (name) => `Deactivate ${name}?`,
    description: 'The account becomes inactive; its data is kept and it can be reactivated.',
    submit: 'Deactivate',
    pending: 'Deactivating…',
    done: (name) => `${name} is deactivated.`,
    danger: true,
    asks: 'reason',
    offered: (customer) => customer.status === 'ACTIVE' || customer.status === 'SUSPENDED',
  },
  reactivate: {
    label: 'Reactivate…',
    title: (name) => `Reactivate ${name}?`,
    description: 'The account is in service again.',
    submit: 'Reactivate',
    pending: 'Reactivating…',
    done: (name) => `${name} is active again.`,
    danger: false,
    asks: 'reason',
    offered: (customer) => customer.status === 'INACTIVE',
  },
  cancel: {
    label: 'Cancel account…',
    title: (name) => `Cancel ${name}?`,
    description:
      'A cancellation now makes the account inactive at once; one for later can be withdrawn until it takes effect.',
    submit: 'Cancel account',
    pending: 'Cancelling…',
    done: (name) => `${name} is cancelled.`,
    danger: true,
    asks: 'cancellation',
    offered: (customer) =>
      (customer.status === 'ACTIVE' || customer.status === 'SUSPENDED') && !customer.scheduledCancellation,
  },
  withdrawCancellation: {
    label: 'Withdraw cancellation…',
    title: (name) => `Withdraw the cancellation of ${name}?`,
    description: 'The account stays in service; nothing happens on the scheduled date.',
    submit: 'Withdraw cancellation',
    pending: 'Withdrawing…',
    done: (name) => `The cancellation of ${name} is withdrawn.`,
    danger: false,
    asks: 'reason',
    offered: (customer) => open(customer) && Boolean(customer.scheduledCancellation),
  },
  close: {
    label: 'Close…',
    title: (name) => `Close ${name}?`,
    description:
      'Only a customer with a zero balance who owes nothing can be closed; billing is asked at this moment. A closed customer is hidden from the list and can be restored.',
    submit: 'Close',
    pending: 'Asking billing…',
    done: (name) => `${name} is closed.`,
    danger: true,
    asks: 'reason',
    offered: open,
  },
  restore: {
    label: 'Restore…',
    title: (name) => `Restore ${name}?`,
    description: 'The customer goes back to the status it had before it was closed.',
    submit: 'Restore',
    pending: 'Restoring…',
    done: (name) => `${name} is restored.`,
    danger: false,
    asks: 'reason',
    offered: (customer) => customer.status === 'CLOSED' && !customer.erasedAt,
  },
  erase: {
    label: 'Erase personal data…',
    title: (name) => `Erase the personal data of ${name}?`,
    description:
      'Names, contact details, keywords, location, members and note texts are erased for good. This cannot be undone, and the customer can no longer be restored. The ledger and invoices stay.',
    submit: 'Erase for good',
    pending: 'Erasing…',
    done: () => 'The customer’s personal data is erased.',
    danger: true,
    asks: 'password',
    offered: (customer) => customer.status === 'CLOSED' && !customer.erasedAt,
  },
};

export const transitionOrder = Object.keys(transitionCopy) as CustomerTransition[];
