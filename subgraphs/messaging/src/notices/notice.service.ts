import {
  type BalanceLowData,
  type CustomerCancellationData,
  type CustomerStatusChangedData,
  type DomainEvent,
  type InvoiceEventData,
  type Logger,
  type MemberLinkData,
  type WebhookEndpointDisabledData,
  groupBy,
} from '@clientele/subgraph-kit';
import type { MessageService, NoticeRequest, NoticeResult } from '../messages';
import type { Recipient, RecipientDirectory } from '../recipients';
import type { LowCreditReminderService } from '../reminders';
import { formatMinor } from './money';

/** The template each customer status event is told with. */
export const STATUS_NOTICE_TEMPLATES = {
  'customer.suspended': 'customer-suspended',
  'customer.reenabled': 'customer-reenabled',
  'customer.cancelled': 'customer-cancelled',
} as const;

export type StatusNoticeEvent = keyof typeof STATUS_NOTICE_TEMPLATES;

/** The template each invoice event the account holder hears of is told with; paid and voided send nothing. */
export const INVOICE_NOTICE_TEMPLATES = {
  'invoice.issued': 'invoice-issued',
  'invoice.overdue': 'invoice-overdue',
} as const;

export type InvoiceNoticeEvent = keyof typeof INVOICE_NOTICE_TEMPLATES;

/**
 * Tells people what happened to an account, by email, from the partner's template of each notice
 * (or the shipped default): the account holder on a status change, a low balance or an issued or
 * overdue invoice, the member on
 * an invitation or a password reset, the partner's owners on a disabled webhook endpoint.
 *
 * Each notice's key is made from its event's id (and its address, where one event writes to
 * several), so a redelivered event finds its notices recorded and sends nothing twice. Addresses
 * come from accounts, asked as this service for the event's partner only.
 */
export class NoticeService {
  constructor(
    private readonly messages: MessageService,
    private readonly recipients: RecipientDirectory,
    private readonly reminders: LowCreditReminderService,
    private readonly logger: Logger,
  ) {}

  async onStatusChanged(event: DomainEvent<CustomerStatusChangedData>, type: StatusNoticeEvent): Promise<void> {
    await this.onStatusChanges([event], type);
  }

  /** A batch of status changes (a bulk suspension's), as `onStatusChanged` tells each. */
  async onStatusChanges(events: readonly DomainEvent<CustomerStatusChangedData>[], type: StatusNoticeEvent) {
    await this.toHolders(events, STATUS_NOTICE_TEMPLATES[type], (event) => ({ reason: event.data.reason }));
  }

  async onCancellationScheduled(event: DomainEvent<CustomerCancellationData>): Promise<void> {
    await this.toHolders([event], 'customer-cancellation-scheduled', () => ({
      reason: event.data.reason,
      effectiveAt: event.data.effectiveAt,
    }));
  }

  /** An issued or overdue invoice, told to the account holder with its amounts in the invoice's currency. */
  async onInvoice(event: DomainEvent<InvoiceEventData>, type: InvoiceNoticeEvent): Promise<void> {
    await this.onInvoices([event], type);
  }

  /** A batch of invoice events (a billing run's), as `onInvoice` tells each. */
  async onInvoices(events: readonly DomainEvent<InvoiceEventData>[], type: InvoiceNoticeEvent): Promise<void> {
    await this.toHolders(events, INVOICE_NOTICE_TEMPLATES[type], invoiceVariables);
  }

  /** An invitation or a password reset goes to the member it was made for, with its link. */
  async onMemberLink(event: DomainEvent<MemberLinkData>, template: 'member-invitation' | 'member-password-reset') {
    const { customerId, name, email, link, expiresAt } = event.data;
    const recipient = await this.customer(event.partnerId, customerId);
    if (!recipient) return this.skip(event, template, 'the customer is not found');
    const address = email.trim() || null;
    this.log(
      event,
      template,
      await this.messages.sendNotice({
        ...this.notice(event, template, recipient),
        key: event.id,
        to: address,
        noAddressReason: 'Not sent: the member has no email address; the link was shown to the operator.',
        variables: { 'member.name': name, 'member.email': address, link, expiresAt },
      }),
    );
  }

