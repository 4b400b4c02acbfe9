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
import { type PreparedContent, type TemplateService, partnerOf, templateUserError } from '../templates';
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

/** A page of the selection sorted into those a message would reach (with their address) and those left out, by reason. */
interface SortedRecipients {
  reachable: { recipient: Recipient; address: string }[];
  skipped: Skipped;
}

/** What a whole selection came to, page by page. */
interface Tally {
  selected: number;
  reachable: number;
  skipped: Skipped;
}

/** An expected refusal inside a bulk send's transaction: rolls back the batch and every message written. */
class Refusal extends Error {
  constructor(readonly userErrors: MessageBulkSendPayload['userErrors']) {
    super('refused');
  }
}

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
    /** Recipients read from accounts per page; a page's messages are written while the next is read. */
    private readonly pageSize: number,
  ) {}

  /**
   * Selects the customers (a list of ids, or the customer list's filter, resolved by accounts) a
   * page at a time, leaves out those closed, opted out or without an address, renders the message
   * for each and queues each page's set-based while accounts reads the next, all in one
   * transaction with the batch: a refusal found on a later page (too many, a named customer not
   * found) leaves nothing behind.
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
    // The content is checked once the first page has shown the selection to be the caller's, so a
    // named customer that is not found is answered as such whatever else is wrong.
    let content: Promise<PreparedContent> | undefined;
    const prepare = async () => {
      const prepared = await (content ??= this.templates.prepare(partnerId, command));
      if (!prepared.ok) throw new Refusal(prepared.userErrors);
      return prepared;
    };
    const batchId = newId();
    try {
      await this.dataSource.transaction(async (manager) => {
        const tally = await this.walk(context, partnerId, command, async (reachable) => {
          const { template, templateKey } = await prepare();
          const messages: NewMessage[] = [];
          try {
            for (const { recipient, address } of reachable) {
              const rendered = template.render(recipientVariables(recipient));
              messages.push({
                customerId: recipient.id,
                channel: command.channel,
                recipient: address,
                subject: rendered.subject,
                body: rendered.text,
                htmlBody: rendered.html,
                templateKey,
                batchId,
              });
            }
          } catch (err) {
            throw new Refusal([templateUserError(err)]);
          }
          if (messages.length > 0) await this.messages.enqueue(manager, partnerId, messages, 'BULK');
        });
        const { templateKey } = await prepare();
        if (tally.reachable === 0) {
          throw new Refusal([
            userError(
              BatchErrorCode.BATCH_EMPTY,
              tally.selected === 0
                ? 'No customer matches this selection.'
                : `None of the ${tally.selected} selected customers can receive it (no address, closed or opted out).`,
            ),
          ]);
        }
        const { skipped } = tally;
        // Written last, with its totals: its messages name it, and nothing reads them before the commit.
        await manager.getRepository(MessageBatchEntity).insert(
          Object.assign(new MessageBatchEntity(), {
            partnerId,
            id: batchId,
            channel: command.channel,
            templateKey,
            subject: templateKey ? null : (command.subject ?? null),
            status: 'SENDING' as const,
            total: tally.reachable + skipped.noAddress + skipped.closed + skipped.optedOut,
            skippedNoAddress: skipped.noAddress,
            skippedClosed: skipped.closed,
            skippedOptedOut: skipped.optedOut,
            createdBy: JSON.stringify(auditActorOf(context.caller)),
            finishedAt: null,
          }),
        );
        await context.audit(
          {
            action: 'message.bulk-send',
            partnerId,
            targetType: 'message-batch',
            targetId: batchId,
            details: { channel: command.channel, templateKey, queued: tally.reachable, skipped },
          },
          manager,
        );
      });
    } catch (err) {
      if (err instanceof Refusal) return { ...payload, userErrors: err.userErrors };
      throw err;
    }
    return { ...payload, batch: await this.find(context.caller, batchId) };
  }

  /** Counts whom a bulk send to this selection would reach now, and whom it would skip and why; sends nothing. */
  async count(context: RequestContext, input: MessageRecipientCountInput): Promise<MessageRecipientCountPayload> {
    const payload: MessageRecipientCountPayload = Object.assign(new MessageRecipientCountPayload(), {
      count: null,
      userErrors: [],
    });
    const partnerId = partnerOf(context.caller);
    if (!partnerId) {
      return { ...payload, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Messages are sent for a partner.')] };
    }
    const parsed = parseInput(recipientCountSchema, input);
    if (!parsed.ok) return { ...payload, userErrors: parsed.userErrors };
    let tally: Tally;
    try {
      tally = await this.walk(context, partnerId, parsed.value, () => Promise.resolve());
    } catch (err) {
      if (err instanceof Refusal) return { ...payload, userErrors: err.userErrors };
      throw err;
    }
    const count = Object.assign(new MessageRecipientCountType(), {
      selected: tally.reachable + tally.skipped.noAddress + tally.skipped.closed + tally.skipped.optedOut,
      reachable: tally.reachable,
      skipped: Object.assign(new MessageBatchSkippedType(), tally.skipped),
    });
    return { ...payload, count };
  }

  /**
   * Goes through the customers named or matched, as accounts shows them to the caller, a page at a
   * time, handing `onPage` each page's reachable ones. Refuses a selection larger than a batch may
   * be, and a named customer that was not found (named by its place in the list).
   */
  private async walk(
    context: RequestContext,
    partnerId: string,
    command: Pick<BulkSendCommand, 'customerIds' | 'filter' | 'channel'>,
    onPage: (reachable: SortedRecipients['reachable']) => Promise<void>,
  ): Promise<Tally> {
    const named = command.customerIds ? [...new Set(command.customerIds)] : null;
    const tally: Tally = { selected: 0, reachable: 0, skipped: { noAddress: 0, closed: 0, optedOut: 0 } };
    const pages = this.recipients.pages(
      context,
      named ? { customerIds: named } : { filter: command.filter! },
      this.pageSize,
    );
    let pageNumber = 0;
    // The page before is written while this one is sorted: the two use different connections.
    let writing: Promise<void> = Promise.resolve();
    for await (const page of pages) {
      const sorting = this.sort(context.caller, partnerId, command.channel, page);
      // Awaited below, unless a refusal comes first.
      sorting.catch(() => undefined);
      // A refusal of the page before is answered before anything found on this one.
      await writing;
      if (named) {
        // Named customers come a slice of the names per page: one not found is answered at once.
        const found = new Set(page.map((recipient) => recipient.id));
        const slice = named.slice(pageNumber * this.pageSize, (pageNumber + 1) * this.pageSize);
        const notFound = new Set(slice.filter((id) => !found.has(id)));
        if (notFound.size > 0) {
          // The first place a missing customer is named, counted in the list as given.
          const place = command.customerIds!.findIndex((id) => notFound.has(id));
          throw new Refusal([
            userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerIds', String(place)]),
          ]);
        }
      }
      pageNumber++;
      tally.selected += page.length;
      if (tally.selected > MAX_BATCH_SIZE) {
        throw new Refusal([
          userError(BatchErrorCode.BATCH_TOO_LARGE, `A bulk send can reach at most ${MAX_BATCH_SIZE} customers.`),
        ]);
      }
      const { reachable, skipped } = await sorting;
      tally.reachable += reachable.length;
      tally.skipped.noAddress += skipped.noAddress;
      tally.skipped.closed += skipped.closed;
      tally.skipped.optedOut += skipped.optedOut;
      writing = onPage(reachable);
      // Awaited with the next page or after the last, unless a refusal comes first.
      writing.catch(() => undefined);
    }
    await writing;
    return tally;
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
