import {
  type Caller,
  type Logger,
  type RequestContext,
  type ServiceClient,
  type UserError,
  UserErrorCode,
  can,
  userError,
} from '@clientele/subgraph-kit';
import { type DataSource, QueryFailedError } from 'typeorm';
import { z } from 'zod';
import type { CustomerFilterValue } from '../customer-list';
import { type BulkAction, type BulkMessage, BulkOperationEntity } from './bulk-operation.entity';
import { BulkPreviewType, BulkSkipCountType, MESSAGE_ACTIONS } from './bulk-operation.type';

/** A bulk action's target as it was checked: named customers, or the customer list's filter, less exclusions. */
export interface MessageTarget {
  customerIds?: readonly string[] | null;
  filter?: CustomerFilterValue | null;
  excludeIds?: readonly string[] | null;
}

const CHANNELS: Partial<Record<BulkAction, 'EMAIL' | 'SMS'>> = { SEND_EMAIL: 'EMAIL', SEND_SMS: 'SMS' };

export function isMessageAction(action: BulkAction): boolean {
  return MESSAGE_ACTIONS.includes(action);
}

const userErrorsAnswer = z.object({
  userErrors: z.array(z.object({ field: z.array(z.string()).nullable(), code: z.string(), message: z.string() })),
});

const sendAnswer = z.union([
  userErrorsAnswer,
  z.object({
    batchId: z.guid(),
    queued: z.array(z.guid()),
    skipped: z.array(z.tuple([z.string(), z.array(z.guid())])),
  }),
]);

const countAnswer = z.union([
  userErrorsAnswer,
  z.object({
    selected: z.number().int(),
    reachable: z.number().int(),
    skipped: z.array(z.tuple([z.string(), z.number().int()])),
  }),
]);

/** Where messaging's input fields sit in a bulk action's input. */
const FIELD_PLACES: Record<string, string[]> = {
  filter: ['input', 'target', 'filter'],
  customerIds: ['input', 'target', 'customerIds'],
  excludeIds: ['input', 'target', 'excludeIds'],
  templateKey: ['input', 'message', 'templateKey'],
  subject: ['input', 'message', 'subject'],
  textBody: ['input', 'message', 'textBody'],
  htmlBody: ['input', 'message', 'htmlBody'],
};

const SHARED_CODES = new Set<string>(Object.values(UserErrorCode));

/**
 * Messaging's refusal as the bulk action's: each field named where the action's input has it, and
 * a code only messaging gives (an empty or too large send, an unknown template) answered as INVALID
 * with messaging's words, since this subgraph's schema does not list messaging's codes.
 */
function asBulkErrors(errors: z.infer<typeof userErrorsAnswer>['userErrors']): UserError[] {
  return errors.map((error) => {
    const [input, name, ...rest] = error.field ?? [];
    const place = input === 'input' && name ? FIELD_PLACES[name] : undefined;
    return userError(
      (SHARED_CODES.has(error.code) ? error.code : UserErrorCode.INVALID) as UserErrorCode,
      error.message,
      place ? [...place, ...rest] : error.field,
    );
  });
}

/**
 * SEND_EMAIL and SEND_SMS: accounts sends nothing itself. It asks messaging, as the caller (whose
 * token goes along, so messaging checks `messaging:send` and the partner itself), to start one bulk
 * send for the action's target; messaging pulls the recipients from accounts' recipients route
 * with that target, decides who is reachable as for any bulk send, and answers customer by
 * customer. The operation records those answers as its outcomes (DONE: a message queued; SKIPPED:
 * why not) and names the bulk send. It finishes inside the request, as messaging's bulk send does.
 */
