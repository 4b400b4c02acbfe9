import {
  type AuditRequestedData,
  CUSTOMER_ERASED,
  CUSTOMER_CANCELLATION_SCHEDULED,
  CUSTOMER_CANCELLATION_WITHDRAWN,
  type Caller,
  type CustomerCancellationData,
  type CustomerStatusChangedData,
  type DomainEvent,
  type EventBus,
  type EventSubscription,
  INVOICE_OVERDUE,
  INVOICE_PAID,
  INVOICE_VOIDED,
  type InvoiceEventData,
  SERVICE_ACTOR_IDS,
  ForbiddenError,
  type Logger,
  type RequestContext,
  type ServiceClient,
  type UserError,
  UserErrorCode,
  auditActorOf,
  defineErrorCodes,
  defineSubscription,
  invoiceEventData,
  isValidId,
  newId,
  parseInput,
  userError,
  whereInScope,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import type { AuditService } from '../audit';
import { type SessionService, type ThrottleService, reauthenticationThrottleKeys } from '../credentials';
import type { CustomerService, CustomerStatus, CustomerType } from '../customers';
import type { MemberService } from '../members';
import type { NoteService } from '../notes';
import type { OperatorService } from '../operators';
import { endOfBillingPeriod, effectiveAtOf } from './billing-period';
import {
  type CancellationMode,
  CustomerStatusChangeEntity,
  OverdueInvoiceEntity,
  ScheduledCancellationEntity,
  type ScheduledCancellationState,
} from './lifecycle.entity';
import {
  type CustomerCancelInput,
  type CustomerClosePayload,
  type StatusChangeInput,
  type StatusPayload,
  cancelSchema,
  statusChangeSchema,
} from './lifecycle.inputs';
import {
  type CustomerStatusChangeType,
  type ScheduledCancellationType,
  toScheduledCancellationType,
  toStatusChangeType,
} from './lifecycle.type';
import { TRANSITIONS, type Transition, refusalOf } from './transitions';

export const lifecycleErrorCodes = defineErrorCodes({
  TRANSITION_NOT_ALLOWED: 'The customer’s current status does not allow this change; the message names the status.',
  CANCELLATION_ALREADY_SCHEDULED: 'A cancellation is already scheduled for the customer; withdraw it first.',
  NO_SCHEDULED_CANCELLATION: 'The customer has no scheduled cancellation to withdraw.',
  CLOSE_BLOCKED: 'Billing reports a balance or an amount owed; `closeBlockers` has both.',
  BILLING_UNAVAILABLE: 'Billing could not be asked to confirm the balance; nothing was changed.',
});

/** Billing's answer to a close-guard hold (see the contracts: the close guard). */
const holdAnswer = z.object({
  closable: z.boolean(),
  balance: z.object({ amountMinor: z.number().int(), currency: z.string() }),
  owed: z.object({ amountMinor: z.number().int(), currency: z.string() }),
});

function formatMinor(amount: { amountMinor: number; currency: string }): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: amount.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return `${(amount.amountMinor / 10 ** digits).toFixed(digits)} ${amount.currency}`;
}

/** The queue of this subgraph's own jobs that carry out scheduled cancellations. */
export const CANCELLATION_QUEUE = 'accounts.customer-cancellation-due';

export const cancellationJobData = z.object({ partnerId: z.guid(), cancellationId: z.guid() });
export type CancellationJob = z.infer<typeof cancellationJobData>;

type Actor = AuditRequestedData['actor'];

/** Who asked for a change, and the request it came with, for the records it leaves. */
interface Asker {
  actor: Actor;
  requestId: string | null;
}

function askerOf(context: RequestContext): Asker {
  return { actor: auditActorOf(context.caller), requestId: context.requestId };
}

/** Billing decides that an invoice is overdue; accounts suspends on its word, and names it as the actor. */
const LATE_PAYMENT_ASKER: Asker = {
  actor: { kind: 'service', id: SERVICE_ACTOR_IDS.billing, impersonatorId: null },
  requestId: null,
};

