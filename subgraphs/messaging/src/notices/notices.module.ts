import {
  BALANCE_LOW,
  CUSTOMER_CANCELLATION_SCHEDULED,
  CUSTOMER_CANCELLED,
  CUSTOMER_REENABLED,
  CUSTOMER_SUSPENDED,
  INVOICE_ISSUED,
  INVOICE_OVERDUE,
  MEMBER_INVITED,
  MEMBER_PASSWORD_RESET_REQUESTED,
  WEBHOOK_ENDPOINT_DISABLED,
  balanceLowData,
  customerCancellationData,
  customerStatusChangedData,
  defineModule,
  defineSubscription,
  invoiceEventData,
  memberLinkData,
  webhookEndpointDisabledData,
} from '@clientele/subgraph-kit';
import { messagesModule } from '../messages';
import { recipientsModule } from '../recipients';
import { remindersModule } from '../reminders';
import { type InvoiceNoticeEvent, NoticeService, type StatusNoticeEvent } from './notice.service';

/** Each consumer's own queue, named after its event. */
const queueOf = (event: string) => `messaging.notices.${event.replace(/\./g, '-')}`;

/**
 * Notices on events: account status changes, invitations and password resets, low-credit
 * reminders, issued and overdue invoices, and disabled webhook endpoints, each emailed once from the partner's template.
 */
export const noticesModule = defineModule({
  name: 'notices',
  dependsOn: { messages: messagesModule, recipients: recipientsModule, reminders: remindersModule },
  service: ({ logger }, { messages, recipients, reminders }) =>
    new NoticeService(messages, recipients, reminders, logger),
  subscriptions: (service) => [
    ...([CUSTOMER_SUSPENDED, CUSTOMER_REENABLED, CUSTOMER_CANCELLED] as StatusNoticeEvent[]).map((event) =>
      defineSubscription({
        event,
        queue: queueOf(event),
        data: customerStatusChangedData,
        handle: (received) => service.onStatusChanged(received, event),
        handleBatch: (received) => service.onStatusChanges(received, event),
      }),
    ),
    defineSubscription({
      event: CUSTOMER_CANCELLATION_SCHEDULED,
      queue: queueOf(CUSTOMER_CANCELLATION_SCHEDULED),
      data: customerCancellationData,
      handle: (event) => service.onCancellationScheduled(event),
    }),
    defineSubscription({
      event: MEMBER_INVITED,
      queue: queueOf(MEMBER_INVITED),
      data: memberLinkData,
      handle: (event) => service.onMemberLink(event, 'member-invitation'),
    }),
    defineSubscription({
      event: MEMBER_PASSWORD_RESET_REQUESTED,
      queue: queueOf(MEMBER_PASSWORD_RESET_REQUESTED),
      data: memberLinkData,
      handle: (event) => service.onMemberLink(event, 'member-password-reset'),
    }),
    defineSubscription({
      event: BALANCE_LOW,
      queue: queueOf(BALANCE_LOW),
      data: balanceLowData,
      handle: (event) => service.onBalanceLow(event),
    }),
    ...([INVOICE_ISSUED, INVOICE_OVERDUE] as InvoiceNoticeEvent[]).map((event) =>
      defineSubscription({
        event,
        queue: queueOf(event),
        data: invoiceEventData,
        handle: (received) => service.onInvoice(received, event),
        handleBatch: (received) => service.onInvoices(received, event),
      }),
    ),
    defineSubscription({
      event: WEBHOOK_ENDPOINT_DISABLED,
      queue: queueOf(WEBHOOK_ENDPOINT_DISABLED),
      data: webhookEndpointDisabledData,
      handle: (event) => service.onWebhookEndpointDisabled(event),
    }),
  ],
});
