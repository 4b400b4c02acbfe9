import {
  BALANCE_LOW,
  LOW_CREDIT_REMINDER_CHANGED,
  type LowCreditReminderChangedData,
  type BalanceChangedData,
  type BalanceLowData,
  type Caller,
  type DomainEvent,
  type EventBus,
  type Logger,
  type RequestContext,
  UserErrorCode,
  parseInput,
  partnerOf,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { LowCreditReminderEntity } from './low-credit-reminder.entity';
import {
  type LowCreditReminderUpdateInput,
  type LowCreditReminderUpdatePayload,
  lowCreditReminderUpdateSchema,
} from './low-credit-reminder.inputs';
import { toLowCreditReminderType } from './low-credit-reminder.type';

/** What a reminder does on one balance change, given its state: the whole rule, in one place. */
export function reminderStep(
  reminder: Pick<LowCreditReminderEntity, 'thresholdMinor' | 'armed'>,
  balanceMinor: number,
): 'send' | 'rearm' | 'nothing' {
  if (balanceMinor >= reminder.thresholdMinor) return reminder.armed ? 'nothing' : 'rearm';
  return reminder.armed ? 'send' : 'nothing';
}

/**
 * Low-credit reminders per customer: settings, and the state that makes a reminder go once per
 * fall below the threshold. The state is read and written under the settings row's lock, and each
 * balance event is read once, so concurrent or redelivered events never send twice.
 */
export class LowCreditReminderService {
  constructor(
    private readonly dataSource: DataSource,
    /** The customer projection: which customers the caller may see. */
    private readonly customers: { findVisible(caller: Caller, ids: readonly string[]): Promise<unknown[]> },
    private readonly events: EventBus,
    private readonly logger: Logger,
  ) {}

  /** The settings of these customers of the caller's partner; customers without any are absent. */
  async findMany(caller: Caller, customerIds: readonly string[]): Promise<LowCreditReminderEntity[]> {
    const partnerId = partnerOf(caller);
    if (!partnerId || customerIds.length === 0) return [];
    return this.dataSource
      .getRepository(LowCreditReminderEntity)
      .createQueryBuilder('r')
      .where('r.partner_id = :partnerId AND r.customer_id = ANY(:ids)', { partnerId, ids: [...customerIds] })
      .getMany();
  }

  /**
   * The reminder settings of these customers of the caller's partner with their versions, for
   * accounts' search projection to rebuild from; customers who never had any are absent.
   */
  async settingsOf(
    caller: Caller,
    customerIds: readonly string[],
  ): Promise<{ customerId: string; enabled: boolean; thresholdMinor: number; version: number }[]> {
    return (await this.findMany(caller, customerIds)).map((reminder) => ({
      customerId: reminder.customerId,
      enabled: reminder.enabled,
      thresholdMinor: reminder.thresholdMinor,
      version: reminder.version,
    }));
  }

  /** The addresses a customer's reminder goes to; none set means the account holder's. */
  async recipientsFor(partnerId: string, customerId: string): Promise<string[]> {
    const reminder = await this.dataSource.getRepository(LowCreditReminderEntity).findOneBy({ partnerId, customerId });
    return reminder?.recipients ?? [];
  }

  async update(context: RequestContext, input: LowCreditReminderUpdateInput): Promise<LowCreditReminderUpdatePayload> {
    const parsed = parseInput(lowCreditReminderUpdateSchema, input);
    if (!parsed.ok) return { lowCreditReminder: null, userErrors: parsed.userErrors };
    const { customerId, enabled, thresholdMinor, recipients } = parsed.value;
    const [visible] = await this.customers.findVisible(context.caller, [customerId]);
    const partnerId = partnerOf(context.caller);
    if (!visible || !partnerId) {
      return {
        lowCreditReminder: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])],
      };
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(LowCreditReminderEntity, {
        where: { partnerId, customerId },
        lock: { mode: 'pessimistic_write' },
      });
      const next = Object.assign(new LowCreditReminderEntity(), {
        partnerId,
        customerId,
        enabled: enabled ?? current?.enabled ?? false,
        thresholdMinor: thresholdMinor ?? current?.thresholdMinor ?? 0,
        recipients: recipients ?? current?.recipients ?? [],
        // Turning reminders on, or moving the threshold, starts afresh: the next fall below sends.
        armed:
          (enabled === true && !current?.enabled) ||
          (thresholdMinor != null && thresholdMinor !== current?.thresholdMinor)
            ? true
            : (current?.armed ?? true),
        lastSentAt: current?.lastSentAt ?? null,
        version: (current?.version ?? 0) + 1,
      });
      await manager.save(LowCreditReminderEntity, next);
      // The customer list in accounts keeps the threshold to tell who has low credit.
      await this.events.publish<LowCreditReminderChangedData>(manager, {
        type: LOW_CREDIT_REMINDER_CHANGED,
        partnerId,
        data: { customerId, enabled: next.enabled, thresholdMinor: next.thresholdMinor, version: next.version },
      });
      await context.audit(
        {
          action: 'lowCreditReminder.updated',
          partnerId,
          targetType: 'Customer',
          targetId: customerId,
          details: { enabled: next.enabled, thresholdMinor: next.thresholdMinor, recipients: next.recipients },
        },
        manager,
      );
      return manager.findOneByOrFail(LowCreditReminderEntity, { partnerId, customerId });
    });
    return { lowCreditReminder: toLowCreditReminderType(saved), userErrors: [] };
  }

  /**
   * Reads one `balance.changed`: sends (announces `balance.low`) on a fall below the threshold
   * while armed, re-arms at or above it. One transaction; a redelivered event reads as done.
   */
  async onBalanceChanged(event: DomainEvent<BalanceChangedData>): Promise<void> {
    const { partnerId } = event;
    const { customerId, balanceMinor, currency, entryId } = event.data;
    await this.dataSource.transaction(async (manager) => {
      const reminder = await manager.findOne(LowCreditReminderEntity, {
        where: { partnerId, customerId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reminder?.enabled) return;
      const first = await manager.query<unknown[]>(
        `INSERT INTO messaging.low_credit_reminder_events (partner_id, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [partnerId, event.id],
      );
      if (first.length === 0) return;
      const step = reminderStep(reminder, balanceMinor);
      if (step === 'rearm') {
        await manager.update(LowCreditReminderEntity, { partnerId, customerId }, { armed: true });
      }
      if (step !== 'send') return;
      await manager.update(
        LowCreditReminderEntity,
        { partnerId, customerId },
        { armed: false, lastSentAt: new Date() },
      );
      await this.events.publish<BalanceLowData>(manager, {
        type: BALANCE_LOW,
        partnerId,
        data: { customerId, currency, balanceMinor, thresholdMinor: reminder.thresholdMinor, entryId },
      });
      this.logger.info({ event: BALANCE_LOW, partnerId, customerId }, 'low-credit reminder due');
    });
  }
}