/** Thrown inside a transaction to roll it back and answer with userErrors. */
export class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

export const customerNotFound = userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', [
  'input',
  'customerId',
]);

/**
 * A customer's status lifecycle: each change decided with the customer's row locked, recorded
 * (from, to, reason, actor, impersonator, time), audited with its before and after, and
 * published as a domain event, all in one transaction. Cancellations for later wait as rows,
 * carried out by a job on the queue that checks the row again, so it acts once however often
 * the job runs.
 */
export class CustomerLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly services: ServiceClient,
    private readonly customers: CustomerService,
    private readonly members: MemberService,
    private readonly notes: NoteService,
    private readonly operators: OperatorService,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
    private readonly logger: Logger,
  ) {}

  /**
   * Closes a customer, only when billing confirms at this moment a zero balance and nothing owed.
   * Billing holds the customer's ledger from its answer on, so no credit can land between the
   * check and the close; the hold is made permanent when the close commits, and lifted when it
   * does not (billing also makes it permanent on `customer.closed`, should the release be lost).
   */
  async close(context: RequestContext, input: StatusChangeInput): Promise<CustomerClosePayload> {
    const parsed = parseInput(statusChangeSchema, input);
    if (!parsed.ok) return { customer: null, closeBlockers: null, userErrors: parsed.userErrors };
    const { customerId, reason } = parsed.value;
    // A cheap look first, so a customer that cannot close never troubles billing.
    const looked = await this.refusable(async (manager) => {
      const customer = await this.lockVisible(context.caller, manager, customerId);
      this.refuseUnless('CLOSE', customer);
      return customer;
    });
    if (!looked.customer) return { ...looked, closeBlockers: null };
    let hold: z.infer<typeof holdAnswer>;
    try {
      hold = holdAnswer.parse(
        await this.services.call('billing', 'close-guard/hold', { customerId: looked.customer.id }, context),
      );
    } catch (err) {
      context.logger.warn({ err, customerId }, 'close guard unavailable');
      return {
        customer: null,
        closeBlockers: null,
        userErrors: [
          userError(
            lifecycleErrorCodes.BILLING_UNAVAILABLE,
            'Billing could not confirm the balance just now, so the customer was not closed. Try again.',
            ['input', 'customerId'],
          ),
        ],
      };
    }
    if (!hold.closable) {
      return {
        customer: null,
        closeBlockers: {
          balance: { minorUnits: hold.balance.amountMinor, currency: hold.balance.currency },
          owed: { minorUnits: hold.owed.amountMinor, currency: hold.owed.currency },
        },
        userErrors: [
          userError(
            lifecycleErrorCodes.CLOSE_BLOCKED,
            `Only a customer with a zero balance who owes nothing can be closed: the balance is ${formatMinor(hold.balance)} and ${formatMinor(hold.owed)} is owed.`,
            ['input', 'customerId'],
          ),
        ],
      };
    }
    let closed: StatusPayload;
    try {
      closed = await this.refusable(async (manager) => {
        const customer = await this.lockVisible(context.caller, manager, customerId);
        this.refuseUnless('CLOSE', customer);
        return this.apply(manager, customer, { transition: 'CLOSE', reason, asker: askerOf(context) });
      });
    } catch (err) {
      await this.release(context, customerId, false);
      throw err;
    }
    await this.release(context, customerId, closed.customer !== null);
    return { ...closed, closeBlockers: null };
  }

  /** Restores a CLOSED customer to the status it had before it closed, and has billing lift its hold. */
  async restore(context: RequestContext, input: StatusChangeInput): Promise<StatusPayload> {
    const parsed = parseInput(statusChangeSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    const { customerId, reason } = parsed.value;
    const restored = await this.refusable(async (manager) => {
      const customer = await this.lockVisible(context.caller, manager, customerId);
      this.refuseUnless('RESTORE', customer);
      if (customer.erasedAt) {
        throw new Refusal([
          userError(
            lifecycleErrorCodes.TRANSITION_NOT_ALLOWED,
            'This customer’s personal data was erased; an erased customer cannot be restored.',
            ['input', 'customerId'],
          ),
        ]);
      }
      const closing = await manager.findOne(CustomerStatusChangeEntity, {
        where: { partnerId: customer.partnerId, customerId: customer.id, toStatus: 'CLOSED' },
        order: { occurredAt: 'DESC' },
      });
      // A customer closed before changes were recorded goes back to INACTIVE: in service again only when asked.
      const to: CustomerStatus = closing && closing.fromStatus !== 'CLOSED' ? closing.fromStatus : 'INACTIVE';
      return this.apply(manager, customer, { transition: 'RESTORE', reason, to, asker: askerOf(context) });
    });
    if (restored.customer) await this.release(context, customerId, false);
    return restored;
  }

  /**
   * Erases a closed customer's personal data, for good: its names, contact details, keywords,
   * location, members, the text of its notes and the values its audit entries recorded. The operator confirms with their password, as for "log in as".
   */
  async erase(context: RequestContext, input: { customerId: string; password: string }): Promise<StatusPayload> {
    const { caller } = context;
    const refused = (code: UserError['code'], message: string, field: string) => ({
      customer: null,
      userErrors: [userError(code, message, ['input', field])],
    });
    // Erasure is for people, who re-enter a password, as for "log in as"; never for an API key.
    if (caller.kind !== 'operator') {
      throw new ForbiddenError('Only an operator, with their password, can erase a customer.');
    }
    const confirmed = await this.throttle.guard(
      reauthenticationThrottleKeys('erase', caller.operatorId),
      async () => input.password !== '' && (await this.operators.confirmPassword(caller, input.password)),
      (right) => !right,
    );
    if (confirmed.outcome === 'throttled') {
      const minutes = Math.ceil(confirmed.retryAfterSeconds / 60);
      return refused(
        UserErrorCode.NOT_ALLOWED,
        `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        'password',
      );
    }
    if (!confirmed.result) return refused(UserErrorCode.INVALID, 'That is not your password.', 'password');
    return this.refusable(async (manager) => {
      const customer = await this.lockVisible(caller, manager, input.customerId);
      if (customer.status !== 'CLOSED' || customer.erasedAt) {
        throw new Refusal([
          userError(
            lifecycleErrorCodes.TRANSITION_NOT_ALLOWED,
            customer.erasedAt
              ? 'This customer’s personal data was already erased.'
              : `This customer is ${customer.status}; only a CLOSED customer can be erased.`,
            ['input', 'customerId'],
          ),
        ]);
      }
      const { partnerId, id } = customer;
      const erased = await this.customers.erasePersonalData(manager, partnerId, id);
      const members = await this.members.erasePersonalData(manager, partnerId, id);
      const notes = await this.notes.erasePersonalData(manager, partnerId, id);
      const auditEntries = await this.audit.erasePersonalData(manager, partnerId, id);
      const { actor, requestId } = askerOf(context);
      // The entry names what was erased, never the data itself.
      await this.audit.write(
        partnerId,
        {
          action: CUSTOMER_ERASED,
          actor,
          targetType: 'Customer',
          targetId: id,
          requestId,
          details: {
            erased: ['name', 'billingName', 'email', 'phone', 'keywords', 'location', 'notes'],
            members,
            notes,
            auditEntries,
          },
        },
        manager,
      );
      await this.events.publish<CustomerStatusChangedData>(manager, {
        type: CUSTOMER_ERASED,
        partnerId,
        data: { customerId: id, previousStatus: 'CLOSED', status: 'CLOSED', reason: null, actor },
      });
      return erased;
    });
  }

  /** Tells billing whether the close it held for went through; billing's events make up for a lost call. */
  private async release(context: RequestContext, customerId: string, closed: boolean): Promise<void> {
    try {
      await this.services.call('billing', 'close-guard/release', { customerId, closed }, context);
    } catch (err) {
      // Billing lets an abandoned hold lapse by itself and acts on customer.closed/customer.restored.
      context.logger.warn({ err, customerId, closed }, 'close guard release failed');
    }
  }

  /** Suspend, re-enable, deactivate or reactivate. */
  async transition(context: RequestContext, transition: Transition, input: StatusChangeInput): Promise<StatusPayload> {
    const parsed = parseInput(statusChangeSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    const { customerId, reason } = parsed.value;
    return this.refusable(async (manager) => {
      const customer = await this.lockVisible(context.caller, manager, customerId);
      this.refuseUnless(transition, customer);
      return this.apply(manager, customer, { transition, reason, asker: askerOf(context) });
    });
  }

  async cancel(context: RequestContext, input: CustomerCancelInput): Promise<StatusPayload> {
    const parsed = parseInput(cancelSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    const { customerId, mode, effectiveOn, reason } = parsed.value;
    return this.refusable(async (manager) => {
      const customer = await this.lockVisible(context.caller, manager, customerId);
      this.refuseUnless('CANCEL', customer);
      // Checked once the customer is known to be the caller's, so a stranger's id is simply not found.
      if (mode === 'ON_DATE' && !effectiveOn) {
        throw new Refusal([
          userError(UserErrorCode.REQUIRED, 'Choose the date the cancellation takes effect.', ['input', 'effectiveOn']),
        ]);
      }
      if (mode !== 'ON_DATE' && effectiveOn) {
        throw new Refusal([
          userError(UserErrorCode.INVALID, 'A date is only for a cancellation ON_DATE.', ['input', 'effectiveOn']),
        ]);
      }
      if (mode === 'IMMEDIATELY') {
        return this.apply(manager, customer, { transition: 'CANCEL', reason, mode, asker: askerOf(context) });
      }
      if (await this.pendingOf(manager, customer.partnerId, customer.id)) {
        throw new Refusal([
          userError(
            lifecycleErrorCodes.CANCELLATION_ALREADY_SCHEDULED,
            'A cancellation is already scheduled for this customer; withdraw it before scheduling another.',
            ['input', 'mode'],
          ),
        ]);
      }
      const now = new Date();
      const effectiveAt =
        mode === 'END_OF_PERIOD'
          ? endOfBillingPeriod(now, customer.timezone)
          : effectiveAtOf(effectiveOn!, customer.timezone);
      if (!effectiveAt) {
        throw new Refusal([
          userError(UserErrorCode.INVALID, 'Give a date such as 2027-03-01, or a date and time with its offset.', [
            'input',
            'effectiveOn',
          ]),
        ]);
      }
      if (effectiveAt.getTime() <= now.getTime()) {
        throw new Refusal([
          userError(UserErrorCode.INVALID, 'Choose a date in the future; to cancel now, cancel IMMEDIATELY.', [
            'input',
            'effectiveOn',
          ]),
        ]);
      }
      await this.schedule(manager, customer, { mode, effectiveAt, reason, asker: askerOf(context) });
      return customer;
    });
  }

  async withdrawCancellation(context: RequestContext, input: StatusChangeInput): Promise<StatusPayload> {
    const parsed = parseInput(statusChangeSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    const { customerId, reason } = parsed.value;
    return this.refusable(async (manager) => {
      const customer = await this.lockVisible(context.caller, manager, customerId);
      const pending = await this.pendingOf(manager, customer.partnerId, customer.id);
      if (!pending) {
        throw new Refusal([
          userError(
            lifecycleErrorCodes.NO_SCHEDULED_CANCELLATION,
            'This customer has no scheduled cancellation to withdraw.',
            ['input', 'customerId'],
          ),
        ]);
      }
      await this.settle(manager, pending, 'WITHDRAWN');
      const { actor, requestId } = askerOf(context);
      const data: CustomerCancellationData = {
        customerId: customer.id,
        mode: pending.mode,
        effectiveAt: pending.effectiveAt.toISOString(),
        reason,
      };
      await this.audit.write(
        customer.partnerId,
        {
          action: CUSTOMER_CANCELLATION_WITHDRAWN,
          actor,
          targetType: 'Customer',
          targetId: customer.id,
          requestId,
          details: { ...data, scheduledReason: pending.reason },
        },
        manager,
      );
      await this.events.publish<CustomerCancellationData>(manager, {
        type: CUSTOMER_CANCELLATION_WITHDRAWN,
        partnerId: customer.partnerId,
        data,
      });
      return customer;
    });
  }

  /**
   * The queue's job for a scheduled cancellation. It acts only while the cancellation is still
   * pending, with the customer and then the cancellation locked, so a job that runs twice (a
   * retry, a redelivery after a restart) carries it out once.
   */
  async carryOut(job: CancellationJob): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(ScheduledCancellationEntity, {
        partnerId: job.partnerId,
        id: job.cancellationId,
      });
      if (found?.state !== 'PENDING') return;
      // The customer first, as every other change locks it first; then the cancellation again.
      const customer = await this.customers.lockForChange(manager, found.partnerId, found.customerId);
      const pending = await manager
        .getRepository(ScheduledCancellationEntity)
        .createQueryBuilder('s')
        .where('s.partner_id = :partnerId AND s.id = :id', { partnerId: found.partnerId, id: found.id })
        .setLock('pessimistic_write')
        .getOne();
      if (!customer || pending?.state !== 'PENDING') return;
      if (pending.effectiveAt.getTime() > Date.now()) {
        // Early (a clock ahead of the database's): wait for the due time again.
        await this.enqueue(manager, pending);
        return;
      }
      if (refusalOf('CANCEL', customer.status)) {
        await this.settle(manager, pending, 'SUPERSEDED');
        return;
      }
      // Settled first, so the change below does not take it for a cancellation it overtakes.
      await this.settle(manager, pending, 'CARRIED_OUT');
      // The record names who scheduled it: the job only carries out their decision.
      await this.apply(manager, customer, {
        transition: 'CANCEL',
        reason: pending.reason,
        mode: pending.mode,
        asker: {
          actor: {
            kind: pending.scheduledByKind as Actor['kind'],
            id: pending.scheduledById,
            impersonatorId: pending.impersonatorId,
          },
          requestId: null,
        },
      });
      this.logger.info({ customerId: customer.id, cancellationId: pending.id }, 'scheduled cancellation carried out');
    });
  }

  /**
   * Suspension for late payment, from billing's invoice events. Each handler locks the customer
   * first (as every status change does) and keeps one row per invoice, so a redelivered or
   * reordered event changes nothing twice.
   */
  latePaymentSubscriptions(): EventSubscription<unknown>[] {
    return [
      defineSubscription({
        event: INVOICE_OVERDUE,
        queue: 'accounts.invoice-overdue',
        data: invoiceEventData,
        handle: (event) => this.suspendForOverdue(event),
      }),
      defineSubscription({
        event: INVOICE_PAID,
        queue: 'accounts.invoice-paid',
        data: invoiceEventData,
        handle: (event) => this.endOverdue(event, 'PAID'),
      }),
      defineSubscription({
        event: INVOICE_VOIDED,
        queue: 'accounts.invoice-voided',
        data: invoiceEventData,
        handle: (event) => this.endOverdue(event, 'VOIDED'),
      }),
    ];
  }

  /**
   * Suspends an ACTIVE customer for an overdue invoice, unless its billing settings say not to.
   * A customer already SUSPENDED (or not in service) keeps its status, but the invoice is kept:
   * a re-enabling waits for it too.
   */
  async suspendForOverdue(event: DomainEvent<InvoiceEventData>): Promise<void> {
    const { invoiceId, customerId, number, dueDate } = event.data;
    // "Do not suspend for late payment": the customer is not held to this invoice at all.
    if (event.data.suspendCustomer === false) return;
    await this.dataSource.transaction(async (manager) => {
      const customer = await this.customers.lockForChange(manager, event.partnerId, customerId);
      if (!customer) return;
      const kept = await manager
        .createQueryBuilder()
        .insert()
        .into(OverdueInvoiceEntity)
        .values({ partnerId: event.partnerId, invoiceId, customerId, number, overdueAt: new Date(event.occurredAt) })
        .orIgnore()
        .returning('invoice_id')
        .execute();
      // Seen before, or already paid or voided before this event arrived.
      if ((kept.raw as unknown[]).length === 0) return;
      if (customer.status !== 'ACTIVE') return;
      await this.apply(manager, customer, {
        transition: 'SUSPEND',
        reason: `Invoice ${number} is overdue (due ${dueDate}).`,
        asker: LATE_PAYMENT_ASKER,
        invoiceId,
        details: { invoiceId, invoiceNumber: number, latePayment: true },
      });
      this.logger.info({ customerId, invoiceId }, 'customer suspended for late payment');
    });
  }

  /**
   * Re-enables a customer when the invoice it was suspended for is paid or voided, only when its
   * suspension is one for late payment (never an operator's) and no other invoice of it is
   * still overdue.
   */
  async endOverdue(event: DomainEvent<InvoiceEventData>, settled: 'PAID' | 'VOIDED'): Promise<void> {
    const { invoiceId, customerId, number } = event.data;
    await this.dataSource.transaction(async (manager) => {
      const customer = await this.customers.lockForChange(manager, event.partnerId, customerId);
      if (!customer) return;
      const ended = await manager.query<unknown[]>(
        `INSERT INTO accounts.customer_overdue_invoices AS o (partner_id, invoice_id, customer_id, number, settled, settled_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (partner_id, invoice_id) DO UPDATE SET settled = EXCLUDED.settled, settled_at = now()
           WHERE o.settled IS NULL
         RETURNING invoice_id`,
        [event.partnerId, invoiceId, customerId, number, settled],
      );
      if (ended.length === 0 || customer.status !== 'SUSPENDED') return;
      const [suspension] = await manager.find(CustomerStatusChangeEntity, {
        where: { partnerId: event.partnerId, customerId, toStatus: 'SUSPENDED' },
        order: { occurredAt: 'DESC', id: 'DESC' },
        take: 1,
      });
      // Suspended by someone, not for late payment: only they lift it.
      if (!suspension?.invoiceId) return;
      const stillOverdue = await manager.countBy(OverdueInvoiceEntity, {
        partnerId: event.partnerId,
        customerId,
        settled: IsNull(),
      });
      if (stillOverdue > 0) return;
      await this.apply(manager, customer, {
        transition: 'REENABLE',
        reason: `Invoice ${number} was ${settled === 'PAID' ? 'paid' : 'voided'}.`,
        asker: LATE_PAYMENT_ASKER,
        invoiceId,
        details: { invoiceId, invoiceNumber: number, latePayment: true },
      });
      this.logger.info({ customerId, invoiceId, settled }, 'customer re-enabled after late payment');
    });
  }

  /** Each customer's status changes, newest first, for loaders. */
  async statusChangesFor(
    caller: Caller,
    customerIds: readonly string[],
  ): Promise<Map<string, CustomerStatusChangeType[]>> {
    const valid = customerIds.filter(isValidId);
    const byCustomer = new Map<string, CustomerStatusChangeType[]>();
    if (valid.length === 0) return byCustomer;
    const query = this.dataSource
      .getRepository(CustomerStatusChangeEntity)
      .createQueryBuilder('s')
      .where('s.customer_id = ANY(:ids)', { ids: valid });
    const rows = await whereInScope(query, caller, { partner: 's.partner_id', customer: 's.customer_id' })
      .orderBy('s.occurred_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
    for (const row of rows) {
      byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), toStatusChangeType(row)]);
    }
    return byCustomer;
  }

  /** Each customer's pending scheduled cancellation, for loaders. */
  async scheduledFor(caller: Caller, customerIds: readonly string[]): Promise<Map<string, ScheduledCancellationType>> {
    const valid = customerIds.filter(isValidId);
    const byCustomer = new Map<string, ScheduledCancellationType>();
    if (valid.length === 0) return byCustomer;
    const query = this.dataSource
      .getRepository(ScheduledCancellationEntity)
      .createQueryBuilder('s')
      .where('s.customer_id = ANY(:ids)', { ids: valid })
      .andWhere(`s.state = 'PENDING'`);
    const rows = await whereInScope(query, caller, { partner: 's.partner_id', customer: 's.customer_id' }).getMany();
    for (const row of rows) byCustomer.set(row.customerId, toScheduledCancellationType(row));
    return byCustomer;
  }

  /**
   * The ids of the customers with a pending scheduled cancellation, as a subquery (`IN (…)`)
   * scoped to the caller, for the customer list's filter; the partial unique index on pending
   * cancellations answers it.
   */
  pendingCancellationsSubquery(caller: Caller): { sql: string; parameters: Record<string, unknown> } {
    const query = this.dataSource
      .getRepository(ScheduledCancellationEntity)
      .createQueryBuilder('s')
      .select('s.customer_id')
      .where(`s.state = 'PENDING'`);
    whereInScope(query, caller, { partner: 's.partner_id', customer: 's.customer_id' });
    return { sql: query.getQuery(), parameters: query.getParameters() };
  }

  /** Runs a change in a transaction; a Refusal rolls it back and becomes the payload's userErrors. */
  protected async refusable(change: (manager: EntityManager) => Promise<CustomerType>): Promise<StatusPayload> {
    try {
      return { customer: await this.dataSource.transaction(change), userErrors: [] };
    } catch (err) {
      if (err instanceof Refusal) return { customer: null, userErrors: err.userErrors };
      throw err;
    }
  }

  /** The customer, locked, if the caller may see it; a Refusal otherwise. */
  protected async lockVisible(caller: Caller, manager: EntityManager, customerId: string): Promise<CustomerType> {
    const customer = await this.customers.lockVisibleForChange(caller, manager, customerId);
    if (!customer) throw new Refusal([customerNotFound]);
    return customer;
  }

  protected refuseUnless(transition: Transition, customer: CustomerType): void {
    const refusal = refusalOf(transition, customer.status);
    if (refusal) {
      throw new Refusal([userError(lifecycleErrorCodes.TRANSITION_NOT_ALLOWED, refusal, ['input', 'customerId'])]);
    }
  }

  /**
   * Makes the change: the new status, its record, the audit entry and the event. Leaving ACTIVE
   * ends the customer's portal sessions (members cannot use the portal unless it is ACTIVE), and
   * leaving service for good overtakes a cancellation scheduled for later.
   */
  protected async apply(
    manager: EntityManager,
    customer: CustomerType,
    change: {
      transition: Transition;
      reason: string | null;
      asker: Asker;
      mode?: CancellationMode;
      to?: CustomerStatus;
      details?: Record<string, unknown>;
      /** The invoice whose late payment (or its end) the change is for. */
      invoiceId?: string;
    },
  ): Promise<CustomerType> {
    const rule = TRANSITIONS[change.transition];
    const to = change.to ?? (rule.to === 'PREVIOUS' ? 'INACTIVE' : rule.to);
    const { partnerId, id } = customer;
    const { actor, requestId } = change.asker;
    const updated = await this.customers.setStatus(manager, partnerId, id, to);
    await manager.insert(CustomerStatusChangeEntity, {
      partnerId,
      id: newId(),
      customerId: id,
      transition: change.transition,
      fromStatus: customer.status,
      toStatus: to,
      reason: change.reason,
      cancellationMode: change.mode ?? null,
      actorKind: actor.kind,
      actorId: actor.id,
      impersonatorId: actor.impersonatorId,
      occurredAt: () => 'clock_timestamp()',
      invoiceId: change.invoiceId ?? null,
    });
    await this.audit.write(
      partnerId,
      {
        action: rule.event,
        actor,
        targetType: 'Customer',
        targetId: id,
        requestId,
        details: {
          changes: { status: { from: customer.status, to } },
          reason: change.reason,
          ...(change.mode ? { mode: change.mode } : {}),
          ...change.details,
        },
      },
      manager,
    );
    await this.events.publish<CustomerStatusChangedData>(manager, {
      type: rule.event,
      partnerId,
      data: {
        customerId: id,
        previousStatus: customer.status,
        status: to,
        reason: change.reason,
        actor,
        ...(change.mode ? { mode: change.mode } : {}),
      },
    });
    if (to !== 'ACTIVE') await this.sessions.endAllForCustomer(partnerId, id, `customer-${to.toLowerCase()}`, manager);
    if (to === 'INACTIVE' || to === 'CLOSED') {
      const pending = await this.pendingOf(manager, partnerId, id);
      if (pending) await this.settle(manager, pending, 'SUPERSEDED');
    }
    return updated;
  }

  private async schedule(
    manager: EntityManager,
    customer: CustomerType,
    request: { mode: 'END_OF_PERIOD' | 'ON_DATE'; effectiveAt: Date; reason: string | null; asker: Asker },
  ): Promise<void> {
    const { actor, requestId } = request.asker;
    const cancellation = manager.create(ScheduledCancellationEntity, {
      partnerId: customer.partnerId,
      id: newId(),
      customerId: customer.id,
      mode: request.mode,
      effectiveAt: request.effectiveAt,
      reason: request.reason,
      state: 'PENDING',
      scheduledByKind: actor.kind,
      scheduledById: actor.id,
      impersonatorId: actor.impersonatorId,
    });
    await manager.insert(ScheduledCancellationEntity, cancellation);
    await this.enqueue(manager, cancellation);
    const data: CustomerCancellationData = {
      customerId: customer.id,
      mode: request.mode,
      effectiveAt: request.effectiveAt.toISOString(),
      reason: request.reason,
    };
    await this.audit.write(
      customer.partnerId,
      {
        action: CUSTOMER_CANCELLATION_SCHEDULED,
        actor,
        targetType: 'Customer',
        targetId: customer.id,
        requestId,
        details: data,
      },
      manager,
    );
    await this.events.publish<CustomerCancellationData>(manager, {
      type: CUSTOMER_CANCELLATION_SCHEDULED,
      partnerId: customer.partnerId,
      data,
    });
  }

  /** The job that carries a cancellation out, in the same transaction as the row it names. */
  private enqueue(manager: EntityManager, cancellation: ScheduledCancellationEntity): Promise<void> {
    return this.events.enqueue<CancellationJob>(
      manager,
      CANCELLATION_QUEUE,
      { partnerId: cancellation.partnerId, cancellationId: cancellation.id },
      { startAfter: cancellation.effectiveAt, singletonKey: cancellation.id },
    );
  }

  private pendingOf(manager: EntityManager, partnerId: string, customerId: string) {
    return manager.findOneBy(ScheduledCancellationEntity, { partnerId, customerId, state: 'PENDING' });
  }

  private async settle(
    manager: EntityManager,
    cancellation: ScheduledCancellationEntity,
    state: Exclude<ScheduledCancellationState, 'PENDING'>,
  ): Promise<void> {
    await manager.update(
      ScheduledCancellationEntity,
      { partnerId: cancellation.partnerId, id: cancellation.id, state: 'PENDING' },
      { state, settledAt: () => 'now()' },
    );
  }
}
