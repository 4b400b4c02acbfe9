import {
  type Caller,
  type ConnectionArgs,
  type EventBus,
  ForbiddenError,
  type Logger,
  type RequestContext,
  type UserError,
  UserErrorCode,
  auditActorOf,
  isValidId,
  newId,
  paginateKeyset,
  parseInput,
  partnerOf,
  scopeOf,
  timestampOrder,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError, type SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { type CustomerFilterValue, type CustomerListService, parseCustomerFilter } from '../customer-list';
import type { PartnerService } from '../partners';
import { BulkOperationEntity, BulkOutcomeEntity, type BulkOutcome, type BulkParameters } from './bulk-operation.entity';
import {
  type BulkActionCommand,
  type CustomersBulkActionInput,
  type CustomersBulkActionPayload,
  bulkActionSchema,
  bulkErrorCodes,
} from './bulk-operation.inputs';
import {
  BulkOperationConnection,
  type BulkOperationType,
  BulkOutcomeConnection,
  BulkOutcomeType,
  BulkPreviewType,
  BulkSkipCountType,
  toBulkOperationType,
} from './bulk-operation.type';
import { type BulkMessages, isMessageAction } from './bulk-messages';
import { type BatchRow, type BulkOwners, CHANGED_MEANWHILE, type Sql, applyBatch, skipReasonSql } from './bulk-rules';

/** The queue whose jobs run large bulk operations, a page at a time. */
export const BULK_QUEUE = 'accounts.customer-bulk-operation';
export const bulkJobData = z.object({ partnerId: z.guid(), operationId: z.guid() });
export type BulkJob = z.infer<typeof bulkJobData>;
/** How long one statement of a job's page may run. */
const PAGE_STATEMENT_TIMEOUT_MS = 60_000;

export interface BulkLimits {
  /** Customers per set-based statement, and per transaction. */
  batchSize: number;
  /** Targets up to this size finish inside the request; larger ones run as a background job. */
  inlineLimit: number;
}

/** Who may start and steer bulk actions: the partner's operators and API keys, never a portal session. */
function partnerActing(caller: Caller): string {
  const partnerId = partnerOf(caller);
  if (!partnerId || (caller.kind !== 'operator' && caller.kind !== 'apiKey')) {
    throw new ForbiddenError('Bulk actions are for the partner’s operators and apps.');
  }
  return partnerId;
}

const notFound = (field: string[]) => userError(UserErrorCode.NOT_FOUND, 'That bulk operation was not found.', field);

/** The parameters of a target, for the customers' selection. */
interface Target {
  customerIds?: readonly string[] | null;
  filter?: CustomerFilterValue | null;
  excludeIds?: readonly string[] | null;
}

/** An input that passed its checks, with its filter in the customer list's grammar. */
type CheckedCommand = Omit<BulkActionCommand, 'target'> & { target: Target };

/**
 * Bulk actions on customers: a preview that counts what would change and what would be skipped
 * and why, and a run that works through its target a page at a time in customer id order (inside
 * the request for a small target, as a queue job for a large one), each page one transaction of
 * set-based statements through the owning modules' services that selects the page, acts on it
 * and writes its outcomes, so a cancel between pages leaves every processed customer done and the
 * rest untouched, and a retried job goes on after the last page. Every completed operation
 * keeps what it replaced per customer, so an undo is a new operation that puts it back wherever
 * nobody changed it since.
 */
export class CustomerBulkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly owners: BulkOwners,
    private readonly partners: PartnerService,
    private readonly customerList: CustomerListService,
    private readonly limits: BulkLimits,
    private readonly logger: Logger,
    private readonly messaging: BulkMessages,
  ) {}

  /** What the action would do, worked out with the same rules as the run, changing nothing. */
  async preview(context: RequestContext, input: CustomersBulkActionInput): Promise<BulkPreviewType> {
    const { caller } = context;
    const partnerId = partnerActing(caller);
    const preview = Object.assign(new BulkPreviewType(), {
      action: null,
      total: 0,
      willChange: 0,
      willSkip: 0,
      skippedReasons: [],
      runsInBackground: false,
      userErrors: [],
    });
    const checked = await this.check(caller, partnerId, input);
    if (!checked.ok) return Object.assign(preview, { userErrors: checked.userErrors });
    const command = checked.value;
    if (isMessageAction(command.action)) return this.messaging.preview(context, command.action, command.target);
    const op = this.draft(caller, partnerId, command, null);
    const selection = this.selection(caller, command.target);
    const reason = skipReasonSql(op, this.owners);
    const rows = await this.query<{ reason: string | null; count: number }>(
      `SELECT x.reason, count(*)::int AS count
         FROM (SELECT ${reason.sql} AS reason
                 FROM (${selection.sql}) t
                 JOIN (${this.owners.customers.bulkRowsSubquery()}) c ON c.partner_id = :bulkPartnerId AND c.id = t.id
                 LEFT JOIN accounts.customer_bulk_outcomes orig ON false) x
        GROUP BY x.reason
        ORDER BY count(*) DESC, x.reason`,
      { ...selection.parameters, ...reason.parameters, bulkPartnerId: partnerId },
    );
    const skipped = rows.filter((row) => row.reason !== null);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return Object.assign(preview, {
      action: command.action,
      total,
      willChange: rows.find((row) => row.reason === null)?.count ?? 0,
      willSkip: skipped.reduce((sum, row) => sum + row.count, 0),
      skippedReasons: skipped.map((row) =>
        Object.assign(new BulkSkipCountType(), { reason: row.reason, count: row.count }),
      ),
      runsInBackground: total > this.limits.inlineLimit,
    });
  }

  /**
   * Starts the action: records it with its target as asked and, when its target holds more than
   * the inline limit (a count that stops there), queues its job in the same transaction; a small
   * one then runs here. The job fixes the target a page at a time, so the request's cost does not
   * grow with the target. The same idempotency key answers the operation it started.
   */
  async start(context: RequestContext, input: CustomersBulkActionInput): Promise<CustomersBulkActionPayload> {
    const { caller } = context;
    const partnerId = partnerActing(caller);
    const checked = await this.check(caller, partnerId, input);
    if (!checked.ok) return { bulkOperation: null, userErrors: checked.userErrors };
    const command = checked.value;
    if (command.idempotencyKey) {
      const existing = await this.byIdempotencyKey(caller, partnerId, command.idempotencyKey);
      if (existing) return { bulkOperation: toBulkOperationType(existing), userErrors: [] };
    }
    const op = this.draft(caller, partnerId, command, context.requestId);
    op.caller = caller;
    op.target = {
      customerIds: command.target.customerIds ? [...command.target.customerIds] : null,
      filter: command.target.customerIds ? null : ((checked.rawFilter as object | null | undefined) ?? null),
      excludeIds: [...(command.target.excludeIds ?? [])],
    };
    if (isMessageAction(command.action)) {
      const sent = await this.messaging.start(
        context,
        op,
        {
          templateKey: command.message?.templateKey?.trim() || null,
          subject: command.message?.subject ?? null,
          textBody: command.message?.textBody ?? null,
          htmlBody: command.message?.htmlBody ?? null,
        },
        command.target,
      );
      if (sent === 'duplicate') {
        const existing = await this.byIdempotencyKey(caller, partnerId, command.idempotencyKey!);
        return { bulkOperation: existing && toBulkOperationType(existing), userErrors: [] };
      }
      if ('userErrors' in sent) return { bulkOperation: null, userErrors: sent.userErrors };
      const done = await this.dataSource.getRepository(BulkOperationEntity).findOneByOrFail({ partnerId, id: sent.id });
      return { bulkOperation: toBulkOperationType(done), userErrors: [] };
    }
    let inline: boolean;
    try {
      inline = await this.dataSource.transaction(async (manager) => {
        await manager.insert(BulkOperationEntity, op);
        const selection = this.selection(caller, command.target);
        const [{ counted }] = (await this.query<{ counted: number }>(
          `SELECT count(*)::int AS counted FROM (SELECT 1 FROM (${selection.sql}) t LIMIT :bulkCap) x`,
          { ...selection.parameters, bulkCap: this.limits.inlineLimit + 1 },
          manager,
        )) as [{ counted: number }];
        return this.queueUnlessSmall(manager, op, counted);
      });
    } catch (err) {
      const constraint = err instanceof QueryFailedError && (err.driverError as { constraint?: string }).constraint;
      if (command.idempotencyKey && constraint === 'customer_bulk_operations_partner_id_idempotency_key_key') {
        const existing = await this.byIdempotencyKey(caller, partnerId, command.idempotencyKey);
        if (existing) return { bulkOperation: toBulkOperationType(existing), userErrors: [] };
      }
      throw err;
    }
    return { bulkOperation: await this.runIfInline(partnerId, op.id, inline), userErrors: [] };
  }

  /**
   * Stops a queued or running operation. A running page holds the operation's row, so the
   * cancel waits for it to commit: what the answer says was processed is exactly what was done.
   */
  async cancel(context: RequestContext, input: { id: string }) {
    const { caller } = context;
    const partnerId = partnerActing(caller);
    const visible = isValidId(input.id) ? await this.findVisible(caller, input.id) : null;
    if (!visible) return { bulkOperation: null, userErrors: [notFound(['input', 'id'])] };
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE accounts.customer_bulk_operations
          SET cancel_requested_at = COALESCE(cancel_requested_at, now()), status = 'CANCELLED', finished_at = now()
        WHERE partner_id = $1 AND id = $2 AND status IN ('QUEUED', 'RUNNING')
        RETURNING id`,
      [partnerId, visible.id],
    );
    const now = await this.findVisible(caller, visible.id);
    if (rows.length === 0) {
      return {
        bulkOperation: now && toBulkOperationType(now),
        userErrors: [
          userError(bulkErrorCodes.BULK_OPERATION_FINISHED, 'This bulk operation already finished.', ['input', 'id']),
        ],
      };
    }
    return { bulkOperation: now && toBulkOperationType(now), userErrors: [] };
  }

  /**
   * Undoes a finished operation as a new one over the customers it changed: each gets back what
   * the operation replaced, unless it was changed since ("changed since").
   */
  async undo(context: RequestContext, input: { id: string }) {
    const { caller } = context;
    const partnerId = partnerActing(caller);
    const visible = isValidId(input.id) ? await this.findVisible(caller, input.id) : null;
    if (!visible) return { bulkOperation: null, userErrors: [notFound(['input', 'id'])] };
    if (isMessageAction(visible.action)) {
      return {
        bulkOperation: null,
        userErrors: [
          userError(
            bulkErrorCodes.BULK_OPERATION_NOT_UNDOABLE,
            'Messages cannot be unsent: a bulk email or SMS cannot be undone.',
            ['input', 'id'],
          ),
        ],
      };
    }
    const refused = {
      bulkOperation: null,
      userErrors: [
        userError(
          bulkErrorCodes.BULK_OPERATION_NOT_UNDOABLE,
          'Only a finished bulk operation that changed customers, and was not undone already, can be undone.',
          ['input', 'id'],
        ),
      ],
    };
    const started = await this.dataSource.transaction(async (manager) => {
      const original = await manager
        .getRepository(BulkOperationEntity)
        .createQueryBuilder('o')
        .where('o.partner_id = :partnerId AND o.id = :id', { partnerId, id: visible.id })
        .setLock('pessimistic_write')
        .getOne();
      if (!original || !toBulkOperationType(original).canUndo) return null;
      const op = this.draft(
        caller,
        partnerId,
        {
          action: original.action,
          parameters: { ...original.parameters, reason: `Undoes bulk operation ${original.id}.` },
        },
        context.requestId,
      );
      op.undoOf = original.id;
      // Its target is the customers the original changed, as many as it counted.
      op.total = original.changed;
      await manager.insert(BulkOperationEntity, op);
      await manager.update(BulkOperationEntity, { partnerId, id: original.id }, { undoneBy: op.id });
      return { op, inline: await this.queueUnlessSmall(manager, op, original.changed) };
    });
    if (!started) return refused;
    return { bulkOperation: await this.runIfInline(partnerId, started.op.id, started.inline), userErrors: [] };
  }

  /** The queue's job for a large operation; it resumes where it stopped if run again. */
  async runJob(job: BulkJob): Promise<void> {
    await this.run(job.partnerId, job.operationId, true);
  }

  async findVisible(caller: Caller, id: string): Promise<BulkOperationEntity | null> {
    if (!isValidId(id)) return null;
    return this.visibleTo(caller).andWhere('o.id = :id', { id }).getOne();
  }

  async list(caller: Caller, args: ConnectionArgs): Promise<BulkOperationConnection> {
    const query = this.visibleTo(caller);
    const page = await paginateKeyset(
      query,
      timestampOrder('o', 'created_at', (row) => row.createdAt, true),
      args,
    );
    return toConnection(BulkOperationConnection, page, toBulkOperationType, () => query.getCount());
  }

  /** An operation's outcomes in customer id order; pending customers have none yet. */
  async outcomes(
    operation: BulkOperationType,
    args: ConnectionArgs & { outcome?: BulkOutcome | null },
    caller: Caller,
  ): Promise<BulkOutcomeConnection> {
    const partnerId = scopeOf(caller).partnerId;
    const query = this.dataSource
      .getRepository(BulkOutcomeEntity)
      .createQueryBuilder('r')
      .where('r.partner_id = :partnerId AND r.operation_id = :operationId', { partnerId, operationId: operation.id })
      .andWhere('r.outcome IS NOT NULL');
    if (args.outcome) query.andWhere('r.outcome = :outcome', { outcome: args.outcome });
    const page = await paginateKeyset(
      query,
      {
        column: 'r.customer_id::text',
        valueType: 'text',
        tieBreaker: 'r.customer_id',
        valueOf: (row) => row.customerId,
        tieBreakerOf: (row) => row.customerId,
        descending: false,
      },
      args,
    );
    return toConnection(
      BulkOutcomeConnection,
      page,
      (row) =>
        Object.assign(new BulkOutcomeType(), {
          customerId: row.customerId,
          outcome: row.outcome!,
          reason: row.reason,
        }),
      () => query.getCount(),
    );
  }

  /** How many of an operation's customers were skipped, by reason, most first. */
  async skippedReasons(caller: Caller, operationId: string): Promise<BulkSkipCountType[]> {
    const rows = await this.dataSource.query<{ reason: string; count: number }[]>(
      `SELECT reason, count(*)::int AS count FROM accounts.customer_bulk_outcomes
        WHERE partner_id = $1 AND operation_id = $2 AND outcome = 'SKIPPED'
        GROUP BY reason ORDER BY count(*) DESC, reason`,
      [scopeOf(caller).partnerId, operationId],
    );
    return rows.map((row) => Object.assign(new BulkSkipCountType(), row));
  }

  /**
   * Every outcome of an operation with the customer's account number and name, a page at a time
   * in customer id order, for the CSV download: memory stays flat whatever the size.
   */
  async *outcomeRows(
    operation: BulkOperationEntity,
    pageSize = 5_000,
  ): AsyncGenerator<
    {
      customerId: string;
      accountNumber: string | null;
      name: string | null;
      outcome: string | null;
      reason: string | null;
    }[]
  > {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.query<{
        customerId: string;
        accountNumber: string | null;
        name: string | null;
        outcome: string | null;
        reason: string | null;
      }>(
        `SELECT r.customer_id AS "customerId", c.account_number AS "accountNumber", c.name, r.outcome, r.reason
           FROM accounts.customer_bulk_outcomes r
           LEFT JOIN (${this.owners.customers.bulkRowsSubquery()}) c ON c.partner_id = r.partner_id AND c.id = r.customer_id
          WHERE r.partner_id = :partnerId AND r.operation_id = :operationId AND r.customer_id > :after
          ORDER BY r.customer_id
          LIMIT :pageSize`,
        { partnerId: operation.partnerId, operationId: operation.id, after, pageSize },
      );
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]!.customerId;
    }
  }

  /** Parses the input and checks what it names: a reseller the caller may assign to. */
  private async check(
    caller: Caller,
    partnerId: string,
    input: CustomersBulkActionInput,
  ): Promise<{ ok: true; value: CheckedCommand; rawFilter?: unknown } | { ok: false; userErrors: UserError[] }> {
    const parsed = parseInput(bulkActionSchema, input);
    if (!parsed.ok) return parsed;
    const refused = isMessageAction(parsed.value.action) ? this.messaging.refusal(caller) : null;
    if (refused) return { ok: false, userErrors: refused };
    const { filter: rawFilter, ...ids } = parsed.value.target;
    let filter: CustomerFilterValue | null = null;
    if (rawFilter !== null && rawFilter !== undefined) {
      // The customer list's strict grammar: a malformed filter is an error, never ignored.
      const checked = await this.customerList.checkFilter(caller, rawFilter, 'filter');
      if (Array.isArray(checked)) {
        return {
          ok: false,
          userErrors: checked.map((error) => ({ ...error, field: ['input', 'target', ...(error.field ?? [])] })),
        };
      }
      filter = checked;
    }
    const command: CheckedCommand = { ...parsed.value, target: { ...ids, filter } };
    // Every customer named must be the caller's, or nothing is done (as for tagging a few).
    for (const field of ['customerIds', 'excludeIds'] as const) {
      const named = command.target[field] ?? [];
      if (named.length === 0) continue;
      const visible = this.selection(caller, { customerIds: named });
      const missing = await this.query<{ n: number }>(
        `SELECT (i.n - 1)::int AS n FROM unnest(:bulkNamedIds::uuid[]) WITH ORDINALITY AS i (id, n)
          WHERE NOT EXISTS (SELECT 1 FROM (${visible.sql}) v WHERE v.id = i.id)
          ORDER BY i.n LIMIT 20`,
        { ...visible.parameters, bulkNamedIds: named },
      );
      if (missing.length > 0) {
        return {
          ok: false,
          userErrors: missing.map((row) =>
            userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', [
              'input',
              'target',
              field,
              String(row.n),
            ]),
          ),
        };
      }
    }
    if (command.resellerId) {
      // An operator limited to one reseller can neither move customers to another nor name one.
      const limit = scopeOf(caller).resellerId;
      const known = limit
        ? command.resellerId === limit
        : await this.partners.resellerExists(partnerId, command.resellerId);
      if (!known) {
        return {
          ok: false,
          userErrors: [userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', ['input', 'resellerId'])],
        };
      }
    }
    if (command.action === 'ASSIGN_RESELLER' && command.resellerId === null && scopeOf(caller).resellerId) {
      return {
        ok: false,
        userErrors: [
          userError(UserErrorCode.NOT_ALLOWED, 'You can only keep customers with your own reseller.', [
            'input',
            'resellerId',
          ]),
        ],
      };
    }
    return { ok: true, value: command, rawFilter };
  }

  /** A new operation, not yet written. */
  private draft(
    caller: Caller,
    partnerId: string,
    command: Pick<CheckedCommand, 'action'> &
      ({ parameters: BulkParameters } | Omit<CheckedCommand, 'action' | 'target'>),
    requestId: string | null,
  ): BulkOperationEntity {
    const actor = auditActorOf(caller);
    const parameters: BulkParameters =
      'parameters' in command
        ? command.parameters
        : {
            reason: command.reason ?? null,
            tags: [...new Map((command.tagIds ?? []).map((tag) => [tag.toLowerCase(), tag])).values()],
            resellerId: command.resellerId ?? null,
            fields: {
              ...(command.fields?.country != null ? { country: command.fields.country } : {}),
              ...(command.fields?.timezone != null ? { timezone: command.fields.timezone } : {}),
            },
          };
    return Object.assign(new BulkOperationEntity(), {
      partnerId,
      id: newId(),
      action: command.action,
      status: 'QUEUED',
      parameters,
      total: 0,
      processed: 0,
      changed: 0,
      skipped: 0,
      actorKind: actor.kind,
      actorId: actor.id,
      impersonatorId: actor.impersonatorId,
      resellerId: scopeOf(caller).resellerId,
      requestId,
      idempotencyKey: 'idempotencyKey' in command ? (command.idempotencyKey ?? null) : null,
      caller: null,
      target: null,
      lastCustomerId: null,
      undoOf: null,
      undoneBy: null,
      cancelRequestedAt: null,
      error: null,
      startedAt: null,
      finishedAt: null,
    });
  }

  /** Queues the operation's job with it unless its target is small enough to run inside the request. */
  private async queueUnlessSmall(manager: EntityManager, op: BulkOperationEntity, size: number): Promise<boolean> {
    if (size <= this.limits.inlineLimit) return true;
    await this.events.enqueue<BulkJob>(
      manager,
      BULK_QUEUE,
      { partnerId: op.partnerId, operationId: op.id },
      { singletonKey: op.id },
    );
    return false;
  }

  /** Runs a small operation now; a large one was queued. Answers the operation as it then stands. */
  private async runIfInline(partnerId: string, id: string, inline: boolean): Promise<BulkOperationType> {
    if (inline) await this.run(partnerId, id);
    const op = await this.dataSource.getRepository(BulkOperationEntity).findOneByOrFail({ partnerId, id });
    return toBulkOperationType(op);
  }

  /**
   * Works through the operation's target a page at a time, in customer id order, until a page
   * comes back short or it is cancelled. A first run counts the target for its progress; a run
   * again (the queue retrying after a crash) goes on after the last committed page.
   */
  private async run(partnerId: string, id: string, background = false): Promise<void> {
    const [started] = await this.dataSource.query<[BulkOperationEntity[], number]>(
      `UPDATE accounts.customer_bulk_operations SET status = 'RUNNING', started_at = COALESCE(started_at, now())
        WHERE partner_id = $1 AND id = $2 AND status IN ('QUEUED', 'RUNNING') RETURNING id`,
      [partnerId, id],
    );
    if (started.length === 0) return;
    const op = await this.dataSource.getRepository(BulkOperationEntity).findOneByOrFail({ partnerId, id });
    try {
      const target = this.targetOf(op);
      if (op.undoOf === null && op.processed === 0) await this.count(op, target);
      for (;;) {
        const pageStarted = performance.now();
        const page = await this.dataSource.transaction(async (manager) => {
          // A page of thousands of customers, with their indexes, audit entries and events, may take
          // longer than a request is allowed on a busy database; the job's pages are nobody's request.
          if (background) await manager.query(`SET LOCAL statement_timeout = ${PAGE_STATEMENT_TIMEOUT_MS}`);
          return this.page(manager, op, target);
        });
        this.logger.debug(
          { bulkOperationId: id, customers: page.size, ms: Math.round(performance.now() - pageStarted) },
          'bulk operation page',
        );
        if (page.stopped) return;
        if (page.size < this.limits.batchSize) {
          await this.finish(partnerId, id, 'COMPLETED', null);
          return;
        }
      }
    } catch (err) {
      this.logger.error({ err, bulkOperationId: id }, 'bulk operation failed');
      await this.finish(partnerId, id, 'FAILED', err instanceof Error ? err.message : String(err));
    }
  }

  /**
   * The target's size now, in one statement, for the progress: pages raise it if they find more
   * (customers that came to match meanwhile), and the end sets it to what was processed.
   */
  private async count(op: BulkOperationEntity, target: Sql): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // A filter over half a million customers may count for longer than a request is allowed.
      await manager.query('SET LOCAL statement_timeout = 0');
      const [{ counted }] = (await this.query<{ counted: number }>(
        `SELECT count(*)::int AS counted FROM (${target.sql}) t`,
        target.parameters,
        manager,
      )) as [{ counted: number }];
      await manager.query(
        `UPDATE accounts.customer_bulk_operations SET total = GREATEST($3, processed) WHERE partner_id = $1 AND id = $2`,
        [op.partnerId, op.id, counted],
      );
    });
  }

  private async finish(partnerId: string, id: string, status: 'COMPLETED' | 'FAILED', error: string | null) {
    // A completed operation's total is what it processed: the count at the start was of that moment.
    await this.dataSource.query(
      `UPDATE accounts.customer_bulk_operations
          SET status = $3, error = $4, finished_at = now(), total = CASE WHEN $3 = 'COMPLETED' THEN processed ELSE total END
        WHERE partner_id = $1 AND id = $2 AND status = 'RUNNING'`,
      [partnerId, id, status, error],
    );
  }

  /**
   * The customers an operation acts on, as SQL selecting `id`: its target in the view of the
   * caller who started it; for an undo, the customers the original changed; for an operation
   * whose target was written as pending outcomes, those still pending.
   */
  private targetOf(op: BulkOperationEntity): Sql {
    if (op.undoOf !== null || op.target === null || op.caller === null) {
      return {
        sql: `SELECT customer_id AS id FROM accounts.customer_bulk_outcomes
               WHERE partner_id = :bulkPartnerId AND operation_id = :bulkOf
                 AND ${op.undoOf !== null ? `outcome = 'DONE'` : 'outcome IS NULL'}`,
        parameters: { bulkPartnerId: op.partnerId, bulkOf: op.undoOf ?? op.id },
      };
    }
    const { customerIds, excludeIds } = op.target;
    if (customerIds) return this.selection(op.caller, { customerIds, excludeIds });
    const filter = op.target.filter === null ? null : parseCustomerFilter(op.target.filter);
    // Checked when it was asked for; a filter the grammar has since outgrown fails the operation, never widens it.
    if (Array.isArray(filter)) throw new Error(`The operation's filter is no longer valid: ${filter[0]?.message}`);
    return this.selection(op.caller, { filter, excludeIds });
  }

  /**
   * One page, in one transaction: the operation's row locked (a cancel waits for the page, and a
   * page after a cancel does nothing), the next customers of the target after the last page in id
   * order, the rules asked for each, the change made for those they let through, and every
   * customer's outcome, the counts and where the page ended written. All of it commits or none,
   * so a retry after a crash starts after the last page that committed and does no customer twice.
   */
  private async page(
    manager: EntityManager,
    op: BulkOperationEntity,
    target: Sql,
  ): Promise<{ stopped: boolean; size: number }> {
    const [current] = await manager.query<{ status: string; after: string | null }[]>(
      `SELECT status, last_customer_id AS after FROM accounts.customer_bulk_operations
        WHERE partner_id = $1 AND id = $2 FOR UPDATE`,
      [op.partnerId, op.id],
    );
    if (current?.status !== 'RUNNING') return { stopped: true, size: 0 };
    const pageIds = await this.query<{ id: string }>(
      `SELECT DISTINCT t.id FROM (${target.sql}) t WHERE t.id > :bulkAfter::uuid ORDER BY t.id LIMIT :bulkPageSize`,
      {
        ...target.parameters,
        bulkAfter: current.after ?? '00000000-0000-0000-0000-000000000000',
        bulkPageSize: this.limits.batchSize,
      },
      manager,
    );
    const ids = pageIds.map((row) => row.id);
    if (ids.length === 0) return { stopped: false, size: 0 };
    const reason = skipReasonSql(op, this.owners);
    const rows = await this.query<BatchRow>(
      `SELECT c.id, ${reason.sql} AS reason, orig.previous AS "origPrevious", orig.applied AS "origApplied"
         FROM (${this.owners.customers.bulkRowsSubquery()}) c
         LEFT JOIN accounts.customer_bulk_outcomes orig
           ON orig.partner_id = c.partner_id AND orig.operation_id = :bulkUndoOf::uuid AND orig.customer_id = c.id
        WHERE c.partner_id = :bulkPartnerId AND c.id = ANY(:bulkIds::uuid[])`,
      { ...reason.parameters, bulkPartnerId: op.partnerId, bulkUndoOf: op.undoOf, bulkIds: ids },
      manager,
    );
    const found = new Map(rows.map((row) => [row.id, row]));
    const done = await applyBatch(
      manager,
      op,
      rows.filter((row) => row.reason === null),
      this.owners,
    );
    const outcomes = ids.map((id) => {
      const change = done.get(id);
      if (change) return { id, outcome: 'DONE', reason: null, previous: change.previous, applied: change.applied };
      // Let through by the rules but not changed: another change got to it between the two.
      const reason = found.has(id) ? (found.get(id)!.reason ?? CHANGED_MEANWHILE) : 'not found';
      return { id, outcome: 'SKIPPED', reason, previous: null, applied: null };
    });
    // An operation whose target was written as pending outcomes decides its rows in place.
    await manager.query(
      `INSERT INTO accounts.customer_bulk_outcomes (partner_id, operation_id, customer_id, outcome, reason, previous, applied)
       SELECT $1, $2, v.customer_id, v.outcome, v.reason, v.previous, v.applied
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[]) AS v (customer_id, outcome, reason, previous, applied)
       ON CONFLICT (partner_id, operation_id, customer_id) DO UPDATE
          SET outcome = EXCLUDED.outcome, reason = EXCLUDED.reason, previous = EXCLUDED.previous, applied = EXCLUDED.applied`,
      [
        op.partnerId,
        op.id,
        outcomes.map((row) => row.id),
        outcomes.map((row) => row.outcome),
        outcomes.map((row) => row.reason),
        outcomes.map((row) => (row.previous ? JSON.stringify(row.previous) : null)),
        outcomes.map((row) => (row.applied ? JSON.stringify(row.applied) : null)),
      ],
    );
    await manager.query(
      `UPDATE accounts.customer_bulk_operations
          SET processed = processed + $3, changed = changed + $4, skipped = skipped + $5,
              total = GREATEST(total, processed + $3), last_customer_id = $6
        WHERE partner_id = $1 AND id = $2`,
      [op.partnerId, op.id, ids.length, done.size, ids.length - done.size, ids[ids.length - 1]],
    );
    return { stopped: false, size: ids.length };
  }

  /**
   * The customers a target selects, as SQL selecting their `id`, scoped to the caller: the one
   * place the target becomes customers.
   */
  private selection(caller: Caller, target: Target): Sql {
    return this.customerList.selectionSubquery(caller, {
      ...(target.customerIds ? { customerIds: target.customerIds } : { filter: target.filter ?? null }),
      excludeIds: target.excludeIds ?? [],
    });
  }

  private visibleTo(caller: Caller): SelectQueryBuilder<BulkOperationEntity> {
    const { partnerId, resellerId } = scopeOf(caller);
    const query = this.dataSource
      .getRepository(BulkOperationEntity)
      .createQueryBuilder('o')
      .where('o.partner_id = :partnerId', { partnerId: partnerId ?? '00000000-0000-0000-0000-000000000000' });
    // A portal session sees no bulk operation; an operator limited to a reseller, only theirs.
    if (caller.kind === 'portal') query.andWhere('false');
    if (resellerId) query.andWhere('o.reseller_id = :resellerId', { resellerId });
    return query;
  }

  private byIdempotencyKey(caller: Caller, partnerId: string, key: string): Promise<BulkOperationEntity | null> {
    return this.visibleTo(caller)
      .andWhere('o.partner_id = :partnerId AND o.idempotency_key = :key', { partnerId, key })
      .getOne();
  }

  private query<TRow>(
    sql: string,
    parameters: Record<string, unknown>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return manager.query<TRow[]>(text, values);
  }
}
