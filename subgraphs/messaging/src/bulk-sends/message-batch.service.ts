import {
  type Caller,
  type RequestContext,
  UserErrorCode,
  auditActorOf,
  isValidId,
  newId,
  parseInput,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { MessagingCustomers } from '../customer-projection';
import type { BatchCounts, MessageService, NewMessage } from '../messages';
import { type Recipient, type RecipientDirectory, addressOf, recipientVariables } from '../recipients';
import { type TemplateService, partnerOf, templateUserError } from '../templates';
import { MessageBatchEntity } from './message-batch.entity';
import {
  BatchErrorCode,
  type BulkSendCommand,
  MAX_BATCH_SIZE,
  MessageBatchCancelPayload,
  MessageBulkSendInput,
  MessageBulkSendPayload,
  MessageRecipientCountInput,
  MessageRecipientCountPayload,
  bulkSendSchema,
  recipientCountSchema,
} from './message-batch.inputs';
import { MessageBatchSkippedType, MessageBatchType, MessageRecipientCountType } from './message-batch.type';

type Skipped = { noAddress: number; closed: number; optedOut: number };

/** A selection sorted into those a message would reach (with their address) and those left out, by reason. */
interface SortedRecipients {
  reachable: { recipient: Recipient; address: string }[];
  skipped: Skipped;
}

type Selection =
  | { ok: true; partnerId: string; selected: Recipient[] }
  | { ok: false; userErrors: MessageBulkSendPayload['userErrors'] };

function toType(batch: MessageBatchEntity, counts: BatchCounts): MessageBatchType {
  const pending = counts.queued + counts.sending;
  return Object.assign(new MessageBatchType(), {
    id: batch.id,
    channel: batch.channel,
    templateKey: batch.templateKey,
    subject: batch.subject,
    status: batch.status === 'CANCELLED' ? 'CANCELLED' : pending === 0 ? 'DONE' : 'SENDING',
    total: batch.total,
    ...counts,
    // A delivered message was sent first.
    sent: counts.sent + counts.delivered,
    skipped: Object.assign(new MessageBatchSkippedType(), {
      noAddress: batch.skippedNoAddress,
      closed: batch.skippedClosed,
      optedOut: batch.skippedOptedOut,
    }),
    createdAt: batch.createdAt,
  });
}

export class MessageBatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessageService,
    private readonly templates: TemplateService,
    private readonly recipients: RecipientDirectory,
    private readonly customers: Pick<MessagingCustomers, 'notVisible'>,
  ) {}

  /**
   * Selects the customers (a list of ids, or the customer list's filter, resolved by accounts),
   * leaves out those closed, opted out or without an address, renders the message for each and
   * queues them all with the batch in one transaction, set-based.
   */
  async start(context: RequestContext, input: MessageBulkSendInput): Promise<MessageBulkSendPayload> {
    const payload: MessageBulkSendPayload = Object.assign(new MessageBulkSendPayload(), {
      batch: null,
      userErrors: [],
    });
    const partnerId = partnerOf(context.caller);
    if (!partnerId) {
      payload.userErrors = [userError(UserErrorCode.NOT_ALLOWED, 'Messages are sent for a partner.')];
      return payload;
    }
    const parsed = parseInput(bulkSendSchema, input);
    if (!parsed.ok) return { ...payload, userErrors: parsed.userErrors };
    const command = parsed.value;
    const selection = await this.select(context, command);
    if (!selection.ok) return { ...payload, userErrors: selection.userErrors };
    const { selected } = selection;
    const prepared = await this.templates.prepare(partnerId, command);
    if (!prepared.ok) return { ...payload, userErrors: prepared.userErrors };
    if (selected.length > MAX_BATCH_SIZE) {
      payload.userErrors = [
        userError(BatchErrorCode.BATCH_TOO_LARGE, `A bulk send can reach at most ${MAX_BATCH_SIZE} customers.`),
      ];
      return payload;
    }
    const { reachable, skipped } = await this.sort(context.caller, partnerId, command.channel, selected);
    const batchId = newId();
    const messages: NewMessage[] = [];
    try {
      for (const { recipient, address } of reachable) {
        const rendered = prepared.template.render(recipientVariables(recipient));
        messages.push({
          customerId: recipient.id,
          channel: command.channel,
          recipient: address,
          subject: rendered.subject,
          body: rendered.text,
          htmlBody: rendered.html,
          templateKey: prepared.templateKey,
          batchId,
        });
      }
    } catch (err) {
      payload.userErrors = [templateUserError(err)];
      return payload;
    }
    if (messages.length === 0) {
      payload.userErrors = [
        userError(
          BatchErrorCode.BATCH_EMPTY,
          selected.length === 0
            ? 'No customer matches this selection.'
            : `None of the ${selected.length} selected customers can receive it (no address, closed or opted out).`,
        ),
      ];
      return payload;
    }
    const batch = Object.assign(new MessageBatchEntity(), {
      partnerId,
      id: batchId,
      channel: command.channel,
      templateKey: prepared.templateKey,
      subject: prepared.templateKey ? null : (command.subject ?? null),
      status: 'SENDING' as const,
      total: messages.length + skipped.noAddress + skipped.closed + skipped.optedOut,
      skippedNoAddress: skipped.noAddress,
      skippedClosed: skipped.closed,
      skippedOptedOut: skipped.optedOut,
      createdBy: JSON.stringify(auditActorOf(context.caller)),
      finishedAt: null,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(MessageBatchEntity).insert(batch);
      await this.messages.enqueue(manager, partnerId, messages, 'BULK');
      await context.audit(
        {
          action: 'message.bulk-send',
          partnerId,
          targetType: 'message-batch',
          targetId: batchId,
          details: { channel: command.channel, templateKey: prepared.templateKey, queued: messages.length, skipped },
        },
        manager,
      );
    });
    return { ...payload, batch: await this.find(context.caller, batchId) };
  }

  /** Counts whom a bulk send to this selection would reach now, and whom it would skip and why; sends nothing. */
  async count(context: RequestContext, input: MessageRecipientCountInput): Promise<MessageRecipientCountPayload> {
    const payload: MessageRecipientCountPayload = Object.assign(new MessageRecipientCountPayload(), {
      count: null,
      userErrors: [],
    });
    const parsed = parseInput(recipientCountSchema, input);
    if (!parsed.ok) return { ...payload, userErrors: parsed.userErrors };
    const selection = await this.select(context, parsed.value);
    if (!selection.ok) return { ...payload, userErrors: selection.userErrors };
    const { reachable, skipped } = await this.sort(
      context.caller,
      selection.partnerId,
      parsed.value.channel,
      selection.selected,
    );
    const count = Object.assign(new MessageRecipientCountType(), {
      selected: reachable.length + skipped.noAddress + skipped.closed + skipped.optedOut,
      reachable: reachable.length,
      skipped: Object.assign(new MessageBatchSkippedType(), skipped),
    });
    return { ...payload, count };
  }

  /** The customers named or matched, as accounts shows them to the caller; a named one not found is an error. */
  private async select(
    context: RequestContext,
    command: Pick<BulkSendCommand, 'customerIds' | 'filter'>,
  ): Promise<Selection> {
    const partnerId = partnerOf(context.caller);
    if (!partnerId)
      return { ok: false, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Messages are sent for a partner.')] };
    const selected = await this.recipients.select(
      context,
      command.customerIds ? { customerIds: [...new Set(command.customerIds)] } : { filter: command.filter! },
    );
    // A named customer the caller cannot see is answered as one that does not exist, and named.
    if (command.customerIds) {
      const found = new Set(selected.map((recipient) => recipient.id));
      const missing = command.customerIds.findIndex((id) => !found.has(id));
      if (missing >= 0) {
        return {
          ok: false,
          userErrors: [
            userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', [
              'input',
              'customerIds',
              String(missing),
            ]),
          ],
        };
      }
    }
    return { ok: true, partnerId, selected };
  }

  /** Leaves out those closed, opted out of the channel or without an address for it. */
  private async sort(
    caller: Caller,
    partnerId: string,
    channel: BulkSendCommand['channel'],
    selected: Recipient[],
  ): Promise<SortedRecipients> {
    const ids = selected.map((recipient) => recipient.id);
    // Accounts' events reach messaging within moments; a customer created this instant may not have arrived yet.
    const [unknown, optedOut] = await Promise.all([
      this.customers.notVisible(caller, ids),
      this.messages.optedOut(partnerId, ids, channel),
    ]);
    const skipped: Skipped = { noAddress: 0, closed: 0, optedOut: 0 };
    const reachable: SortedRecipients['reachable'] = [];
    for (const recipient of selected) {
      if (unknown.has(recipient.id)) continue;
      if (recipient.status === 'CLOSED') {
        skipped.closed++;
        continue;
      }
      if (optedOut.has(recipient.id)) {
        skipped.optedOut++;
        continue;
      }
      const address = addressOf(recipient, channel);
      if (!address) {
        skipped.noAddress++;
        continue;
      }
      reachable.push({ recipient, address });
    }
    return { reachable, skipped };
  }

  async find(caller: Caller, id: string): Promise<MessageBatchType | null> {
    const partnerId = partnerOf(caller);
    if (!partnerId || !isValidId(id)) return null;
    const batch = await this.dataSource.getRepository(MessageBatchEntity).findOneBy({ partnerId, id });
    if (!batch) return null;
    const counts = await this.messages.batchCounts(partnerId, [id]);
    return toType(batch, counts.get(id)!);
  }

  /** Stops a bulk send: messages not yet with a worker are CANCELLED; the rest finish. */
  async cancel(context: RequestContext, id: string): Promise<MessageBatchCancelPayload> {
    const payload: MessageBatchCancelPayload = Object.assign(new MessageBatchCancelPayload(), {
      batch: null,
      userErrors: [],
    });
    const partnerId = partnerOf(context.caller);
    const current = partnerId ? await this.find(context.caller, id) : null;
    if (!partnerId || !current) {
      payload.userErrors = [userError(UserErrorCode.NOT_FOUND, 'Bulk send not found.', ['input', 'id'])];
      return payload;
    }
    if (current.status !== 'SENDING') {
      payload.userErrors = [
        userError(BatchErrorCode.BATCH_FINISHED, 'This bulk send has already finished or been cancelled.', [
          'input',
          'id',
        ]),
      ];
      return payload;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(MessageBatchEntity)
        .update({ partnerId, id }, { status: 'CANCELLED', finishedAt: new Date() });
      const cancelled = await this.messages.cancelQueued(manager, partnerId, id);
      await context.audit(
        { action: 'message.bulk-cancel', partnerId, targetType: 'message-batch', targetId: id, details: { cancelled } },
        manager,
      );
    });
    return { ...payload, batch: await this.find(context.caller, id) };
  }
}
