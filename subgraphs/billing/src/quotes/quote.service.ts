import {
  type Caller,
  type ConnectionArgs,
  ForbiddenError,
  type KeysetSeek,
  type RequestContext,
  type UserError,
  UserErrorCode,
  isValidId,
  keysetPageOf,
  keysetSeekSql,
  newId,
  parseInput,
  partnerOf,
  planKeysetSeek,
  scopeOf,
  timestampOrder,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { BillingAccountService } from '../billing-accounts';
import { type InvoiceService, todayUtc } from '../invoices';
import { sumMinor } from '../money';
import type { QuoteStatus } from './quote.entity';
import {
  QUOTE_ERRORS,
  type QuoteAcceptInput,
  type QuoteAcceptPayload,
  type QuoteChangePayload,
  type QuoteCreateInput,
  type QuoteDeclineInput,
  type QuoteSendInput,
  quoteCreateSchema,
  quoteDeclineSchema,
} from './quote.inputs';
import { type Quote, type QuoteLine, priceLine } from './quote.model';
import { QuoteConnection, toQuoteType } from './quote.type';

export const quoteOrder = timestampOrder<Quote>('q', 'created_at', (quote) => quote.createdAt, true);

const QUOTE_COLUMNS = `q.id, q.partner_id AS "partnerId", q.customer_id AS "customerId", q.status, q.currency,
  q.valid_until::text AS "validUntil", q.subtotal_minor::text AS "subtotalMinor", q.tax_minor::text AS "taxMinor",
  q.total_minor::text AS "totalMinor", q.invoice_id AS "invoiceId", q.decline_reason AS "declineReason",
  q.created_at AS "createdAt", q.sent_at AS "sentAt", q.decided_at AS "decidedAt"`;

interface QuoteRow {
  id: string;
  partnerId: string;
  customerId: string;
  status: QuoteStatus;
  currency: string;
  validUntil: string;
  subtotalMinor: string;
  taxMinor: string;
  totalMinor: string;
  invoiceId: string | null;
  declineReason: string | null;
  createdAt: Date;
  sentAt: Date | null;
  decidedAt: Date | null;
}

interface LineRow {
  quoteId: string;
  position: number;
  description: string;
  quantity: string;
  unitAmountMinor: string;
  amountMinor: string;
  taxRatePpm: number;
  taxMinor: string;
}

/** "2.500000" → "2.5": the quantity as it was written. */
function plainQuantity(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/0+$/, '').replace(/\.$/, '') : quantity;
}

export interface QuoteFilter {
  customerId: string | null;
  statuses: QuoteStatus[] | null;
}

const NOT_FOUND = (field = 'quoteId') =>
  userError(UserErrorCode.NOT_FOUND, 'That quote was not found.', ['input', field]);

/**
 * Quotes and their lifecycle: written as DRAFT, SENT to the customer, then ACCEPTED (into a draft
 * invoice, through the invoices module), DECLINED, or EXPIRED once their last valid day has passed.
 * Every change locks the quote's row first, so two acceptances of one quote run one after the
 * other and the second finds it taken.
 */
