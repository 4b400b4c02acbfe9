import { createHash } from 'node:crypto';
import {
  type RequestContext,
  type UserError,
  UserErrorCode,
  newId,
  parseInput,
  partnerOf,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { type BillingAccountService, toBillingCustomer } from '../billing-accounts';
import type { LedgerService } from '../ledger';
import { availableMinor, formatMinor, isRepresentableBalance, parseMajor } from '../money';
import { lineAmountMinor, parseDecimal } from '../pricing';
import { USAGE_ERRORS, type UsageRecordInput, type UsageRecordPayload, usageRecordSchema } from './usage.inputs';
import type { UsageRecord, UsageStatus } from './usage.model';
import { toUsageRecordType } from './usage.type';

/** How far ahead of this server's clock a reported time may be. */
const CLOCK_SKEW_MS = 5 * 60_000;

interface UsageRow {
  id: string;
  customerId: string;
  description: string;
  quantity: string;
  unitPriceMinor: string;
  currency: string;
  amountMinor: string;
  occurredAt: Date;
  pricingModel: 'PREPAID' | 'POSTPAID';
  ledgerEntryId: string | null;
  invoiceId: string | null;
  requestDigest: string;
}

const USAGE_COLUMNS = `u.id, u.customer_id AS "customerId", u.description, u.quantity::text AS quantity,
  u.unit_price_minor::text AS "unitPriceMinor", u.currency, u.amount_minor::text AS "amountMinor",
  u.occurred_at AS "occurredAt", u.pricing_model AS "pricingModel", u.ledger_entry_id AS "ledgerEntryId",
  u.invoice_id AS "invoiceId", u.request_digest AS "requestDigest"`;

function statusOf(row: UsageRow): UsageStatus {
  if (row.pricingModel === 'PREPAID') return 'CHARGED';
  return row.invoiceId ? 'INVOICED' : 'UNINVOICED';
}

function toUsage(row: UsageRow): UsageRecord {
  return {
    id: row.id,
    customerId: row.customerId,
    description: row.description,
    quantity: row.quantity.includes('.') ? row.quantity.replace(/0+$/, '').replace(/\.$/, '') : row.quantity,
    unitPriceMinor: BigInt(row.unitPriceMinor),
    currency: row.currency.trim(),
    amountMinor: BigInt(row.amountMinor),
    occurredAt: row.occurredAt,
    status: statusOf(row),
    ledgerEntryId: row.ledgerEntryId,
    invoiceId: row.invoiceId,
  };
}

/** The digest of a usage request: its input without the key, in a fixed order. */
function digestOf(request: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(request)
      .sort()
      .map((key) => [
        key,
        request[key] instanceof Date ? (request[key]).toISOString() : (request[key] ?? null),
      ]),
  );
  return createHash('sha256').update(`usageRecord:${canonical}`).digest('hex');
}

class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

const refuse = (code: UserError['code'], message: string, field: string | null): Refusal =>
  new Refusal([userError(code, message, field ? ['input', field] : null)]);

/**
 * Usage partner apps report, each idempotent under the client's key: PREPAID usage is charged to
 * the ledger at once (refused when the balance does not cover it), POSTPAID usage waits for the
 * next billing run. The key is taken with the record in one transaction, after the customer's
 * account is locked, so a twin request waits for the first and then answers what it recorded; a
 * refused request records nothing and leaves its key free.
 */