export class BulkMessages {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: Pick<ServiceClient, 'call'>,
    private readonly logger: Logger,
  ) {}

  /** Sending needs messaging's permission besides the customers' one (an API key: the messaging:send scope). */
  refusal(caller: Caller): UserError[] | null {
    if (can(caller, 'messaging:send')) return null;
    return [
      userError(
        UserErrorCode.NOT_ALLOWED,
        caller.kind === 'apiKey'
          ? 'Sending messages needs an API key with the messaging:send scope.'
          : 'Sending messages needs the messaging:send permission.',
        ['input', 'action'],
      ),
    ];
  }

  /** How many would get a message and how many not, by the reason each outcome would give; sends nothing. */
  async preview(context: RequestContext, action: BulkAction, target: MessageTarget): Promise<BulkPreviewType> {
    const preview = Object.assign(new BulkPreviewType(), {
      action,
      total: 0,
      willChange: 0,
      willSkip: 0,
      skippedReasons: [],
      runsInBackground: false,
      userErrors: [],
    });
    const answer = countAnswer.parse(
      await this.services.call('messaging', 'bulk-send/count', this.selection(action, target), context),
    );
    if ('userErrors' in answer)
      return Object.assign(preview, { action: null, userErrors: asBulkErrors(answer.userErrors) });
    const skipped = [...answer.skipped].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
    return Object.assign(preview, {
      total: answer.selected,
      willChange: answer.reachable,
      willSkip: answer.selected - answer.reachable,
      skippedReasons: skipped.map(([reason, count]) => Object.assign(new BulkSkipCountType(), { reason, count })),
    });
  }

  /**
   * Writes the operation, has messaging send, and records each customer's outcome. Answers the
   * finished operation's id, messaging's refusal (the operation is then not kept, as for any
   * refused action), or `duplicate` when another request wrote the same idempotency key first.
   */
  async start(
    context: RequestContext,
    op: BulkOperationEntity,
    message: BulkMessage,
    target: MessageTarget,
  ): Promise<{ id: string } | { userErrors: UserError[] } | 'duplicate'> {
    const { partnerId, id } = op;
    Object.assign(op, {
      status: 'RUNNING',
      startedAt: new Date(),
      parameters: { ...op.parameters, message },
    });
    try {
      await this.dataSource.manager.insert(BulkOperationEntity, op);
    } catch (err) {
      const constraint = err instanceof QueryFailedError && (err.driverError as { constraint?: string }).constraint;
      if (op.idempotencyKey && constraint === 'customer_bulk_operations_partner_id_idempotency_key_key') {
        return 'duplicate';
      }
      throw err;
    }
    let answer: z.infer<typeof sendAnswer>;
    try {
      answer = sendAnswer.parse(
        await this.services.call(
          'messaging',
          'bulk-send',
          { ...this.selection(op.action, target), ...message },
          context,
        ),
      );
    } catch (err) {
      // Messaging may have queued the messages before its answer was lost: say so rather than guess.
      this.logger.error({ err, bulkOperationId: id }, 'bulk send through messaging failed');
      await this.dataSource.query(
        `UPDATE accounts.customer_bulk_operations SET status = 'FAILED', error = $3, finished_at = now()
          WHERE partner_id = $1 AND id = $2`,
        [
          partnerId,
          id,
          `Messaging did not confirm the bulk send (${err instanceof Error ? err.message : String(err)}); check the bulk sends before trying again.`,
        ],
      );
      return { id };
    }
    if ('userErrors' in answer) {
      await this.dataSource.query(`DELETE FROM accounts.customer_bulk_operations WHERE partner_id = $1 AND id = $2`, [
        partnerId,
        id,
      ]);
      return { userErrors: asBulkErrors(answer.userErrors) };
    }
    const ids = [...answer.queued, ...answer.skipped.flatMap(([, skipped]) => skipped)];
    const outcomes = [
      ...answer.queued.map(() => 'DONE'),
      ...answer.skipped.flatMap(([, skipped]) => skipped.map(() => 'SKIPPED')),
    ];
    const reasons = [
      ...answer.queued.map(() => null),
      ...answer.skipped.flatMap(([reason, skipped]) => skipped.map(() => reason)),
    ];
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO accounts.customer_bulk_outcomes (partner_id, operation_id, customer_id, outcome, reason)
         SELECT $1, $2, v.customer_id, v.outcome, v.reason
           FROM unnest($3::uuid[], $4::text[], $5::text[]) AS v (customer_id, outcome, reason)
         ON CONFLICT DO NOTHING`,
        [partnerId, id, ids, outcomes, reasons],
      );
      await manager.query(
        `UPDATE accounts.customer_bulk_operations
            SET status = 'COMPLETED', total = $3, processed = $3, changed = $4, skipped = $5,
                message_batch_id = $6, finished_at = now()
          WHERE partner_id = $1 AND id = $2`,
        [partnerId, id, ids.length, answer.queued.length, ids.length - answer.queued.length, answer.batchId],
      );
    });
    return { id };
  }

  /** The target as messaging's bulk send takes it: named customers or the filter (none: the list's default), less exclusions. */
  private selection(action: BulkAction, target: MessageTarget) {
    return {
      channel: CHANNELS[action]!,
      ...(target.customerIds ? { customerIds: target.customerIds } : { filter: target.filter ?? {} }),
      ...(target.excludeIds?.length ? { excludeIds: target.excludeIds } : {}),
    };
  }
}
