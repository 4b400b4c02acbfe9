/**
 * The domain events a partner app can subscribe an endpoint to, by the name GraphQL gives each.
 * The webhook's `type` is the domain event's own name, as Standard Webhooks suggests
 * (`customer.created`). Invoice and message events arrive as those domains publish them.
 */
export const WEBHOOK_EVENTS = {
  CUSTOMER_CREATED: 'customer.created',
  CUSTOMER_UPDATED: 'customer.updated',
  CUSTOMER_SUSPENDED: 'customer.suspended',
  CUSTOMER_REENABLED: 'customer.reenabled',
  CUSTOMER_CANCELLED: 'customer.cancelled',
  CUSTOMER_CLOSED: 'customer.closed',
  BALANCE_LOW: 'balance.low',
  INVOICE_ISSUED: 'invoice.issued',
  INVOICE_OVERDUE: 'invoice.overdue',
  INVOICE_PAID: 'invoice.paid',
  MESSAGE_FAILED: 'message.failed',
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[WebhookEventType];

export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as WebhookEventType[];

const TYPE_BY_NAME = new Map(Object.entries(WEBHOOK_EVENTS).map(([type, name]) => [name, type as WebhookEventType]));

export function webhookEventTypeOf(name: string): WebhookEventType | undefined {
  return TYPE_BY_NAME.get(name as WebhookEventName);
}
