import type { WebhookEventType } from '../gql/graphql';

/** Every event a partner app can subscribe to, grouped as the form shows them, with the name sent in the body. */
export const eventTypeGroups: readonly {
  title: string;
  types: readonly { type: WebhookEventType; label: string; wire: string }[];
}[] = [
  {
    title: 'Customers',
    types: [
      { type: 'CUSTOMER_CREATED', label: 'Created', wire: 'customer.created' },
      { type: 'CUSTOMER_UPDATED', label: 'Updated', wire: 'customer.updated' },
      { type: 'CUSTOMER_SUSPENDED', label: 'Suspended', wire: 'customer.suspended' },
      { type: 'CUSTOMER_REENABLED', label: 'Re-enabled', wire: 'customer.reenabled' },
      { type: 'CUSTOMER_CANCELLED', label: 'Cancelled', wire: 'customer.cancelled' },
      { type: 'CUSTOMER_CLOSED', label: 'Closed', wire: 'customer.closed' },
    ],
  },
  {
    title: 'Billing',
    types: [
      { type: 'BALANCE_LOW', label: 'Balance low', wire: 'balance.low' },
      { type: 'INVOICE_ISSUED', label: 'Invoice issued', wire: 'invoice.issued' },
      { type: 'INVOICE_OVERDUE', label: 'Invoice overdue', wire: 'invoice.overdue' },
      { type: 'INVOICE_PAID', label: 'Invoice paid', wire: 'invoice.paid' },
    ],
  },
  {
    title: 'Messaging',
    types: [{ type: 'MESSAGE_FAILED', label: 'Message failed', wire: 'message.failed' }],
  },
];

const wireNames = new Map(eventTypeGroups.flatMap((group) => group.types.map((entry) => [entry.type, entry.wire])));

/** CUSTOMER_CREATED → "customer.created", the name a receiver sees. */
export function eventTypeName(type: WebhookEventType): string {
  return wireNames.get(type) ?? type;
}
