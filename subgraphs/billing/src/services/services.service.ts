import {
  CUSTOMER_CANCELLATION_SCHEDULED,
  CUSTOMER_CANCELLATION_WITHDRAWN,
  CUSTOMER_CANCELLED,
  type Caller,
  type EventSubscription,
  type RequestContext,
  type UserError,
  UserErrorCode,
  customerCancellationData,
  customerStatusChangedData,
  defineSubscription,
  isValidId,
  newId,
  parseInput,
  partnerOf,
  userError,
} from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { BillingAccountService } from '../billing-accounts';
import { todayUtc } from '../invoices';
import { MAX_AMOUNT_MINOR, formatMinor, parseMajor } from '../money';
import { isCalendarDate, parseDecimal } from '../pricing';
import type { ServicePeriod } from './service.entity';
import {
  type ServiceCreateInput,
  type ServicePayload,
  type ServiceRemoveInput,
  type ServiceUpdateInput,
  serviceCreateSchema,
  serviceRemoveSchema,
  serviceUpdateSchema,
} from './service.inputs';
import type { Service } from './service.model';
import { toServiceType } from './service.type';

interface ServiceRow {
  id: string;
  customerId: string;
  description: string;
  unitPriceMinor: string;
  currency: string;
  quantity: string;
  period: ServicePeriod;
  startDate: string;
  endDate: string | null;
  ownEndDate: string | null;
  assignedMemberId: string | null;
  createdAt: Date;
}

/** Dates as text; the end billed by is the earlier of the operator's end and the cancellation's (LEAST skips nulls). */
const SERVICE_COLUMNS = `s.id, s.customer_id AS "customerId", s.description, s.unit_price_minor::text AS "unitPriceMinor",
  s.currency, s.quantity::text AS quantity, s.period, s.start_date::text AS "startDate",
  LEAST(s.end_date, s.cancelled_from)::text AS "endDate", s.end_date::text AS "ownEndDate",
  s.assigned_member_id AS "assignedMemberId", s.created_at AS "createdAt"`;

/** A decimal quantity without the trailing zeros numeric(20, 6) pads it with. */
function trimQuantity(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/0+$/, '').replace(/\.$/, '') : quantity;
}

function toService(row: ServiceRow): Service {
  return {
    id: row.id,
    customerId: row.customerId,
    description: row.description,
    unitPriceMinor: BigInt(row.unitPriceMinor),
    currency: row.currency.trim(),
    quantity: trimQuantity(row.quantity),
    period: row.period,
    startDate: row.startDate,
    endDate: row.endDate,
    assignedMemberId: row.assignedMemberId,
    createdAt: row.createdAt,
  };
}

/** The UTC day nearest an instant: a cancellation at local midnight anywhere from UTC−12 to UTC+12 lands on its own day. */
export function nearestUtcDay(instant: Date): string {
  return todayUtc(new Date(instant.getTime() + 12 * 3_600_000));
}

class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

const refuse = (code: UserError['code'], message: string, field: string): Refusal =>
  new Refusal([userError(code, message, ['input', field])]);

interface Terms {
  description: string;
  unitPriceMinor: bigint;
  currency: string;
  quantity: string;
  period: ServicePeriod;
  startDate: string;
  endDate: string | null;
  assignedMemberId: string | null;
}

/** Checks a service's terms as a whole, whichever of them changed. */
function checkTerms(terms: Omit<Terms, 'unitPriceMinor'> & { unitPrice: string }): Terms {
  const unitPriceMinor = parseMajor(terms.unitPrice, terms.currency);
  if (unitPriceMinor === null || unitPriceMinor < 0n || unitPriceMinor > MAX_AMOUNT_MINOR) {
    throw refuse(
      UserErrorCode.INVALID,
      `Give the price as a decimal amount of ${terms.currency}, e.g. "19.99".`,
      'unitPrice',
    );
  }
  const quantity = parseDecimal(terms.quantity, 6);
  if (!quantity || quantity.n === 0n || quantity.n / quantity.d >= 10n ** 13n) {
    throw refuse(UserErrorCode.INVALID, 'Give the quantity as a decimal above 0 with at most 6 decimals.', 'quantity');
  }
  if (!isCalendarDate(terms.startDate)) throw refuse(UserErrorCode.INVALID, 'That is not a date.', 'startDate');
  if (terms.endDate !== null) {
    if (!isCalendarDate(terms.endDate)) throw refuse(UserErrorCode.INVALID, 'That is not a date.', 'endDate');
    if (terms.endDate < terms.startDate) {
      throw refuse(UserErrorCode.INVALID, 'A service cannot end before it starts.', 'endDate');
    }
  }
  if (terms.assignedMemberId !== null && !isValidId(terms.assignedMemberId)) {
    throw refuse(UserErrorCode.NOT_FOUND, 'That member was not found.', 'assignedMemberId');
  }
  const { unitPrice: _, ...rest } = terms;
  return { ...rest, unitPriceMinor };
}