  /** The low-credit reminder, to the reminder's own addresses, or the account holder's when it names none. */
  async onBalanceLow(event: DomainEvent<BalanceLowData>): Promise<void> {
    const { customerId, currency, balanceMinor, thresholdMinor } = event.data;
    const recipient = await this.customer(event.partnerId, customerId);
    if (!recipient) return this.skip(event, 'low-credit', 'the customer is not found');
    const addresses = await this.reminders.recipientsFor(event.partnerId, customerId);
    const variables = {
      'customer.balance': formatMinor(balanceMinor, currency),
      threshold: formatMinor(thresholdMinor, currency),
    };
    if (addresses.length === 0) {
      this.log(
        event,
        'low-credit',
        await this.messages.sendNotice({ ...this.notice(event, 'low-credit', recipient), key: event.id, variables }),
      );
      return;
    }
    for (const address of addresses) {
      this.log(
        event,
        'low-credit',
        await this.messages.sendNotice({
          ...this.notice(event, 'low-credit', recipient),
          key: `${event.id}:${address.toLowerCase()}`,
          to: address,
          variables,
        }),
      );
    }
  }

  /** A disabled webhook endpoint concerns the partner's setup: its owners hear of it, each by name. */
  async onWebhookEndpointDisabled(event: DomainEvent<WebhookEndpointDisabledData>): Promise<void> {
    const owners = await this.recipients.ownersOf(event.partnerId);
    if (owners.length === 0) return this.skip(event, 'webhook-endpoint-disabled', 'the partner has no active owner');
    for (const owner of owners) {
      this.log(
        event,
        'webhook-endpoint-disabled',
        await this.messages.sendNotice({
          partnerId: event.partnerId,
          customerId: null,
          template: 'webhook-endpoint-disabled',
          channel: 'EMAIL',
          priority: 'transactional',
          key: `${event.id}:${owner.email.toLowerCase()}`,
          to: owner.email,
          variables: {
            'member.name': owner.name,
            'member.email': owner.email,
            'endpoint.url': event.data.url,
            reason: event.data.reason,
            failingSince: event.data.failingSince,
          },
        }),
      );
    }
  }

  /**
   * Each event's notice to its customer's account holder, keyed by the event; the holders of a
   * partner's events are asked of accounts in one call.
   */
  private async toHolders<TEvent extends DomainEvent<{ customerId: string }>>(
    events: readonly TEvent[],
    template: string,
    variablesOf: (event: TEvent) => Record<string, string | null>,
  ): Promise<void> {
    for (const [partnerId, partnerEvents] of groupBy(events, (event) => event.partnerId)) {
      const customerIds = [...new Set(partnerEvents.map((event) => event.data.customerId))];
      const holders = new Map(
        (await this.recipients.ofPartner(partnerId, customerIds)).map((recipient) => [recipient.id, recipient]),
      );
      for (const event of partnerEvents) {
        const recipient = holders.get(event.data.customerId);
        if (!recipient) {
          this.skip(event, template, 'the customer is not found');
          continue;
        }
        this.log(
          event,
          template,
          await this.messages.sendNotice({
            ...this.notice(event, template, recipient),
            key: event.id,
            variables: variablesOf(event),
          }),
        );
      }
    }
  }

  private notice(
    event: DomainEvent<unknown>,
    template: string,
    recipient: Recipient,
  ): NoticeRequest & { recipient: Recipient } {
    return {
      partnerId: event.partnerId,
      customerId: recipient.id,
      recipient,
      template,
      channel: 'EMAIL',
      priority: 'transactional',
    };
  }

  private async customer(partnerId: string, customerId: string): Promise<Recipient | null> {
    const [recipient] = await this.recipients.ofPartner(partnerId, [customerId]);
    return recipient ?? null;
  }

  private skip(event: DomainEvent<unknown>, template: string, why: string): void {
    this.logger.warn(
      { event: event.type, eventId: event.id, partnerId: event.partnerId, template },
      `notice not sent: ${why}`,
    );
  }

  private log(event: DomainEvent<unknown>, template: string, result: NoticeResult): void {
    const fields = { event: event.type, eventId: event.id, partnerId: event.partnerId, template };
    if (result.sent) this.logger.info({ ...fields, messageId: result.messageId }, 'notice queued');
    else if (result.reason === 'ALREADY_SENT') this.logger.info(fields, 'notice already recorded for this event');
    else this.logger.warn({ ...fields, reason: result.reason, messageId: result.messageId }, 'notice not sent');
  }
}

function invoiceVariables(event: DomainEvent<InvoiceEventData>): Record<string, string | null> {
  const { number, currency, totalMinor, amountDueMinor, dueDate } = event.data;
  return {
    'invoice.number': number,
    'invoice.total': formatMinor(totalMinor, currency),
    'invoice.amountDue': formatMinor(amountDueMinor, currency),
    'invoice.dueDate': dueDate,
  };
}
