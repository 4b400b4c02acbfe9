import {
  type Caller,
  type EventBus,
  type KeysetSeek,
  MESSAGES_SENT,
  type MessagesSentData,
  type Logger,
  type RequestContext,
  UserErrorCode,
  isValidId,
  keysetSeekSql,
  newId,
  parseInput,
  scopeConditions,
  scopeOf,
  timestampOrder,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { MessageChannel } from '../channels';
import { type Recipient, type RecipientDirectory, addressOf, recipientVariables } from '../recipients';
import { type TemplateService, MissingVariableError, blankVariables, partnerOf, templateUserError } from '../templates';
import { BULK_JOB_SIZE, type DeliveryJob, type DeliveryQueue } from './delivery-queue';
import {
  MESSAGE_CHANNELS,
  MessageAttemptEntity,
  MessageEntity,
  type MessagePriority,
  type MessageStatus,
  OptOutEntity,
} from './message.entity';
import { MessageErrorCode, MessageSendInput, MessageSendPayload, messageSendSchema } from './message.inputs';
import { type MessageFilter, toMessageType } from './message.type';

/** Newest first, as `messages_by_customer` (partner_id, customer_id, created_at, id) is ordered. */
export const messageOrder = timestampOrder<MessageEntity>('m', 'created_at', (row) => row.createdAt, true);

/** A message to create: rendered already, addressed, for one customer (or, for a notice to the partner, none). */
export interface NewMessage {
  id?: string;
  customerId: string | null;
  channel: MessageChannel;
  recipient: string;
  subject: string | null;
  body: string;
  htmlBody: string | null;
  templateKey: string | null;
  batchId?: string | null;
  noticeKey?: string | null;
}

/** A notice another module asks to send (a suspension, a password reset, a low balance). */
export interface NoticeRequest {
  partnerId: string;
  /** Null for a notice about no customer (to the partner's owners); then `to` is required. */
  customerId: string | null;
  /**
   * Made from the event the notice answers: a second notice with the same key is not sent, so a
   * redelivered event sends nothing twice.
   */
  key?: string;
  /** The customer as accounts gave it, when the caller already asked; otherwise looked up with `context`. */
  recipient?: Recipient | null;
  /** A template key; the partner's own template of that key, else the shipped default. */
  template: string;
  channel: MessageChannel;
  /** Values for the template's variables beyond the customer's own, e.g. `{ link, expiresAt }`. */
  variables?: Record<string, string | null>;
  /**
   * The address; left out, the account holder's (looked up in accounts as `context`'s caller);
   * null when the person it is for has none, so it is recorded as not sent.
   */
  to?: string | null;
  /** Why it could not go when `to` is null, for the customer's history. */
  noAddressReason?: string;
  /** Needed only when `to` is not given. */
  context?: RequestContext;
  /** Transactional notices have their own workers and never wait behind a bulk send. */
  priority?: 'transactional' | 'bulk';
}

export type NoticeResult =
  | { sent: true; messageId: string }
  | {
      sent: false;
      reason: 'NO_ADDRESS' | 'CUSTOMER_NOT_FOUND' | 'TEMPLATE_NOT_FOUND' | 'TEMPLATE_VARIABLE_MISSING' | 'ALREADY_SENT';
      /** A notice that could not go is still recorded, FAILED with the reason, in the customer's history. */
      messageId?: string;
    };

/** Why a notice was recorded without being sent, as the customer's history shows it. */
const NO_ADDRESS_ERROR = {
  EMAIL: 'Not sent: no email address for this customer or its account holder.',
  SMS: 'Not sent: no phone number for this customer or its account holder.',
} as const;

/** A message a worker has claimed and must hand to its provider now. */
export interface ClaimedMessage {
  id: string;
  partnerId: string;
  customerId: string;
  channel: MessageChannel;
  recipient: string;
  subject: string | null;
  body: string;
  htmlBody: string | null;
  attempts: number;
  /** Stable across attempts: the email's Message-ID and the SMS provider's idempotency key. */
  idempotencyKey: string;
}

export type DeliveryOutcome =
  | { id: string; outcome: 'SENT'; providerMessageId: string | null }
  | { id: string; outcome: 'RETRY' | 'FAILED'; error: string };

export interface BatchCounts {
  queued: number;
  sending: number;
  sent: number;
  delivered: number;
  failed: number;
  cancelled: number;
}

const UNKNOWN_OUTCOME =
  'Delivery outcome unknown: the worker stopped while the provider had the message, so it was not sent again.';

/** The rows an UPDATE … RETURNING gave: TypeORM answers `[rows, affected]` for UPDATE and DELETE. */
function returned<TRow>(result: unknown): TRow[] {
  const answer = result as [TRow[], number] | TRow[];
  return Array.isArray(answer[0]) ? answer[0] : (answer as TRow[]);
}

export function idempotencyKeyOf(messageId: string): string {
  return `${messageId}@clientele`;
}

export class MessageService {
  constructor(
    private readonly dataSource: DataSource,
    readonly queue: DeliveryQueue,
    private readonly templates: TemplateService,
    private readonly recipients: RecipientDirectory,
    private readonly logger: Logger,
    // Without a bus (seeding), outcomes are recorded without announcing them.
    private readonly events?: EventBus,
  ) {}

  // Reading ---------------------------------------------------------------------------------

  /**
   * A page of messages for each of these customers, in one statement: for each customer a LATERAL
   * subquery seeks past the cursor in the index and stops after the page and one row more. The
   * customers were already checked as visible to the caller.
   */
  async pagesFor(
    caller: Caller,
    customerIds: readonly string[],
    seek: KeysetSeek,
    filter: MessageFilter = {},
  ): Promise<MessageEntity[]> {
    const page = keysetSeekSql(messageOrder, seek);
    const { where, parameters } = this.inScope(
      caller,
      filter,
      'm.customer_id = owner.customer_id',
      ...(page.condition ? [page.condition] : []),
    );
    const rows = await this.query<MessageEntity>(
      `SELECT m.partner_id AS "partnerId", m.id, m.customer_id AS "customerId", m.channel, m.recipient, m.subject,
              m.body, m.html_body AS "htmlBody", m.status, m.batch_id AS "batchId", m.template_key AS "templateKey",
              m.priority, m.attempts, m.last_error AS "lastError", m.provider_message_id AS "providerMessageId",
              m.sent_at AS "sentAt", m.delivered_at AS "deliveredAt", m.failed_at AS "failedAt",
              m.created_at AS "createdAt"
         FROM unnest(:customerIds::uuid[]) WITH ORDINALITY AS owner (customer_id, ordinal)
        CROSS JOIN LATERAL (
              SELECT * FROM ${this.table} m
               WHERE ${where}
               ORDER BY ${page.orderBy}
               LIMIT :pageLimit
              ) m
        ORDER BY owner.ordinal, ${page.orderBy}`,
      { ...parameters, ...page.parameters, customerIds, pageLimit: page.limit },
    );
    return rows.map((row) => Object.assign(new MessageEntity(), row));
  }

  /** How many messages each of these customers has, in one grouped statement; customers with none are absent. */
  async countsFor(
    caller: Caller,
    customerIds: readonly string[],
    filter: MessageFilter = {},
  ): Promise<Map<string, number>> {
    const { where, parameters } = this.inScope(caller, filter, 'm.customer_id = ANY(:customerIds::uuid[])');
    const rows = await this.query<{ customerId: string; count: number }>(
      `SELECT m.customer_id AS "customerId", count(*)::int AS count
         FROM ${this.table} m
        WHERE ${where}
        GROUP BY m.customer_id`,
      { ...parameters, customerIds },
    );
    return new Map(rows.map((row) => [row.customerId, row.count]));
  }

  /**
   * When each of these customers was last sent a message, for accounts' search projection to
   * rebuild from; customers never sent one are absent. Scoped to the caller.
   */
  async lastSentTo(caller: Caller, customerIds: readonly string[]): Promise<{ customerId: string; sentAt: string }[]> {
    const { where, parameters } = this.inScope(
      caller,
      {},
      'm.customer_id = ANY(:customerIds::uuid[])',
      'm.sent_at IS NOT NULL',
    );
    const rows = await this.query<{ customerId: string; sentAt: Date }>(
      `SELECT m.customer_id AS "customerId", max(m.sent_at) AS "sentAt"
         FROM ${this.table} m
        WHERE ${where}
        GROUP BY m.customer_id`,
      { ...parameters, customerIds: customerIds.filter(isValidId) },
    );
    return rows.map((row) => ({ customerId: row.customerId, sentAt: row.sentAt.toISOString() }));
  }

  /** Each status's count among a batch's messages. */
  async batchCounts(partnerId: string, batchIds: readonly string[]): Promise<Map<string, BatchCounts>> {
    const rows = await this.dataSource.query<{ batchId: string; status: MessageStatus; count: number }[]>(
      `SELECT batch_id AS "batchId", status, count(*)::int AS count
         FROM ${this.table}
        WHERE partner_id = $1 AND batch_id = ANY($2::uuid[])
        GROUP BY batch_id, status`,
      [partnerId, batchIds],
    );
    const counts = new Map<string, BatchCounts>();
    for (const batchId of batchIds) {
      counts.set(batchId, { queued: 0, sending: 0, sent: 0, delivered: 0, failed: 0, cancelled: 0 });
    }
    for (const row of rows) {
      const entry = counts.get(row.batchId)!;
      entry[row.status.toLowerCase() as keyof BatchCounts] = row.count;
    }
    return counts;
  }

  /** Of these customers, those who opted out of bulk messages on the channel. */
  async optedOut(partnerId: string, customerIds: readonly string[], channel: MessageChannel): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ customerId: string }[]>(
      `SELECT customer_id AS "customerId" FROM ${this.dataSource.getMetadata(OptOutEntity).tablePath}
        WHERE partner_id = $1 AND channel = $2 AND customer_id = ANY($3::uuid[])`,
      [partnerId, channel, customerIds],
    );
    return new Set(rows.map((row) => row.customerId));
  }

  // Sending ---------------------------------------------------------------------------------

  /** An email or SMS to one customer, from a template or a text written for it. */
  async send(context: RequestContext, input: MessageSendInput): Promise<MessageSendPayload> {
    const payload: MessageSendPayload = Object.assign(new MessageSendPayload(), { message: null, userErrors: [] });
    const partnerId = partnerOf(context.caller);
    if (!partnerId) {
      payload.userErrors = [userError(UserErrorCode.NOT_ALLOWED, 'Messages are sent for a partner.')];
      return payload;
    }
    const parsed = parseInput(messageSendSchema, input);
    if (!parsed.ok) return { ...payload, userErrors: parsed.userErrors };
    const command = parsed.value;
    // The customer first: another tenant's id is answered exactly as a missing one, whatever else is wrong.
    const recipient = await this.recipients.one(context, command.customerId);
    if (!recipient) {
      payload.userErrors = [userError(UserErrorCode.NOT_FOUND, 'Customer not found.', ['input', 'customerId'])];
      return payload;
    }
    const prepared = await this.templates.prepare(partnerId, command);
    if (!prepared.ok) return { ...payload, userErrors: prepared.userErrors };
    const address = command.to ?? addressOf(recipient, command.channel);
    if (!address) {
      payload.userErrors = [
        userError(
          MessageErrorCode.NO_ADDRESS,
          command.channel === 'EMAIL' ? 'This customer has no email address.' : 'This customer has no phone number.',
          ['input', 'customerId'],
        ),
      ];
      return payload;
    }
    let rendered;
    try {
      rendered = prepared.template.render(recipientVariables(recipient));
    } catch (err) {
      payload.userErrors = [templateUserError(err)];
      return payload;
    }
    const message: NewMessage = {
      id: newId(),
      customerId: recipient.id,
      channel: command.channel,
      recipient: address,
      subject: rendered.subject,
      body: rendered.text,
      htmlBody: rendered.html,
      templateKey: prepared.templateKey,
    };
    await this.dataSource.transaction(async (manager) => {
      await this.enqueue(manager, partnerId, [message], 'TRANSACTIONAL');
      await context.audit(
        {
          action: 'message.send',
          partnerId,
          targetType: 'customer',
          targetId: recipient.id,
          details: { messageId: message.id, channel: command.channel, templateKey: prepared.templateKey },
        },
        manager,
      );
    });
    const [stored] = await this.dataSource.getRepository(MessageEntity).findBy({ partnerId, id: message.id! });
    payload.message = toMessageType(stored!);
    return payload;
  }

  /**
   * The front door for notices: renders the partner's template for the customer and queues it,
   * inside `transaction` when given (so a rolled-back change sends nothing). Expected refusals
   * are answered, not thrown, so an event handler can log them and move on.
   */
  async sendNotice(notice: NoticeRequest, transaction?: EntityManager): Promise<NoticeResult> {
    if (notice.key && (await this.noticeSent(notice.partnerId, notice.key, transaction))) {
      return { sent: false, reason: 'ALREADY_SENT' };
    }
    const prepared = await this.templates.prepare(notice.partnerId, {
      channel: notice.channel,
      templateKey: notice.template,
    });
    if (!prepared.ok) return { sent: false, reason: 'TEMPLATE_NOT_FOUND' };
    let recipient: Recipient | null = notice.recipient ?? null;
    if (!recipient && notice.context && notice.customerId) {
      recipient = await this.recipients.one(notice.context, notice.customerId);
    }
    if (!recipient && notice.to === undefined) return { sent: false, reason: 'CUSTOMER_NOT_FOUND' };
    const address = notice.to !== undefined ? notice.to : recipient ? addressOf(recipient, notice.channel) : null;
    let rendered;
    try {
      // A variable the notice has no value for reads empty; only one no template may use is an error.
      rendered = prepared.template.render({
        ...blankVariables(),
        ...(recipient ? recipientVariables(recipient) : {}),
        ...notice.variables,
      });
    } catch (err) {
      if (err instanceof MissingVariableError) return { sent: false, reason: 'TEMPLATE_VARIABLE_MISSING' };
      throw err;
    }
    const message: NewMessage = {
      id: newId(),
      customerId: notice.customerId,
      channel: notice.channel,
      recipient: address ?? '',
      subject: rendered.subject,
      body: rendered.text,
      htmlBody: rendered.html,
      templateKey: notice.template,
      noticeKey: notice.key ?? null,
    };
    const priority: MessagePriority = notice.priority === 'bulk' ? 'BULK' : 'TRANSACTIONAL';
    const store = async (manager: EntityManager) => {
      if (address) await this.enqueue(manager, notice.partnerId, [message], priority);
      else {
        const reason = notice.noAddressReason ?? NO_ADDRESS_ERROR[notice.channel];
        await this.recordUnsent(manager, notice.partnerId, message, priority, reason);
      }
    };
    if (transaction) await store(transaction);
    else await this.dataSource.transaction(store);
    if (!address) return { sent: false, reason: 'NO_ADDRESS', messageId: message.id! };
    return { sent: true, messageId: message.id! };
  }

  /** Whether a notice with this key was already recorded, sent or not. */
  private async noticeSent(partnerId: string, key: string, transaction?: EntityManager): Promise<boolean> {
    const rows = await (transaction ?? this.dataSource.manager).query<unknown[]>(
      `SELECT 1 FROM ${this.table} WHERE partner_id = $1 AND notice_key = $2`,
      [partnerId, key],
    );
    return rows.length > 0;
  }

  /**
   * Keeps a notice that cannot go (no address) in the customer's history as FAILED with the
   * reason, so the operator sees why nothing arrived; no delivery job is made for it. Its notice
   * key is kept too, so a redelivered event does not record it again.
   */
  private async recordUnsent(
    transaction: EntityManager,
    partnerId: string,
    message: NewMessage,
    priority: MessagePriority,
    reason: string,
  ): Promise<void> {
    await transaction.query(
      `INSERT INTO ${this.table}
         (partner_id, id, customer_id, channel, recipient, subject, body, html_body, template_key, notice_key,
          priority, status, last_error, failed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'FAILED', $12, now())`,
      [
        partnerId,
        message.id,
        message.customerId,
        message.channel,
        message.recipient,
        message.subject,
        message.body,
        message.htmlBody,
        message.templateKey,
        message.noticeKey ?? null,
        priority,
        reason,
      ],
    );
  }

  /**
   * Stores messages and their delivery jobs with `transaction`, set-based: one INSERT per 10,000
   * messages and one for all the jobs, so 100,000 messages take a handful of statements.
   */
  async enqueue(
    transaction: EntityManager,
    partnerId: string,
    messages: NewMessage[],
    priority: MessagePriority,
  ): Promise<string[]> {
    const ids = messages.map((message) => message.id ?? newId());
    const CHUNK = 10_000;
    for (let start = 0; start < messages.length; start += CHUNK) {
      const chunk = messages.slice(start, start + CHUNK);
      const column = <T>(pick: (message: NewMessage) => T) => chunk.map(pick);
      await transaction.query(
        `INSERT INTO ${this.table}
           (partner_id, id, customer_id, channel, recipient, subject, body, html_body, template_key, batch_id,
            notice_key, priority, status)
         SELECT $1, id, customer_id, channel, recipient, subject, body, html_body, template_key, batch_id, notice_key,
                $2, 'QUEUED'
           FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                       $11::uuid[], $12::text[])
             AS m (id, customer_id, channel, recipient, subject, body, html_body, template_key, batch_id, notice_key)`,
        [
          partnerId,
          priority,
          ids.slice(start, start + CHUNK),
          column((message) => message.customerId),
          column((message) => message.channel),
          column((message) => message.recipient),
          column((message) => message.subject),
          column((message) => message.body),
          column((message) => message.htmlBody),
          column((message) => message.templateKey),
          column((message) => message.batchId ?? null),
          column((message) => message.noticeKey ?? null),
        ],
      );
    }
    const size = priority === 'BULK' ? BULK_JOB_SIZE : 1;
    const jobs: DeliveryJob[] = [];
    for (const channel of MESSAGE_CHANNELS) {
      const ofChannel = ids.filter((_, i) => messages[i]!.channel === channel);
      for (let start = 0; start < ofChannel.length; start += size) {
        jobs.push({ partnerId, channel, messageIds: ofChannel.slice(start, start + size) });
      }
    }
    await this.queue.enqueue(transaction, priority, jobs);
    return ids;
  }

  /** Stops a batch: its messages still waiting are CANCELLED; those already with a worker go on. */
  async cancelQueued(transaction: EntityManager, partnerId: string, batchId: string): Promise<number> {
    const rows = returned<{ id: string }>(
      await transaction.query(
        `UPDATE ${this.table} SET status = 'CANCELLED', updated_at = now()
          WHERE partner_id = $1 AND batch_id = $2 AND status = 'QUEUED'
          RETURNING id`,
        [partnerId, batchId],
      ),
    );
    return rows.length;
  }

  // Delivering ------------------------------------------------------------------------------

  /**
   * Takes a job's messages for sending, in one transaction: a message still SENDING from an
   * earlier try whose worker died is not sent again but marked FAILED (its outcome is unknown);
   * each QUEUED one becomes SENDING with an attempt row written before the provider is called.
   */
  async claim(job: DeliveryJob): Promise<ClaimedMessage[]> {
    const ids = job.messageIds.filter(isValidId);
    return this.dataSource.transaction(async (manager) => {
      const abandoned = returned<{ id: string }>(
        await manager.query(
          `UPDATE ${this.table}
            SET status = 'FAILED', last_error = $3, failed_at = now(), updated_at = now()
          WHERE partner_id = $1 AND id = ANY($2::uuid[]) AND status = 'SENDING'
          RETURNING id`,
          [job.partnerId, ids, UNKNOWN_OUTCOME],
        ),
      );
      if (abandoned.length > 0) {
        await manager.query(
          `UPDATE ${this.attemptsTable} SET outcome = 'UNKNOWN', finished_at = now(), error = $3
            WHERE partner_id = $1 AND message_id = ANY($2::uuid[]) AND outcome IS NULL`,
          [job.partnerId, abandoned.map((row) => row.id), UNKNOWN_OUTCOME],
        );
        this.logger.warn({ partnerId: job.partnerId, messages: abandoned.length }, 'messages with unknown outcome');
      }
      const claimed = returned<Omit<ClaimedMessage, 'idempotencyKey'>>(
        await manager.query(
          `UPDATE ${this.table}
            SET status = 'SENDING', attempts = attempts + 1, updated_at = now()
          WHERE partner_id = $1 AND id = ANY($2::uuid[]) AND status = 'QUEUED'
          RETURNING id, partner_id AS "partnerId", customer_id AS "customerId", channel, recipient, subject, body,
                    html_body AS "htmlBody", attempts`,
          [job.partnerId, ids],
        ),
      );
      if (claimed.length === 0) return [];
      const messages = claimed.map((row) => ({ ...row, idempotencyKey: idempotencyKeyOf(row.id) }));
      await manager.query(
        `INSERT INTO ${this.attemptsTable} (partner_id, message_id, attempt, idempotency_key)
         SELECT $1, message_id, attempt, key FROM unnest($2::uuid[], $3::int[], $4::text[]) AS a (message_id, attempt, key)`,
        [
          job.partnerId,
          messages.map((message) => message.id),
          messages.map((message) => message.attempts),
          messages.map((message) => message.idempotencyKey),
        ],
      );
      return messages;
    });
  }

  /** Records what the providers answered, in two statements for the whole job. */
  async record(partnerId: string, outcomes: DeliveryOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    const ids = outcomes.map((outcome) => outcome.id);
    const kinds = outcomes.map((outcome) => outcome.outcome);
    const errors = outcomes.map((outcome) => (outcome.outcome === 'SENT' ? null : outcome.error.slice(0, 2000)));
    const providerIds = outcomes.map((outcome) => (outcome.outcome === 'SENT' ? outcome.providerMessageId : null));
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE ${this.attemptsTable} a
            SET outcome = CASE WHEN o.kind = 'SENT' THEN 'SENT' ELSE 'FAILED' END, error = o.error, finished_at = now()
           FROM unnest($2::uuid[], $3::text[], $4::text[]) AS o (id, kind, error)
          WHERE a.partner_id = $1 AND a.message_id = o.id AND a.outcome IS NULL`,
        [partnerId, ids, kinds, errors],
      );
      const updated = returned<{ id: string; customerId: string | null; status: MessageStatus; sentAt: Date | null }>(
        await manager.query(
          `UPDATE ${this.table} m
              SET status = CASE o.kind WHEN 'SENT' THEN 'SENT' WHEN 'RETRY' THEN 'QUEUED' ELSE 'FAILED' END,
                  last_error = o.error,
                  provider_message_id = COALESCE(o.provider_id, m.provider_message_id),
                  sent_at = CASE WHEN o.kind = 'SENT' THEN now() ELSE m.sent_at END,
                  failed_at = CASE WHEN o.kind = 'FAILED' THEN now() ELSE m.failed_at END,
                  updated_at = now()
             FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS o (id, kind, error, provider_id)
            WHERE m.partner_id = $1 AND m.id = o.id AND m.status = 'SENDING'
        RETURNING m.id, m.customer_id AS "customerId", m.status, m.sent_at AS "sentAt"`,
          [partnerId, ids, kinds, errors, providerIds],
        ),
      );
      // Customers' last messages, for the customer list in accounts: one event for the whole job.
      const sent = updated.flatMap((row) =>
        row.status === 'SENT' && row.customerId && row.sentAt
          ? [{ messageId: row.id, customerId: row.customerId, sentAt: row.sentAt.toISOString() }]
          : [],
      );
      if (sent.length > 0) {
        await this.events?.publish<MessagesSentData>(manager, {
          type: MESSAGES_SENT,
          partnerId,
          data: { messages: sent },
        });
      }
    });
  }

  /** A delivery receipt from a provider: DELIVERED, or FAILED with the provider's reason. */
  async receipt(
    partnerId: string,
    providerMessageId: string,
    outcome: 'DELIVERED' | 'FAILED',
    error: string | null,
  ): Promise<boolean> {
    const rows = returned<{ id: string }>(
      await this.dataSource.query(
        `UPDATE ${this.table}
          SET status = $3, last_error = COALESCE($4, last_error),
              delivered_at = CASE WHEN $3 = 'DELIVERED' THEN now() ELSE delivered_at END,
              failed_at = CASE WHEN $3 = 'FAILED' THEN now() ELSE failed_at END, updated_at = now()
        WHERE provider_message_id = $2 AND partner_id = $1 AND status IN ('SENT', 'SENDING', 'DELIVERED')
        RETURNING id`,
        [partnerId, providerMessageId, outcome, error],
      ),
    );
    return rows.length > 0;
  }

  private get table(): string {
    return this.dataSource.getMetadata(MessageEntity).tablePath;
  }

  private get attemptsTable(): string {
    return this.dataSource.getMetadata(MessageAttemptEntity).tablePath;
  }

  /** `conditions` narrowed to the caller's scope and the filter over the messages table (alias `m`). */
  private inScope(
    caller: Caller,
    filter: MessageFilter,
    ...conditions: string[]
  ): { where: string; parameters: Record<string, unknown> } {
    const scope = scopeConditions(scopeOf(caller), { partner: 'm.partner_id', customer: 'm.customer_id' });
    const filters: { sql: string; parameters: Record<string, unknown> }[] = [];
    if (filter.channel?.length) {
      filters.push({ sql: 'm.channel = ANY(:filterChannels::text[])', parameters: { filterChannels: filter.channel } });
    }
    if (filter.status?.length) {
      filters.push({ sql: 'm.status = ANY(:filterStatuses::text[])', parameters: { filterStatuses: filter.status } });
    }
    const all = [...scope, ...filters];
    return {
      where: [...conditions, ...all.map((condition) => condition.sql)].join(' AND '),
      parameters: Object.assign({}, ...all.map((condition) => condition.parameters)) as Record<string, unknown>,
    };
  }

  private query<TRow>(sql: string, parameters: Record<string, unknown>): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<TRow[]>(text, values);
  }
}