export class UsageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: BillingAccountService,
    private readonly ledger: LedgerService,
  ) {}

  async record(context: RequestContext, input: UsageRecordInput): Promise<UsageRecordPayload> {
    const parsed = parseInput(usageRecordSchema, input);
    if (!parsed.ok) return { usageRecord: null, customer: null, replayed: false, userErrors: parsed.userErrors };
    const { idempotencyKey, ...request } = parsed.value;
    const partnerId = partnerOf(context.caller);
    if (!partnerId) throw new Error('usageRecord needs a partner caller');
    const quantity = parseDecimal(request.quantity, 6);
    if (!quantity || quantity.n === 0n || quantity.n / quantity.d >= 10n ** 13n) {
      return this.refused(
        refuse(UserErrorCode.INVALID, 'Give the quantity as a decimal above 0 with at most 6 decimals.', 'quantity'),
      );
    }
    const occurredAt = request.occurredAt ?? new Date();
    if (occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      return this.refused(
        refuse(UserErrorCode.INVALID, 'Usage cannot be reported for a time still to come.', 'occurredAt'),
      );
    }
    const digest = digestOf({ ...request, occurredAt: request.occurredAt ?? null });
    try {
      return await this.dataSource.transaction(async (transaction) => {
        const [account] = await this.accounts.lockForLedger(transaction, context.caller, [request.customerId]);
        if (!account) throw refuse(UserErrorCode.NOT_FOUND, 'That customer was not found.', 'customerId');
        const [earlier] = await transaction.query<UsageRow[]>(
          `SELECT ${USAGE_COLUMNS} FROM billing.usage_records u WHERE u.partner_id = $1 AND u.idempotency_key = $2`,
          [partnerId, idempotencyKey],
        );
        if (earlier) {
          if (earlier.requestDigest !== digest || earlier.customerId !== account.customerId) {
            throw refuse(
              USAGE_ERRORS.USAGE_KEY_REUSED,
              'This idempotency key was already used for a different usage record: send a new key for new usage.',
              'idempotencyKey',
            );
          }
          return this.answer(toUsage(earlier), true);
        }
        const unitPriceMinor = parseMajor(request.unitPrice, account.currency);
        if (unitPriceMinor === null || unitPriceMinor < 0n) {
          throw refuse(
            UserErrorCode.INVALID,
            `Give the unit price as a decimal amount of ${account.currency}, e.g. "0.05".`,
            'unitPrice',
          );
        }
        const amountMinor = lineAmountMinor(unitPriceMinor, quantity);
        if (!isRepresentableBalance(amountMinor)) {
          throw refuse(UserErrorCode.INVALID, 'That usage costs more than any account may hold.', 'quantity');
        }
        const id = newId();
        let ledgerEntryId: string | null = null;
        if (account.pricingModel === 'PREPAID') {
          if (account.closeState !== 'OPEN') {
            throw refuse(
              USAGE_ERRORS.USAGE_CUSTOMER_CLOSED,
              'This customer is closed or being closed: usage cannot be charged.',
              'customerId',
            );
          }
          const available = availableMinor(account.balanceMinor, account.creditLimitMinor);
          if (amountMinor > available) {
            throw refuse(
              USAGE_ERRORS.USAGE_BALANCE_INSUFFICIENT,
              `This usage costs ${formatMinor(amountMinor, account.currency)} ${account.currency} and only ` +
                `${formatMinor(available, account.currency)} ${account.currency} is available: a prepaid balance cannot go below zero.`,
              'quantity',
            );
          }
          ledgerEntryId = newId();
          await this.ledger.append(transaction, partnerId, [
            {
              account,
              id: ledgerEntryId,
              amountMinor: -amountMinor,
              kind: 'CHARGE',
              description: request.description,
              reference: `usage:${id}`,
            },
          ]);
        }
        await transaction.query(
          `INSERT INTO billing.usage_records
                  (partner_id, id, customer_id, description, quantity, unit_price_minor, currency, amount_minor, occurred_at,
                   pricing_model, ledger_entry_id, idempotency_key, request_digest)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            partnerId,
            id,
            account.customerId,
            request.description,
            request.quantity,
            unitPriceMinor.toString(),
            account.currency,
            amountMinor.toString(),
            occurredAt,
            account.pricingModel,
            ledgerEntryId,
            idempotencyKey,
            digest,
          ],
        );
        const [row] = await transaction.query<UsageRow[]>(
          `SELECT ${USAGE_COLUMNS} FROM billing.usage_records u WHERE u.partner_id = $1 AND u.id = $2`,
          [partnerId, id],
        );
        return this.answer(toUsage(row!), false);
      });
    } catch (err) {
      if (err instanceof Refusal) return this.refused(err);
      throw err;
    }
  }

  /** The partner's customers with POSTPAID usage not yet invoiced from before `periodEnd`. */
  async customersBilledIn(partnerId: string, periodEnd: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ customerId: string }[]>(
      `SELECT DISTINCT customer_id AS "customerId" FROM billing.usage_records
        WHERE partner_id = $1 AND pricing_model = 'POSTPAID' AND invoice_id IS NULL
          AND occurred_at < ($2::date)::timestamp AT TIME ZONE 'UTC'`,
      [partnerId, periodEnd],
    );
    return rows.map((row) => row.customerId);
  }

  /** These customers' POSTPAID usage not yet invoiced from before `periodEnd`, oldest first. */
  async uninvoicedIn(
    manager: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
    periodEnd: string,
  ): Promise<UsageRecord[]> {
    if (customerIds.length === 0) return [];
    const rows = await manager.query<UsageRow[]>(
      `SELECT ${USAGE_COLUMNS} FROM billing.usage_records u
        WHERE u.partner_id = $1 AND u.customer_id = ANY($2::uuid[]) AND u.pricing_model = 'POSTPAID'
          AND u.invoice_id IS NULL AND u.occurred_at < ($3::date)::timestamp AT TIME ZONE 'UTC'
        ORDER BY u.customer_id, u.occurred_at, u.id`,
      [partnerId, customerIds, periodEnd],
    );
    return rows.map(toUsage);
  }

  /** Marks usage as billed on the invoices just written; usage some other run took meanwhile stays on its invoice. */
  async markInvoiced(
    manager: EntityManager,
    partnerId: string,
    billed: readonly { usageId: string; invoiceId: string }[],
  ): Promise<void> {
    if (billed.length === 0) return;
    await manager.query(
      `UPDATE billing.usage_records u SET invoice_id = b.invoice_id
         FROM unnest($2::uuid[], $3::uuid[]) AS b (usage_id, invoice_id)
        WHERE u.partner_id = $1 AND u.id = b.usage_id AND u.invoice_id IS NULL`,
      [partnerId, billed.map((b) => b.usageId), billed.map((b) => b.invoiceId)],
    );
  }

  async partnersWithUsage(): Promise<string[]> {
    const rows = await this.dataSource.query<{ partnerId: string }[]>(
      `SELECT DISTINCT partner_id AS "partnerId" FROM billing.usage_records
        WHERE pricing_model = 'POSTPAID' AND invoice_id IS NULL`,
    );
    return rows.map((row) => row.partnerId);
  }

  private answer(record: UsageRecord, replayed: boolean): UsageRecordPayload {
    return {
      usageRecord: toUsageRecordType(record),
      customer: toBillingCustomer(record.customerId, record.currency),
      replayed,
      userErrors: [],
    };
  }

  private refused(refusal: Refusal): UsageRecordPayload {
    return { usageRecord: null, customer: null, replayed: false, userErrors: refusal.userErrors };
  }
}