/**
 * Customers' services: created, changed and ended by operators and partner apps, ended by the
 * customer's cancellation (and restored when a scheduled one is withdrawn), and read by the billing
 * run. Suspension does not stop them: a suspended customer is still billed.
 */
export class ServicesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: BillingAccountService,
  ) {}

  async create(context: RequestContext, input: ServiceCreateInput): Promise<ServicePayload> {
    const parsed = parseInput(serviceCreateSchema, input);
    if (!parsed.ok) return { service: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = this.partnerOf(context.caller);
    return this.refusable(async (transaction) => {
      const [account] = await this.accounts.findVisibleInTransaction(transaction, context.caller, [command.customerId]);
      if (!account) throw refuse(UserErrorCode.NOT_FOUND, 'That customer was not found.', 'customerId');
      const terms = checkTerms({
        description: command.description,
        unitPrice: command.unitPrice,
        currency: command.currency ?? account.currency,
        quantity: command.quantity ?? '1',
        period: command.period,
        startDate: command.startDate ?? todayUtc(),
        endDate: command.endDate ?? null,
        assignedMemberId: command.assignedMemberId ?? null,
      });
      const id = newId();
      await transaction.query(
        `INSERT INTO billing.services
                (partner_id, id, customer_id, description, unit_price_minor, currency, quantity, period, start_date,
                 end_date, assigned_member_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          partnerId,
          id,
          account.customerId,
          terms.description,
          terms.unitPriceMinor.toString(),
          terms.currency,
          terms.quantity,
          terms.period,
          terms.startDate,
          terms.endDate,
          terms.assignedMemberId,
        ],
      );
      const service = await this.findIn(transaction, partnerId, id);
      await context.audit(
        {
          action: 'service.created',
          partnerId,
          targetType: 'Customer',
          targetId: account.customerId,
          details: this.auditDetails(service!),
        },
        transaction,
      );
      return service!;
    });
  }

  async update(context: RequestContext, input: ServiceUpdateInput): Promise<ServicePayload> {
    const parsed = parseInput(serviceUpdateSchema, input);
    if (!parsed.ok) return { service: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = this.partnerOf(context.caller);
    return this.refusable(async (transaction) => {
      const { service: before, ownEndDate } = await this.lockVisible(transaction, context.caller, command.id);
      const currency = command.currency ?? before.currency;
      // A new currency without a new price would silently reprice the service.
      if (currency !== before.currency && !command.unitPrice) {
        throw refuse(UserErrorCode.REQUIRED, 'Give the price in the new currency too.', 'unitPrice');
      }
      const terms = checkTerms({
        description: command.description ?? before.description,
        unitPrice: command.unitPrice ?? formatMinor(before.unitPriceMinor, before.currency),
        currency,
        quantity: command.quantity ?? before.quantity,
        period: command.period ?? before.period,
        startDate: command.startDate ?? before.startDate,
        endDate: command.endDate !== undefined && command.endDate !== null ? command.endDate : ownEndDate,
        assignedMemberId:
          command.assignedMemberId !== undefined && command.assignedMemberId !== null
            ? command.assignedMemberId
            : before.assignedMemberId,
      });
      await transaction.query(
        `UPDATE billing.services
            SET description = $3, unit_price_minor = $4, currency = $5, quantity = $6, period = $7, start_date = $8,
                end_date = $9, assigned_member_id = $10, updated_at = now()
          WHERE partner_id = $1 AND id = $2`,
        [
          partnerId,
          before.id,
          terms.description,
          terms.unitPriceMinor.toString(),
          terms.currency,
          terms.quantity,
          terms.period,
          terms.startDate,
          terms.endDate,
          terms.assignedMemberId,
        ],
      );
      const after = await this.findIn(transaction, partnerId, before.id);
      await context.audit(
        {
          action: 'service.updated',
          partnerId,
          targetType: 'Customer',
          targetId: before.customerId,
          details: { before: this.auditDetails(before), after: this.auditDetails(after!) },
        },
        transaction,
      );
      return after!;
    });
  }

  async remove(context: RequestContext, input: ServiceRemoveInput): Promise<ServicePayload> {
    const parsed = parseInput(serviceRemoveSchema, input);
    if (!parsed.ok) return { service: null, userErrors: parsed.userErrors };
    const partnerId = this.partnerOf(context.caller);
    return this.refusable(async (transaction) => {
      const { service } = await this.lockVisible(transaction, context.caller, parsed.value.id);
      const requested = parsed.value.endDate ?? todayUtc();
      if (!isCalendarDate(requested)) throw refuse(UserErrorCode.INVALID, 'That is not a date.', 'endDate');
      // A service removed before it starts is never billed.
      const endDate = requested < service.startDate ? service.startDate : requested;
      await transaction.query(
        `UPDATE billing.services SET end_date = $3, updated_at = now() WHERE partner_id = $1 AND id = $2`,
        [partnerId, service.id, endDate],
      );
      const after = await this.findIn(transaction, partnerId, service.id);
      await context.audit(
        {
          action: 'service.removed',
          partnerId,
          targetType: 'Customer',
          targetId: service.customerId,
          details: this.auditDetails(after!),
        },
        transaction,
      );
      return after!;
    });
  }

  /** This request's loader of each customer's services, oldest first; reached only through a visible customer. */
  servicesLoader(caller: Caller): DataLoader<string, Service[]> {
    return new DataLoader(async (customerIds: readonly string[]) => {
      const partnerId = partnerOf(caller);
      const ids = customerIds.filter(isValidId);
      const rows =
        partnerId && ids.length > 0
          ? await this.dataSource.query<ServiceRow[]>(
              `SELECT ${SERVICE_COLUMNS} FROM billing.services s
                WHERE s.partner_id = $1 AND s.customer_id = ANY($2::uuid[])
                ORDER BY s.start_date, s.created_at, s.id`,
              [partnerId, ids],
            )
          : [];
      return customerIds.map((id) => rows.filter((row) => row.customerId === id).map(toService));
    });
  }

  /** The partner's customers with a service billable on some day of [periodStart, periodEnd). */
  async customersBilledIn(partnerId: string, periodStart: string, periodEnd: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ customerId: string }[]>(
      `SELECT DISTINCT customer_id AS "customerId" FROM billing.services
        WHERE partner_id = $1 AND start_date < $3 AND COALESCE(LEAST(end_date, cancelled_from), 'infinity') > $2`,
      [partnerId, periodStart, periodEnd],
    );
    return rows.map((row) => row.customerId);
  }

  /** These customers' services billable on some day of [periodStart, periodEnd). */
  async billableIn(
    manager: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
    periodStart: string,
    periodEnd: string,
  ): Promise<Service[]> {
    if (customerIds.length === 0) return [];
    const rows = await manager.query<ServiceRow[]>(
      `SELECT ${SERVICE_COLUMNS} FROM billing.services s
        WHERE s.partner_id = $1 AND s.customer_id = ANY($2::uuid[]) AND s.start_date < $4
          AND COALESCE(LEAST(s.end_date, s.cancelled_from), 'infinity') > $3
        ORDER BY s.customer_id, s.start_date, s.created_at, s.id`,
      [partnerId, customerIds, periodStart, periodEnd],
    );
    return rows.map(toService);
  }

  /** Partners with any service, for the scheduled run. */
  async partnersWithServices(): Promise<string[]> {
    const rows = await this.dataSource.query<{ partnerId: string }[]>(
      `SELECT DISTINCT partner_id AS "partnerId" FROM billing.services`,
    );
    return rows.map((row) => row.partnerId);
  }

  /**
   * The customer's services stop from `day` (or earlier, if they already stop earlier for a
   * cancellation). Setting it again changes nothing, so a redelivered event is harmless.
   */
  async endForCancellation(partnerId: string, customerId: string, day: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE billing.services
          SET cancelled_from = GREATEST(LEAST(COALESCE(cancelled_from, $3::date), $3::date), start_date), updated_at = now()
        WHERE partner_id = $1 AND customer_id = $2`,
      [partnerId, customerId, day],
    );
  }

  /** A scheduled cancellation was withdrawn: the services run on to their own ends. */
  async restoreAfterWithdrawal(partnerId: string, customerId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE billing.services SET cancelled_from = NULL, updated_at = now()
        WHERE partner_id = $1 AND customer_id = $2 AND cancelled_from IS NOT NULL`,
      [partnerId, customerId],
    );
  }

  /**
   * Accounts' cancellations: one now ends the services today; one scheduled for later ends them
   * from its effective day (the UTC day nearest it), and one withdrawn gives them back. When the
   * scheduled one is carried out, `customer.cancelled` finds them already ending then.
   */
  subscriptions(): EventSubscription<unknown>[] {
    return [
      defineSubscription({
        event: CUSTOMER_CANCELLED,
        queue: 'billing.services-customer-cancelled',
        data: customerStatusChangedData,
        handle: (event) => {
          const at = new Date(event.occurredAt);
          // Carried out later, it lands on its effective day, which the schedule already set as the end.
          const scheduled = event.data.mode === 'END_OF_PERIOD' || event.data.mode === 'ON_DATE';
          return this.endForCancellation(
            event.partnerId,
            event.data.customerId,
            scheduled ? nearestUtcDay(at) : todayUtc(at),
          );
        },
      }),
      defineSubscription({
        event: CUSTOMER_CANCELLATION_SCHEDULED,
        queue: 'billing.services-cancellation-scheduled',
        data: customerCancellationData,
        handle: (event) =>
          this.endForCancellation(
            event.partnerId,
            event.data.customerId,
            nearestUtcDay(new Date(event.data.effectiveAt)),
          ),
      }),
      defineSubscription({
        event: CUSTOMER_CANCELLATION_WITHDRAWN,
        queue: 'billing.services-cancellation-withdrawn',
        data: customerCancellationData,
        handle: (event) => this.restoreAfterWithdrawal(event.partnerId, event.data.customerId),
      }),
    ];
  }

  private async lockVisible(
    transaction: EntityManager,
    caller: Caller,
    id: string,
  ): Promise<{ service: Service; ownEndDate: string | null }> {
    const partnerId = this.partnerOf(caller);
    const [row] = isValidId(id)
      ? await transaction.query<ServiceRow[]>(
          `SELECT ${SERVICE_COLUMNS} FROM billing.services s WHERE s.partner_id = $1 AND s.id = $2 FOR UPDATE`,
          [partnerId, id],
        )
      : [];
    const visible = row && (await this.accounts.findVisibleInTransaction(transaction, caller, [row.customerId]));
    if (!row || !visible || visible.length === 0) {
      throw refuse(UserErrorCode.NOT_FOUND, 'That service was not found.', 'id');
    }
    return { service: toService(row), ownEndDate: row.ownEndDate };
  }

  private async findIn(manager: EntityManager, partnerId: string, id: string): Promise<Service | null> {
    const [row] = await manager.query<ServiceRow[]>(
      `SELECT ${SERVICE_COLUMNS} FROM billing.services s WHERE s.partner_id = $1 AND s.id = $2`,
      [partnerId, id],
    );
    return row ? toService(row) : null;
  }

  private auditDetails(service: Service): Record<string, unknown> {
    return {
      serviceId: service.id,
      description: service.description,
      unitPriceMinor: Number(service.unitPriceMinor),
      currency: service.currency,
      quantity: service.quantity,
      period: service.period,
      startDate: service.startDate,
      endDate: service.endDate,
      assignedMemberId: service.assignedMemberId,
    };
  }

  private partnerOf(caller: Caller): string {
    const partnerId = partnerOf(caller);
    // Only partner callers hold billing:write.
    if (!partnerId) throw new Error('services need a partner caller');
    return partnerId;
  }

  private async refusable(work: (transaction: EntityManager) => Promise<Service>): Promise<ServicePayload> {
    try {
      const service = await this.dataSource.transaction(work);
      return { service: toServiceType(service), userErrors: [] };
    } catch (err) {
      if (err instanceof Refusal) return { service: null, userErrors: err.userErrors };
      throw err;
    }
  }
}
