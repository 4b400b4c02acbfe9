import {
  type Caller,
  type RequestContext,
  type UserError,
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
import {
  type Recipient,
  type RecipientDirectory,
  type RecipientSelection,
  SelectionRefused,
  addressOf,
  recipientVariables,
} from '../recipients';
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
type SkipKind = keyof Skipped | 'unknown';

/** Why a customer gets no message, in words a person can act on (a bulk action's outcome shows it). */
const SKIP_REASONS: Record<SkipKind, Record<BulkSendCommand['channel'], string>> = {
  noAddress: { EMAIL: 'no email address', SMS: 'no phone number' },
  closed: { EMAIL: 'is closed', SMS: 'is closed' },
  optedOut: { EMAIL: 'opted out of email', SMS: 'opted out of SMS' },
  // Accounts' events reach messaging within moments: a customer created this instant is not known here yet.
  unknown: { EMAIL: 'just added: not reachable yet', SMS: 'just added: not reachable yet' },
};

/** A page of the selection sorted into those a message would reach (with their address) and those left out, by reason. */
interface SortedRecipients {
  reachable: { recipient: Recipient; address: string }[];
  skipped: Skipped;
  /** Every customer left out, with why, the unknown ones included. */
  left: { id: string; kind: SkipKind }[];
}

/** What a whole selection came to, page by page. */
interface Tally {
  selected: number;
  reachable: number;
  skipped: Skipped;
  /** Customers not yet known here, left out without counting among the skipped. */
  unknown: number;
}

/** Whom a bulk send reached and whom it left out, customer by customer: what a bulk action on customers records. */
export interface SendOutcomes {
  batchId: string;
  queued: string[];
  /** `[reason, customer ids]`, one entry per reason. */
  skipped: [string, string[]][];
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
    const sent = await this.send(context, partnerId, parsed.value, false);
    if (!sent.ok) return { ...payload, userErrors: sent.userErrors };
    return { ...payload, batch: await this.find(context.caller, sent.outcomes.batchId) };
  }

  /**
   * A bulk send that accounts starts for a bulk action on customers (the caller's own request,
   * passed through): the same send as `messageBulkSend`, answering whom it queued a message for
   * and whom it left out and why, customer by customer.
   */
  async startForCustomers(
    context: RequestContext,
    command: BulkSendCommand,
  ): Promise<{ ok: true; outcomes: SendOutcomes } | { ok: false; userErrors: UserError[] }> {
    const partnerId = partnerOf(context.caller);
    if (!partnerId)
      return { ok: false, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Messages are sent for a partner.')] };
    return this.send(context, partnerId, command, true);
  }

  /**
   * Selects the customers, renders and queues a message for each reachable one, a page at a time,
   * and writes the batch, all in one transaction; `collect` also keeps who was queued and who
   * left out, by reason.
   */
  private async send(
    context: RequestContext,
    partnerId: string,
    command: BulkSendCommand,
    collect: boolean,
  ): Promise<{ ok: true; outcomes: SendOutcomes } | { ok: false; userErrors: UserError[] }> {
    // The content is checked once the first page has shown the selection to be the caller's, so a
    // named customer that is not found is answered as such whatever else is wrong.
    let content: Promise<PreparedContent> | undefined;
    const prepare = async () => {
      const prepared = await (content ??= this.templates.prepare(partnerId, command));
      if (!prepared.ok) throw new Refusal(prepared.userErrors);
      return prepared;
    };
    const batchId = newId();
    const outcomes: SendOutcomes = { batchId, queued: [], skipped: [] };
    const left = new Map<string, string[]>();
    try {
      await this.dataSource.transaction(async (manager) => {
        const tally = await this.walk(context, partnerId, command, async (reachable, leftOut) => {
          if (collect) {
            for (const { id, kind } of leftOut) {
              const reason = SKIP_REASONS[kind][command.channel];
              left.set(reason, [...(left.get(reason) ?? []), id]);
            }
          }
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
          if (collect) outcomes.queued.push(...reachable.map(({ recipient }) => recipient.id));
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
      if (err instanceof Refusal) return { ok: false, userErrors: err.userErrors };
      throw err;
    }
    outcomes.skipped = [...left];
    return { ok: true, outcomes };
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
   * Counts for a bulk action's preview, by the same rules as `startForCustomers`: how many would
   * get a message, and how many would not, by the reason each outcome would give.
   */
  async countForCustomers(
    context: RequestContext,
    command: Pick<BulkSendCommand, 'customerIds' | 'filter' | 'excludeIds' | 'channel'>,
  ): Promise<
    | { ok: true; selected: number; reachable: number; skipped: [string, number][] }
    | { ok: false; userErrors: UserError[] }
  > {
    const partnerId = partnerOf(context.caller);
    if (!partnerId)
      return { ok: false, userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'Messages are sent for a partner.')] };
    let tally: Tally;
    try {
      tally = await this.walk(context, partnerId, command, () => Promise.resolve());
    } catch (err) {
      if (err instanceof Refusal) return { ok: false, userErrors: err.userErrors };
      throw err;
    }
    const skipped = new Map<string, number>();
    const kinds: [SkipKind, number][] = [
      ...(Object.entries(tally.skipped) as [SkipKind, number][]),
      ['unknown', tally.unknown],
    ];
    for (const [kind, count] of kinds) {
      const reason = SKIP_REASONS[kind][command.channel];
      if (count > 0) skipped.set(reason, (skipped.get(reason) ?? 0) + count);
    }
    return { ok: true, selected: tally.selected, reachable: tally.reachable, skipped: [...skipped] };
  }

  /**
   * Goes through the customers named or matched, as accounts shows them to the caller, a page at a
   * time, handing `onPage` each page's reachable ones. Refuses a selection larger than a batch may
   * be, and a named customer that was not found (named by its place in the list).
   */
  private async walk(
    context: RequestContext,
    partnerId: string,
    command: Pick<BulkSendCommand, 'customerIds' | 'filter' | 'excludeIds' | 'channel'>,
    onPage: (reachable: SortedRecipients['reachable'], left: SortedRecipients['left']) => Promise<void>,
  ): Promise<Tally> {
    const excluded = new Set(command.excludeIds ?? []);
    // Named customers left out are simply not named: none of them is "not found".
    const named = command.customerIds ? [...new Set(command.customerIds)].filter((id) => !excluded.has(id)) : null;
    const tally: Tally = { selected: 0, reachable: 0, skipped: { noAddress: 0, closed: 0, optedOut: 0 }, unknown: 0 };
    const selection: RecipientSelection = named
      ? { customerIds: named }
      : { filter: command.filter ?? {}, ...(excluded.size > 0 ? { excludeIds: [...excluded] } : {}) };
    const pages = this.recipients.pages(context, selection, this.pageSize);
    let pageNumber = 0;
    // The page before is written while this one is sorted: the two use different connections.
    let writing: Promise<void> = Promise.resolve();
    for await (const page of this.refusing(pages)) {
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
      const { reachable, skipped, left } = await sorting;
      tally.reachable += reachable.length;
      tally.unknown += left.filter((row) => row.kind === 'unknown').length;
      tally.skipped.noAddress += skipped.noAddress;
      tally.skipped.closed += skipped.closed;
      tally.skipped.optedOut += skipped.optedOut;
      writing = onPage(reachable, left);
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
    const left: SortedRecipients['left'] = [];
    for (const recipient of selected) {
      const address = addressOf(recipient, channel);
      const kind: SkipKind | null = unknown.has(recipient.id)
        ? 'unknown'
        : recipient.status === 'CLOSED'
          ? 'closed'
          : optedOut.has(recipient.id)
            ? 'optedOut'
            : !address
              ? 'noAddress'
              : null;
      if (kind === null) reachable.push({ recipient, address: address! });
      else {
        left.push({ id: recipient.id, kind });
        if (kind !== 'unknown') skipped[kind]++;
      }
    }
    return { reachable, skipped, left };
  }

  /** The pages, with a filter accounts refused answered as this send's refusal, its fields under `input`. */
  private async *refusing(pages: AsyncGenerator<Recipient[]>): AsyncGenerator<Recipient[]> {
    try {
      yield* pages;
    } catch (err) {
      if (!(err instanceof SelectionRefused)) throw err;
      throw new Refusal(
        err.userErrors.map((error) =>
          userError(error.code, error.message, error.field ? ['input', ...error.field] : null),
        ),
      );
    }
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