export class QuoteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: BillingAccountService,
    private readonly invoices: InvoiceService,
  ) {}

  async create(context: RequestContext, input: QuoteCreateInput): Promise<QuoteChangePayload> {
    const partnerId = this.writingPartner(context.caller);
    const parsed = parseInput(quoteCreateSchema, input);
    if (!parsed.ok) return { quote: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    if (command.validUntil < todayUtc()) {
      return {
        quote: null,
        userErrors: [
          userError(UserErrorCode.INVALID, 'The last valid day cannot be in the past.', ['input', 'validUntil']),
        ],
      };
    }
    return this.dataSource.transaction(async (transaction) => {
      const [account] = await this.accounts.findVisibleInTransaction(transaction, context.caller, [command.customerId]);
      if (!account) {
        return {
          quote: null,
          userErrors: [userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])],
        };
      }
      const id = newId();
      const lines = command.lines.map((line, i) => ({
        position: i + 1,
        description: line.description,
        quantity: line.quantity,
        unitAmountMinor: line.unitAmount,
        taxRatePpm: line.taxRatePpm,
        ...priceLine(line.quantity, line.unitAmount, line.taxRatePpm),
      }));
      const subtotalMinor = sumMinor(lines.map((line) => line.amountMinor));
      const taxMinor = sumMinor(lines.map((line) => line.taxMinor));
      await transaction.query(
        `INSERT INTO billing.quotes
                (partner_id, id, customer_id, status, currency, valid_until, subtotal_minor, tax_minor, total_minor)
         VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6, $7, $8)`,
        [
          partnerId,
          id,
          account.customerId,
          account.currency,
          command.validUntil,
          subtotalMinor.toString(),
          taxMinor.toString(),
          (subtotalMinor + taxMinor).toString(),
        ],
      );
      await transaction.query(
        `INSERT INTO billing.quote_lines
                (partner_id, quote_id, position, description, quantity, unit_amount_minor, amount_minor, tax_rate_ppm, tax_minor)
         SELECT $1, $2, l.*
           FROM unnest($3::int[], $4::text[], $5::numeric[], $6::bigint[], $7::bigint[], $8::int[], $9::bigint[]) AS l`,
        [
          partnerId,
          id,
          lines.map((line) => line.position),
          lines.map((line) => line.description),
          lines.map((line) => line.quantity),
          lines.map((line) => line.unitAmountMinor.toString()),
          lines.map((line) => line.amountMinor.toString()),
          lines.map((line) => line.taxRatePpm),
          lines.map((line) => line.taxMinor.toString()),
        ],
      );
      await context.audit(
        { action: 'quote.created', partnerId, targetType: 'Customer', targetId: account.customerId, details: { quoteId: id } },
        transaction,
      );
      const [quote] = await this.findIn(transaction, partnerId, [id]);
      return { quote: toQuoteType(quote!), userErrors: [] };
    });
  }

  send(context: RequestContext, input: QuoteSendInput): Promise<QuoteChangePayload> {
    return this.change(context, input.quoteId, async (quote, transaction) => {
      if (quote.status !== 'DRAFT') {
        return [userError(QUOTE_ERRORS.QUOTE_NOT_DRAFT, `The quote is ${quote.status}: only a draft can be sent.`, ['input', 'quoteId'])];
      }
      if (quote.validUntil < todayUtc()) {
        return [
          userError(QUOTE_ERRORS.QUOTE_EXPIRED, 'The quote’s last valid day has passed: write a new one.', ['input', 'quoteId']),
        ];
      }
      await transaction.query(
        `UPDATE billing.quotes SET status = 'SENT', sent_at = now(), updated_at = now() WHERE id = $1`,
        [quote.id],
      );
      await this.audit(context, transaction, quote, 'quote.sent');
      return [];
    });
  }

  async accept(context: RequestContext, input: QuoteAcceptInput): Promise<QuoteAcceptPayload> {
    let invoiceId: string | null = null;
    const result = await this.change(context, input.quoteId, async (quote, transaction) => {
      const refused = await this.refuseDecision(quote, transaction, 'accepted');
      if (refused.length > 0) return refused;
      const { created } = await this.invoices.insert(transaction, quote.partnerId, [
        {
          customerId: quote.customerId,
          kind: 'INVOICE',
          source: 'QUOTE',
          currency: quote.currency,
          issue: false,
          lines: quote.lines.map((line) => ({
            kind: 'CUSTOM',
            description: line.description,
            quantity: line.quantity,
            unitAmountMinor: line.unitAmountMinor,
            amountMinor: line.amountMinor,
            taxRatePpm: line.taxRatePpm,
            taxMinor: line.taxMinor,
          })),
        },
      ]);
      invoiceId = created[0]!.id;
      await transaction.query(
        `UPDATE billing.quotes SET status = 'ACCEPTED', invoice_id = $2, decided_at = now(), updated_at = now()
          WHERE id = $1`,
        [quote.id, invoiceId],
      );
      await this.audit(context, transaction, quote, 'quote.accepted', { invoiceId });
      return [];
    });
    return { ...result, invoiceId: result.userErrors.length === 0 ? invoiceId : null };
  }

  async decline(context: RequestContext, input: QuoteDeclineInput): Promise<QuoteChangePayload> {
    const parsed = parseInput(quoteDeclineSchema, input);
    if (!parsed.ok) return { quote: null, userErrors: parsed.userErrors };
    const { reason } = parsed.value;
    return this.change(context, input.quoteId, async (quote, transaction) => {
      const refused = await this.refuseDecision(quote, transaction, 'declined');
      if (refused.length > 0) return refused;
      await transaction.query(
        `UPDATE billing.quotes SET status = 'DECLINED', decline_reason = $2, decided_at = now(), updated_at = now()
          WHERE id = $1`,
        [quote.id, reason],
      );
      await this.audit(context, transaction, quote, 'quote.declined');
      return [];
    });
  }

  /** Marks every SENT quote whose last valid day is before `today` EXPIRED; answers how many. */
  async expireDue(today = todayUtc()): Promise<number> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `UPDATE billing.quotes SET status = 'EXPIRED', decided_at = now(), updated_at = now()
        WHERE status = 'SENT' AND valid_until < $1::date
        RETURNING id`,
      [today],
    );
    return rows.length;
  }

  /**
   * The caller's quotes, newest first. An operator limited to one reseller, or a portal member,
   * lists one customer at a time (the filter's, once checked); billing keeps no reseller beside a
   * quote to narrow a partner-wide list by.
   */
  async list(caller: Caller, filter: QuoteFilter, args: ConnectionArgs): Promise<QuoteConnection> {
    const seek = planKeysetSeek(quoteOrder, args);
    const partnerId = partnerOf(caller);
    const scope = scopeOf(caller);
    let customerId = filter.customerId;
    if (scope.customerId) customerId = customerId && customerId !== scope.customerId ? null : scope.customerId;
    const narrowed = Boolean(scope.resellerId || scope.customerId);
    if (customerId) {
      const visible = isValidId(customerId) ? await this.accounts.findVisible(caller, [customerId]) : [];
      if (visible.length === 0) customerId = null;
    }
    if (!partnerId || (narrowed && !customerId) || (filter.customerId && !customerId)) {
      return toConnection(QuoteConnection, keysetPageOf(quoteOrder, seek, []), toQuoteType, () => Promise.resolve(0));
    }
    const conditions = ['q.partner_id = :partnerId'];
    const parameters: Record<string, unknown> = { partnerId };
    if (customerId) {
      conditions.push('q.customer_id = :customerId');
      parameters.customerId = customerId;
    }
    if (filter.statuses?.length) {
      conditions.push('q.status = ANY(:statuses::text[])');
      parameters.statuses = filter.statuses;
    }
    const page = keysetSeekSql(quoteOrder, seek);
    const rows = await this.query<QuoteRow>(
      `SELECT ${QUOTE_COLUMNS} FROM billing.quotes q
        WHERE ${[...conditions, ...(page.condition ? [page.condition] : [])].join(' AND ')}
        ORDER BY ${page.orderBy} LIMIT :pageLimit`,
      { ...parameters, ...page.parameters, pageLimit: page.limit },
    );
    const quotes = await this.withLines(this.dataSource.manager, partnerId, rows);
    return toConnection(QuoteConnection, keysetPageOf(quoteOrder, seek, quotes), toQuoteType, async () => {
      const [count] = await this.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM billing.quotes q WHERE ${conditions.join(' AND ')}`,
        parameters,
      );
      return count?.count ?? 0;
    });
  }

  /** Each customer's page of quotes in one statement; the customers were checked by the reference resolver. */
  async pagesFor(
    caller: Caller,
    customerIds: readonly string[],
    statuses: QuoteStatus[] | null,
    seek: KeysetSeek,
  ): Promise<Quote[]> {
    const partnerId = partnerOf(caller);
    if (!partnerId) return [];
    const page = keysetSeekSql(quoteOrder, seek);
    const conditions = [
      'q.partner_id = :partnerId',
      'q.customer_id = owner.customer_id',
      ...(statuses?.length ? ['q.status = ANY(:statuses::text[])'] : []),
      ...(page.condition ? [page.condition] : []),
    ];
    const rows = await this.query<QuoteRow>(
      `SELECT q.* FROM unnest(:customerIds::uuid[]) WITH ORDINALITY AS owner (customer_id, ordinal)
        CROSS JOIN LATERAL (
              SELECT ${QUOTE_COLUMNS} FROM billing.quotes q
               WHERE ${conditions.join(' AND ')}
               ORDER BY ${page.orderBy}
               LIMIT :pageLimit
              ) q
        ORDER BY owner.ordinal, ${page.orderBy.replace(/q\.created_at/g, 'q."createdAt"')}`,
      { ...page.parameters, partnerId, customerIds, statuses, pageLimit: page.limit },
    );
    return this.withLines(this.dataSource.manager, partnerId, rows);
  }

  /** How many quotes each of these customers has, in one grouped statement. */
  async countsFor(
    caller: Caller,
    customerIds: readonly string[],
    statuses: QuoteStatus[] | null,
  ): Promise<Map<string, number>> {
    const partnerId = partnerOf(caller);
    if (!partnerId) return new Map();
    const rows = await this.query<{ customerId: string; count: number }>(
      `SELECT customer_id AS "customerId", count(*)::int AS count FROM billing.quotes q
        WHERE q.partner_id = :partnerId AND q.customer_id = ANY(:customerIds::uuid[])
          ${statuses?.length ? 'AND q.status = ANY(:statuses::text[])' : ''}
        GROUP BY customer_id`,
      { partnerId, customerIds, statuses },
    );
    return new Map(rows.map((row) => [row.customerId, row.count]));
  }

  private async refuseDecision(quote: Quote, transaction: EntityManager, verb: string): Promise<UserError[]> {
    if (quote.status === 'ACCEPTED') {
      return [userError(QUOTE_ERRORS.QUOTE_ALREADY_ACCEPTED, 'The quote was already accepted.', ['input', 'quoteId'])];
    }
    if (quote.status !== 'SENT') {
      return [
        userError(QUOTE_ERRORS.QUOTE_NOT_SENT, `The quote is ${quote.status}: only a sent quote can be ${verb}.`, [
          'input',
          'quoteId',
        ]),
      ];
    }
    if (quote.validUntil < todayUtc()) {
      // The sweep would have caught it within the hour; say so now, and record it.
      await transaction.query(
        `UPDATE billing.quotes SET status = 'EXPIRED', decided_at = now(), updated_at = now() WHERE id = $1`,
        [quote.id],
      );
      return [userError(QUOTE_ERRORS.QUOTE_EXPIRED, 'The quote’s last valid day has passed.', ['input', 'quoteId'])];
    }
    return [];
  }

  /**
   * Runs one change of a quote under its row lock, after checking the caller may see its customer.
   * A refusal still commits what the change recorded (an expiry it noticed); the quote is answered
   * as it then stands.
   */
  private async change(
    context: RequestContext,
    quoteId: string,
    apply: (quote: Quote, transaction: EntityManager) => Promise<UserError[]>,
  ): Promise<QuoteChangePayload> {
    const partnerId = this.writingPartner(context.caller);
    if (!isValidId(quoteId)) return { quote: null, userErrors: [NOT_FOUND()] };
    return this.dataSource.transaction(async (transaction) => {
      const [row] = await transaction.query<QuoteRow[]>(
        `SELECT ${QUOTE_COLUMNS} FROM billing.quotes q WHERE q.partner_id = $1 AND q.id = $2 FOR UPDATE`,
        [partnerId, quoteId],
      );
      if (!row) return { quote: null, userErrors: [NOT_FOUND()] };
      const visible = await this.accounts.findVisibleInTransaction(transaction, context.caller, [row.customerId]);
      if (visible.length === 0) return { quote: null, userErrors: [NOT_FOUND()] };
      const [quote] = await this.withLines(transaction, partnerId, [row]);
      const userErrors = await apply(quote!, transaction);
      if (userErrors.length > 0) return { quote: null, userErrors };
      const [changed] = await this.findIn(transaction, partnerId, [quoteId]);
      return { quote: toQuoteType(changed!), userErrors: [] };
    });
  }

  private writingPartner(caller: Caller): string {
    const partnerId = partnerOf(caller);
    if (!partnerId) throw new ForbiddenError('Quotes are written by a partner’s own operators and API keys.');
    return partnerId;
  }

  private audit(
    context: RequestContext,
    transaction: EntityManager,
    quote: Quote,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return context.audit(
      {
        action,
        partnerId: quote.partnerId,
        targetType: 'Customer',
        targetId: quote.customerId,
        details: { quoteId: quote.id, ...details },
      },
      transaction,
    );
  }

  async findIn(manager: EntityManager, partnerId: string, ids: readonly string[]): Promise<Quote[]> {
    const rows = await manager.query<QuoteRow[]>(
      `SELECT ${QUOTE_COLUMNS} FROM billing.quotes q WHERE q.partner_id = $1 AND q.id = ANY($2::uuid[])`,
      [partnerId, ids],
    );
    const quotes = new Map((await this.withLines(manager, partnerId, rows)).map((quote) => [quote.id, quote]));
    return ids.flatMap((id) => quotes.get(id) ?? []);
  }

  /** The rows as quotes, with every quote's lines read in one statement. */
  private async withLines(manager: EntityManager, partnerId: string, rows: readonly QuoteRow[]): Promise<Quote[]> {
    if (rows.length === 0) return [];
    const lines = await manager.query<LineRow[]>(
      `SELECT quote_id AS "quoteId", position, description, quantity::text AS quantity,
              unit_amount_minor::text AS "unitAmountMinor", amount_minor::text AS "amountMinor",
              tax_rate_ppm AS "taxRatePpm", tax_minor::text AS "taxMinor"
         FROM billing.quote_lines
        WHERE partner_id = $1 AND quote_id = ANY($2::uuid[])
        ORDER BY quote_id, position`,
      [partnerId, rows.map((row) => row.id)],
    );
    const byQuote = new Map<string, QuoteLine[]>();
    for (const line of lines) {
      const list = byQuote.get(line.quoteId) ?? [];
      list.push({
        position: line.position,
        description: line.description,
        quantity: plainQuantity(line.quantity),
        unitAmountMinor: BigInt(line.unitAmountMinor),
        amountMinor: BigInt(line.amountMinor),
        taxRatePpm: line.taxRatePpm,
        taxMinor: BigInt(line.taxMinor),
      });
      byQuote.set(line.quoteId, list);
    }
    return rows.map((row) => ({
      id: row.id,
      partnerId: row.partnerId,
      customerId: row.customerId,
      status: row.status,
      currency: row.currency.trim(),
      validUntil: row.validUntil,
      subtotalMinor: BigInt(row.subtotalMinor),
      taxMinor: BigInt(row.taxMinor),
      totalMinor: BigInt(row.totalMinor),
      invoiceId: row.invoiceId,
      declineReason: row.declineReason,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
      decidedAt: row.decidedAt,
      lines: byQuote.get(row.id) ?? [],
    }));
  }

  private query<TRow>(sql: string, parameters: Record<string, unknown>): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<TRow[]>(text, values);
  }
}
