import {
  type Caller,
  type DomainEvent,
  type EventBus,
  INVOICE_ISSUED,
  INVOICE_OVERDUE,
  INVOICE_PAID,
  INVOICE_PART_SETTLED,
  INVOICE_VOIDED,
  type InvoiceEventData,
  type InvoiceStatus,
  type KeysetPage,
  type KeysetSeek,
  isValidId,
  keysetPageOf,
  keysetSeekSql,
  groupBy,
  newId,
  scopeConditions,
  scopeOf,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { FxSource, InvoiceKind, InvoiceLineKind, InvoiceSource, PaymentMethod } from './invoice.entity';
import type {
  BillTo,
  Invoice,
  InvoiceDraft,
  InvoiceLine,
  InvoicePayment,
  InvoiceSettings,
  InvoiceWithLines,
} from './invoice.model';

const DEFAULT_PREFIX = 'INV-';
/** Sequences shorter than this are zero-padded, so numbers sort as text the way they sort as numbers. */
const NUMBER_DIGITS = 6;

export function formatInvoiceNumber(prefix: string, sequence: bigint): string {
  return `${prefix}${sequence.toString().padStart(NUMBER_DIGITS, '0')}`;
}

/** Today in UTC as YYYY-MM-DD, the calendar billing dates are kept in. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

interface InvoiceRow {
  id: string;
  partnerId: string;
  customerId: string;
  kind: InvoiceKind;
  source: InvoiceSource;
  status: InvoiceStatus;
  number: string | null;
  currency: string;
  periodStart: string | null;
  periodEnd: string | null;
  issueDate: string | null;
  dueDate: string | null;
  subtotalMinor: string;
  taxMinor: string;
  totalMinor: string;
  paidMinor: string;
  creditedMinor: string;
  reverseCharge: boolean;
  billTo: BillTo | null;
  fxRate: string | null;
  fxBaseCurrency: string | null;
  fxSource: FxSource | null;
  correctsInvoiceId: string | null;
  voidReason: string | null;
  createdAt: Date;
  listedOn: string;
}

interface LineRow {
  invoiceId: string;
  position: number;
  kind: InvoiceLineKind;
  description: string;
  quantity: string;
  unitAmountMinor: string;
  amountMinor: string;
  taxRatePpm: number;
  taxMinor: string;
  periodStart: string | null;
  periodEnd: string | null;
  sourceId: string | null;
}

/** Dates as text: a calendar day must not pass through a Date and a time zone on its way. */
export const INVOICE_COLUMNS = `i.id, i.partner_id AS "partnerId", i.customer_id AS "customerId", i.kind, i.source, i.status,
  i.number, i.currency, i.period_start::text AS "periodStart", i.period_end::text AS "periodEnd",
  i.issue_date::text AS "issueDate", i.due_date::text AS "dueDate", i.subtotal_minor::text AS "subtotalMinor",
  i.tax_minor::text AS "taxMinor", i.total_minor::text AS "totalMinor", i.paid_minor::text AS "paidMinor",
  i.credited_minor::text AS "creditedMinor",
  i.reverse_charge AS "reverseCharge", i.bill_to AS "billTo", i.fx_rate::text AS "fxRate", i.fx_base_currency AS "fxBaseCurrency",
  i.fx_source AS "fxSource", i.corrects_invoice_id AS "correctsInvoiceId", i.void_reason AS "voidReason",
  i.created_at AS "createdAt", i.listed_on::text AS "listedOn"`;

export function toInvoice(row: InvoiceRow): Invoice {
  const totalMinor = BigInt(row.totalMinor);
  const paidMinor = BigInt(row.paidMinor);
  const creditedMinor = BigInt(row.creditedMinor);
  // Only an invoice still open can be owed; a credit note is never owed itself.
  const owing = row.kind === 'INVOICE' && (row.status === 'OPEN' || row.status === 'OVERDUE');
  const due = owing ? totalMinor - paidMinor - creditedMinor : 0n;
  return {
    id: row.id,
    partnerId: row.partnerId,
    customerId: row.customerId,
    kind: row.kind,
    source: row.source,
    status: row.status,
    number: row.number,
    currency: row.currency.trim(),
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    subtotalMinor: BigInt(row.subtotalMinor),
    taxMinor: BigInt(row.taxMinor),
    totalMinor,
    paidMinor,
    creditedMinor,
    amountDueMinor: due > 0n ? due : 0n,
    reverseCharge: row.reverseCharge,
    billTo: row.billTo,
    fx:
      row.fxRate && row.fxBaseCurrency && row.fxSource
        ? { rate: row.fxRate, baseCurrency: row.fxBaseCurrency.trim(), source: row.fxSource }
        : null,
    correctsInvoiceId: row.correctsInvoiceId,
    voidReason: row.voidReason,
    createdAt: row.createdAt,
    listedOn: row.listedOn,
  };
}

function toLine(row: LineRow): InvoiceLine {
  return {
    position: row.position,
    kind: row.kind,
    description: row.description,
    quantity: row.quantity,
    unitAmountMinor: BigInt(row.unitAmountMinor),
    amountMinor: BigInt(row.amountMinor),
    taxRatePpm: row.taxRatePpm,
    taxMinor: BigInt(row.taxMinor),
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    sourceId: row.sourceId,
  };
}

/** The announcement of an invoice's standing, as every invoice event carries it. */
export function invoiceEventData(invoice: Invoice): InvoiceEventData {
  return {
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    number: invoice.number ?? '',
    status: invoice.status,
    currency: invoice.currency,
    totalMinor: Number(invoice.totalMinor),
    amountDueMinor: Number(invoice.amountDueMinor),
    dueDate: invoice.dueDate ?? '',
  };
}

/** What is still due on one invoice (0 once it is PAID or VOID), in minor units. */
export interface InvoiceDue {
  invoiceId: string;
  customerId: string;
  status: InvoiceStatus;
  amountDueMinor: number;
}

export interface InsertedInvoices {
  created: Invoice[];
  /** Billing-run invoices left out because the customer already has one for that period. */
  alreadyInvoiced: number;
}

/**
 * Invoices, credit notes and their numbering: the only writer of `invoices`, `invoice_lines` and
 * `invoice_settings`. Other modules hand it drafts whose lines they have priced.
 */
export class InvoiceService {
  constructor(
    private readonly dataSource: DataSource,
    // Without a bus (seeding), invoices are written without announcing them.
    private readonly events?: EventBus,
    /**
     * The SQL of the reseller of the invoice's customer, from the billing accounts that know it;
     * without it (seeding), a caller limited to one reseller sees no invoices.
     */
    private readonly resellerOfCustomer?: (partnerColumn: string, customerColumn: string) => string,
  ) {}

  /**
   * Writes drafts in the caller's transaction, set-based: issued ones are numbered from the
   * partner's counter, locked until the transaction ends so concurrent issuers queue and a
   * rollback leaves no gap, and announced as `invoice.issued`. A billing-run draft for a customer
   * and period already invoiced is left out (checked under the same lock, so two runs for one
   * period create one invoice).
   */
  async insert(
    transaction: EntityManager,
    partnerId: string,
    drafts: readonly InvoiceDraft[],
  ): Promise<InsertedInvoices> {
    if (drafts.length === 0) return { created: [], alreadyInvoiced: 0 };
    const prefix = await this.lockNumbering(transaction, partnerId);
    const runDrafts = drafts.filter((draft) => draft.source === 'BILLING_RUN' && draft.periodStart);
    const invoiced = new Set<string>();
    // A run bills one period: asked per period, each customer is a probe of invoices_one_per_period,
    // where a match on (customer, period) pairs read all the partner's invoices once per chunk.
    for (const [periodStart, periodDrafts] of groupBy(runDrafts, (draft) => draft.periodStart!)) {
      const rows = await transaction.query<{ customerId: string }[]>(
        `SELECT customer_id AS "customerId"
           FROM billing.invoices
          WHERE source = 'BILLING_RUN' AND period_start = $2 AND customer_id = ANY($1::uuid[])`,
        [periodDrafts.map((draft) => draft.customerId), periodStart],
      );
      for (const row of rows) invoiced.add(`${row.customerId}/${periodStart}`);
    }
    const fresh = drafts.filter(
      (draft) => !(draft.source === 'BILLING_RUN' && invoiced.has(`${draft.customerId}/${draft.periodStart}`)),
    );
    const issued = fresh.filter((draft) => draft.issue).length;
    let sequence = issued > 0 ? await this.takeSequences(transaction, partnerId, issued) : 0n;
    const today = todayUtc();
    const planned = fresh.map((draft) => {
      const subtotalMinor = draft.lines.reduce((sum, line) => sum + line.amountMinor, 0n);
      const taxMinor = draft.lines.reduce((sum, line) => sum + line.taxMinor, 0n);
      const numbered = draft.issue ? sequence++ : null;
      if (draft.issue && (!draft.dueDate || !draft.billTo))
        throw new Error('An issued invoice needs its due date and bill-to.');
      return {
        draft,
        id: draft.id ?? newId(),
        status: draft.issue ? 'OPEN' : 'DRAFT',
        sequence: numbered,
        number: numbered === null ? null : formatInvoiceNumber(prefix, numbered),
        issueDate: draft.issue ? (draft.issueDate ?? today) : null,
        subtotalMinor,
        taxMinor,
      };
    });
    if (planned.length > 0) {
      await transaction.query(
        `INSERT INTO billing.invoices
                (partner_id, id, customer_id, kind, source, status, sequence, number, currency, period_start, period_end,
                 issue_date, due_date, subtotal_minor, tax_minor, total_minor, reverse_charge, fx_rate, fx_base_currency,
                 fx_source, corrects_invoice_id, bill_to)
         SELECT $1, d.id, d.customer_id, d.kind, d.source, d.status, d.sequence, d.number, d.currency, d.period_start,
                d.period_end, d.issue_date, d.due_date, d.subtotal, d.tax, d.subtotal + d.tax, d.reverse_charge, d.fx_rate,
                d.fx_base_currency, d.fx_source, d.corrects, d.bill_to
           FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[], $9::char(3)[],
                       $10::date[], $11::date[], $12::date[], $13::date[], $14::bigint[], $15::bigint[], $16::boolean[],
                       $17::numeric[], $18::char(3)[], $19::text[], $20::uuid[], $21::jsonb[])
                AS d(id, customer_id, kind, source, status, sequence, number, currency, period_start, period_end,
                     issue_date, due_date, subtotal, tax, reverse_charge, fx_rate, fx_base_currency, fx_source, corrects,
                     bill_to)`,
        [
          partnerId,
          planned.map((p) => p.id),
          planned.map((p) => p.draft.customerId),
          planned.map((p) => p.draft.kind),
          planned.map((p) => p.draft.source),
          planned.map((p) => p.status),
          planned.map((p) => p.sequence?.toString() ?? null),
          planned.map((p) => p.number),
          planned.map((p) => p.draft.currency),
          planned.map((p) => p.draft.periodStart ?? null),
          planned.map((p) => p.draft.periodEnd ?? null),
          planned.map((p) => p.issueDate),
          planned.map((p) => p.draft.dueDate ?? null),
          planned.map((p) => p.subtotalMinor.toString()),
          planned.map((p) => p.taxMinor.toString()),
          planned.map((p) => p.draft.reverseCharge ?? false),
          planned.map((p) => p.draft.fx?.rate ?? null),
          planned.map((p) => p.draft.fx?.baseCurrency ?? null),
          planned.map((p) => p.draft.fx?.source ?? null),
          planned.map((p) => p.draft.correctsInvoiceId ?? null),
          planned.map((p) => (p.draft.billTo ? JSON.stringify(p.draft.billTo) : null)),
        ],
      );
      const lines = planned.flatMap((p) =>
        p.draft.lines.map((line, i) => ({ invoiceId: p.id, position: i + 1, line })),
      );
      if (lines.length > 0) {
        await transaction.query(
          `INSERT INTO billing.invoice_lines
                  (partner_id, invoice_id, position, kind, description, quantity, unit_amount_minor, amount_minor,
                   tax_rate_ppm, tax_minor, period_start, period_end, source_id)
           SELECT $1, l.*
             FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::numeric[], $7::bigint[], $8::bigint[],
                         $9::int[], $10::bigint[], $11::date[], $12::date[], $13::uuid[]) AS l`,
          [
            partnerId,
            lines.map((l) => l.invoiceId),
            lines.map((l) => l.position),
            lines.map((l) => l.line.kind),
            lines.map((l) => l.line.description),
            lines.map((l) => l.line.quantity),
            lines.map((l) => l.line.unitAmountMinor.toString()),
            lines.map((l) => l.line.amountMinor.toString()),
            lines.map((l) => l.line.taxRatePpm),
            lines.map((l) => l.line.taxMinor.toString()),
            lines.map((l) => l.line.periodStart ?? null),
            lines.map((l) => l.line.periodEnd ?? null),
            lines.map((l) => l.line.sourceId ?? null),
          ],
        );
      }
    }
    const created = await this.findIn(
      transaction,
      partnerId,
      planned.map((p) => p.id),
    );
    await this.announceIssued(
      transaction,
      partnerId,
      created.filter((invoice) => invoice.status === 'OPEN'),
    );
    return { created, alreadyInvoiced: drafts.length - fresh.length };
  }

  /**
   * Takes `count` consecutive sequence numbers from the partner's counter, whose row stays locked
   * until the transaction ends; returns the first. For issuing drafts one by one.
   */
  async takeSequences(transaction: EntityManager, partnerId: string, count: number): Promise<bigint> {
    const [row] = await transaction.query<{ first: string }[]>(
      `INSERT INTO billing.invoice_settings (partner_id, next_sequence) VALUES ($1, 1 + $2)
       ON CONFLICT (partner_id) DO UPDATE SET next_sequence = invoice_settings.next_sequence + $2, updated_at = now()
       RETURNING next_sequence - $2 AS first`,
      [partnerId, count],
    );
    return BigInt(row!.first);
  }

  /** Locks the partner's counter for this transaction and answers its prefix. */
  async lockNumbering(transaction: EntityManager, partnerId: string): Promise<string> {
    const [row] = await transaction.query<{ prefix: string }[]>(
      `INSERT INTO billing.invoice_settings (partner_id) VALUES ($1)
       ON CONFLICT (partner_id) DO UPDATE SET partner_id = EXCLUDED.partner_id
       RETURNING prefix`,
      [partnerId],
    );
    return row?.prefix ?? DEFAULT_PREFIX;
  }

  async announceIssued(transaction: EntityManager, partnerId: string, invoices: readonly Invoice[]): Promise<void> {
    if (invoices.length === 0) return;
    await this.events?.publish<InvoiceEventData>(
      transaction,
      invoices.map((invoice): Omit<DomainEvent<InvoiceEventData>, 'id' | 'occurredAt'> => ({
        type: INVOICE_ISSUED,
        partnerId,
        data: invoiceEventData(invoice),
      })),
    );
  }

  /** Invoices of the partner by id, in the order asked, without their lines. */
  async findIn(manager: EntityManager, partnerId: string, ids: readonly string[]): Promise<Invoice[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<InvoiceRow[]>(
      `SELECT ${INVOICE_COLUMNS} FROM billing.invoices i WHERE i.partner_id = $1 AND i.id = ANY($2::uuid[])`,
      [partnerId, ids],
    );
    const byId = new Map(rows.map((row) => [row.id, toInvoice(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Invoices of the partner by id with their lines, in the order asked; ids of other partners are not found. */
  async findWithLines(partnerId: string, ids: readonly string[], manager?: EntityManager): Promise<InvoiceWithLines[]> {
    const db = manager ?? this.dataSource.manager;
    const invoices = await this.findIn(db, partnerId, ids);
    if (invoices.length === 0) return [];
    const lines = await db.query<LineRow[]>(
      `SELECT invoice_id AS "invoiceId", position, kind, description, quantity::text AS quantity,
              unit_amount_minor::text AS "unitAmountMinor", amount_minor::text AS "amountMinor",
              tax_rate_ppm AS "taxRatePpm", tax_minor::text AS "taxMinor", period_start::text AS "periodStart",
              period_end::text AS "periodEnd", source_id AS "sourceId"
         FROM billing.invoice_lines
        WHERE partner_id = $1 AND invoice_id = ANY($2::uuid[])
        ORDER BY invoice_id, position`,
      [partnerId, invoices.map((invoice) => invoice.id)],
    );
    const byInvoice = new Map<string, InvoiceLine[]>();
    for (const row of lines) {
      const list = byInvoice.get(row.invoiceId) ?? [];
      list.push(toLine(row));
      byInvoice.set(row.invoiceId, list);
    }
    return invoices.map((invoice) => ({ ...invoice, lines: byInvoice.get(invoice.id) ?? [] }));
  }

  // ---- Reads for callers: scoped to what they may see ----

  /** The caller's invoices among `ids` (any standing, whatever the history start), in the order asked. */
  async visible(caller: Caller, ids: readonly string[], manager?: EntityManager): Promise<Invoice[]> {
    const valid = [...new Set(ids.filter(isValidId))];
    if (valid.length === 0) return [];
    const rows = await this.select<InvoiceRow>(
      manager ?? this.dataSource.manager,
      caller,
      `SELECT ${INVOICE_COLUMNS} FROM billing.invoices i WHERE i.id = ANY(:ids::uuid[]) AND :scope`,
      { ids: valid },
    );
    const byId = new Map(rows.map((row) => [row.id, toInvoice(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One of the caller's invoices, locked for a change in this transaction; null when not theirs. */
  async lockVisible(transaction: EntityManager, caller: Caller, id: string): Promise<Invoice | null> {
    if (!isValidId(id)) return null;
    const [row] = await this.select<InvoiceRow>(
      transaction,
      caller,
      `SELECT ${INVOICE_COLUMNS} FROM billing.invoices i WHERE i.id = :id AND :scope FOR UPDATE`,
      { id },
    );
    return row ? toInvoice(row) : null;
  }

  /**
   * A page of the caller's invoices, newest issue day first (drafts by their creation day), ties by
   * id; those issued before the partner's history start are not listed.
   */
  async page(caller: Caller, filter: InvoiceListFilter, seek: KeysetSeek): Promise<KeysetPage<Invoice>> {
    const seekSql = keysetSeekSql(INVOICE_ORDER, seek);
    const { condition, parameters } = seekSql;
    const where = this.filterSql(filter);
    const rows = await this.select<InvoiceRow>(
      this.dataSource.manager,
      caller,
      `SELECT ${INVOICE_COLUMNS} FROM billing.invoices i
        WHERE :scope ${where.sql} ${condition ? `AND ${condition}` : ''}
        ORDER BY ${seekSql.orderBy} LIMIT ${seekSql.limit}`,
      { ...where.parameters, ...parameters },
    );
    return keysetPageOf(INVOICE_ORDER, seek, rows.map(toInvoice));
  }

  /** How many invoices the filter finds for the caller, counted up to `cap`. */
  async count(caller: Caller, filter: InvoiceListFilter, cap: number): Promise<number> {
    const where = this.filterSql(filter);
    const [row] = await this.select<{ count: number }>(
      this.dataSource.manager,
      caller,
      `SELECT count(*)::int AS count FROM (SELECT 1 FROM billing.invoices i WHERE :scope ${where.sql} LIMIT ${cap}) found`,
      where.parameters,
    );
    return row?.count ?? 0;
  }

  /**
   * A page of invoices for each of these customers, in one statement: for each customer a LATERAL
   * subquery seeks past the cursor in `invoices_listed_by_customer` and stops after the page and
   * one row more. The customers were already checked as visible to the caller; the caller's scope
   * still narrows every row.
   */
  async pagesFor(
    caller: Caller,
    customerIds: readonly string[],
    filter: Omit<InvoiceListFilter, 'customerId'>,
    seek: KeysetSeek,
  ): Promise<Invoice[]> {
    const valid = [...new Set(customerIds.filter(isValidId))];
    if (valid.length === 0) return [];
    const seekSql = keysetSeekSql(INVOICE_ORDER, seek);
    const where = this.filterSql({ ...filter, customerId: null });
    const rows = await this.select<InvoiceRow>(
      this.dataSource.manager,
      caller,
      `SELECT ${INVOICE_COLUMNS}
         FROM unnest(:customerIds::uuid[]) WITH ORDINALITY AS owner (customer_id, ordinal)
        CROSS JOIN LATERAL (
              SELECT i.* FROM billing.invoices i
               WHERE i.customer_id = owner.customer_id AND :scope ${where.sql}
                     ${seekSql.condition ? `AND ${seekSql.condition}` : ''}
               ORDER BY ${seekSql.orderBy}
               LIMIT :pageLimit
              ) i
        ORDER BY owner.ordinal, ${seekSql.orderBy}`,
      { ...where.parameters, ...seekSql.parameters, customerIds: valid, pageLimit: seekSql.limit },
    );
    return rows.map(toInvoice);
  }

  /** How many invoices each of these customers has for the caller, each counted up to `cap`, in one statement. */
  async countsFor(
    caller: Caller,
    customerIds: readonly string[],
    filter: Omit<InvoiceListFilter, 'customerId'>,
    cap: number,
  ): Promise<Map<string, number>> {
    const valid = [...new Set(customerIds.filter(isValidId))];
    if (valid.length === 0) return new Map();
    const where = this.filterSql({ ...filter, customerId: null });
    const rows = await this.select<{ customerId: string; count: number }>(
      this.dataSource.manager,
      caller,
      `SELECT owner.customer_id AS "customerId", found.count
         FROM unnest(:customerIds::uuid[]) AS owner (customer_id)
        CROSS JOIN LATERAL (
              SELECT count(*)::int AS count FROM (
                SELECT 1 FROM billing.invoices i
                 WHERE i.customer_id = owner.customer_id AND :scope ${where.sql}
                 LIMIT ${cap}) capped
              ) found`,
      { ...where.parameters, customerIds: valid },
    );
    return new Map(rows.map((row) => [row.customerId, row.count]));
  }

  /** The lines of invoices the caller was already allowed to see, by invoice. */
  async linesOf(invoices: readonly Pick<Invoice, 'id' | 'partnerId'>[]): Promise<Map<string, InvoiceLine[]>> {
    const byInvoice = new Map<string, InvoiceLine[]>(invoices.map((invoice) => [invoice.id, []]));
    if (invoices.length === 0) return byInvoice;
    const lines = await this.dataSource.query<LineRow[]>(
      `SELECT invoice_id AS "invoiceId", position, kind, description, quantity::text AS quantity,
              unit_amount_minor::text AS "unitAmountMinor", amount_minor::text AS "amountMinor",
              tax_rate_ppm AS "taxRatePpm", tax_minor::text AS "taxMinor", period_start::text AS "periodStart",
              period_end::text AS "periodEnd", source_id AS "sourceId"
         FROM billing.invoice_lines
        WHERE (partner_id, invoice_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
        ORDER BY invoice_id, position`,
      [invoices.map((invoice) => invoice.partnerId), invoices.map((invoice) => invoice.id)],
    );
    for (const row of lines) byInvoice.get(row.invoiceId)?.push(toLine(row));
    return byInvoice;
  }

  /** The payments of invoices the caller was already allowed to see, oldest first, by invoice. */
  async paymentsOf(
    invoices: readonly Pick<Invoice, 'id' | 'partnerId'>[],
    manager?: EntityManager,
  ): Promise<Map<string, InvoicePayment[]>> {
    const byInvoice = new Map<string, InvoicePayment[]>(invoices.map((invoice) => [invoice.id, []]));
    if (invoices.length === 0) return byInvoice;
    const rows = await (manager ?? this.dataSource.manager).query<PaymentRow[]>(
      `SELECT ${PAYMENT_COLUMNS} FROM billing.invoice_payments p
        WHERE (p.partner_id, p.invoice_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
        ORDER BY p.created_at, p.id`,
      [invoices.map((invoice) => invoice.partnerId), invoices.map((invoice) => invoice.id)],
    );
    for (const row of rows) byInvoice.get(row.invoiceId)?.push(toPayment(row));
    return byInvoice;
  }

  /** The credit notes against invoices the caller was already allowed to see, by corrected invoice. */
  async creditNotesOf(
    invoices: readonly Pick<Invoice, 'id' | 'partnerId'>[],
    manager?: EntityManager,
  ): Promise<Map<string, Invoice[]>> {
    const byInvoice = new Map<string, Invoice[]>(invoices.map((invoice) => [invoice.id, []]));
    if (invoices.length === 0) return byInvoice;
    const rows = await (manager ?? this.dataSource.manager).query<InvoiceRow[]>(
      `SELECT ${INVOICE_COLUMNS} FROM billing.invoices i
        WHERE (i.partner_id, i.corrects_invoice_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
        ORDER BY i.listed_on, i.id`,
      [invoices.map((invoice) => invoice.partnerId), invoices.map((invoice) => invoice.id)],
    );
    for (const row of rows) byInvoice.get(row.correctsInvoiceId!)?.push(toInvoice(row));
    return byInvoice;
  }

  /** What each of the caller's customers owes: the amount due of its OPEN and OVERDUE invoices. */
  async owedBy(caller: Caller, customerIds: readonly string[]): Promise<Map<string, bigint>> {
    const valid = [...new Set(customerIds.filter(isValidId))];
    const owed = new Map<string, bigint>();
    if (valid.length === 0) return owed;
    const rows = await this.select<{ customerId: string; owedMinor: string }>(
      this.dataSource.manager,
      caller,
      `SELECT i.customer_id AS "customerId", sum(${OWED_SQL})::text AS "owedMinor"
         FROM billing.invoices i
        WHERE i.customer_id = ANY(:ids::uuid[]) AND i.kind = 'INVOICE' AND i.status IN ('OPEN', 'OVERDUE') AND :scope
        GROUP BY i.customer_id`,
      { ids: valid },
    );
    for (const row of rows) owed.set(row.customerId, BigInt(row.owedMinor));
    return owed;
  }

  /**
   * What is still due on invoices, for accounts' search projection to rebuild from: every invoice
   * of these customers that is OPEN or OVERDUE, and the invoices among `invoiceIds` whatever their
   * status (those accounts still counts as owed, so it learns which were settled meanwhile).
   * Scoped to the caller; credit notes and drafts are never owed.
   */
  async duesFor(caller: Caller, customerIds: readonly string[], invoiceIds: readonly string[]): Promise<InvoiceDue[]> {
    if (customerIds.length === 0 && invoiceIds.length === 0) return [];
    const rows = await this.select<InvoiceRow>(
      this.dataSource.manager,
      caller,
      `SELECT ${INVOICE_COLUMNS} FROM billing.invoices i
        WHERE i.kind = 'INVOICE' AND i.status <> 'DRAFT' AND :scope
          AND ((i.customer_id = ANY(:customerIds::uuid[]) AND i.status IN ('OPEN', 'OVERDUE'))
               OR i.id = ANY(:invoiceIds::uuid[]))`,
      { customerIds: customerIds.filter(isValidId), invoiceIds: invoiceIds.filter(isValidId) },
    );
    return rows.map(toInvoice).map((invoice) => ({
      invoiceId: invoice.id,
      customerId: invoice.customerId,
      status: invoice.status,
      amountDueMinor: Number(invoice.amountDueMinor),
    }));
  }

  /** What one customer owes, read in the close guard's transaction (after it locked the account). */
  async owedOf(manager: EntityManager, partnerId: string, customerId: string): Promise<bigint> {
    const [row] = await manager.query<{ owedMinor: string | null }[]>(
      `SELECT sum(${OWED_SQL})::text AS "owedMinor" FROM billing.invoices i
        WHERE i.partner_id = $1 AND i.customer_id = $2 AND i.kind = 'INVOICE' AND i.status IN ('OPEN', 'OVERDUE')`,
      [partnerId, customerId],
    );
    return BigInt(row?.owedMinor ?? '0');
  }

  async settingsOf(partnerId: string, manager?: EntityManager): Promise<InvoiceSettings> {
    const [row] = await (manager ?? this.dataSource.manager).query<{ prefix: string; historyStart: string | null }[]>(
      `SELECT prefix, history_start::text AS "historyStart" FROM billing.invoice_settings WHERE partner_id = $1`,
      [partnerId],
    );
    return row ?? { prefix: DEFAULT_PREFIX, historyStart: null };
  }

  // ---- Writes: the lifecycle module decides, this module writes ----

  async updateSettings(
    transaction: EntityManager,
    partnerId: string,
    change: { prefix?: string; historyStart?: string | null },
  ): Promise<InvoiceSettings> {
    await this.lockNumbering(transaction, partnerId);
    await transaction.query(
      `UPDATE billing.invoice_settings
          SET prefix = CASE WHEN $2::boolean THEN $3 ELSE prefix END,
              history_start = CASE WHEN $4::boolean THEN $5::date ELSE history_start END,
              updated_at = now()
        WHERE partner_id = $1`,
      [
        partnerId,
        change.prefix !== undefined,
        change.prefix ?? null,
        change.historyStart !== undefined,
        change.historyStart ?? null,
      ],
    );
    return this.settingsOf(partnerId, transaction);
  }

  /**
   * Numbers a draft from the partner's counter and makes it OPEN, announced as `invoice.issued`;
   * or, for a credit note (`settled`), PAID at once and not announced as an invoice to pay.
   */
  async issueDraft(
    transaction: EntityManager,
    partnerId: string,
    id: string,
    issue: { issueDate: string; dueDate: string; billTo: BillTo; settled?: boolean },
  ): Promise<Invoice> {
    const prefix = await this.lockNumbering(transaction, partnerId);
    const sequence = await this.takeSequences(transaction, partnerId, 1);
    await transaction.query(
      `UPDATE billing.invoices
          SET status = $8, paid_at = CASE WHEN $8 = 'PAID' THEN now() END, sequence = $3, number = $4,
              issue_date = $5, due_date = $6, bill_to = $7, updated_at = now()
        WHERE partner_id = $1 AND id = $2 AND status = 'DRAFT'`,
      [
        partnerId,
        id,
        sequence.toString(),
        formatInvoiceNumber(prefix, sequence),
        issue.issueDate,
        issue.dueDate,
        JSON.stringify(issue.billTo),
        issue.settled ? 'PAID' : 'OPEN',
      ],
    );
    const [issued] = await this.findIn(transaction, partnerId, [id]);
    if (!issue.settled) await this.announceIssued(transaction, partnerId, [issued!]);
    return issued!;
  }

  /** Voids an issued invoice with its reason, announced as `invoice.voided`. */
  async markVoid(transaction: EntityManager, partnerId: string, id: string, reason: string): Promise<Invoice> {
    await transaction.query(
      `UPDATE billing.invoices SET status = 'VOID', void_reason = $3, voided_at = now(), updated_at = now()
        WHERE partner_id = $1 AND id = $2`,
      [partnerId, id, reason],
    );
    const [voided] = await this.findIn(transaction, partnerId, [id]);
    await this.announce(transaction, partnerId, INVOICE_VOIDED, [{ invoice: voided!, reason }]);
    return voided!;
  }

  /**
   * Takes what a payment or credit note settled off a locked OPEN or OVERDUE invoice; once nothing
   * is due it is PAID, announced as `invoice.paid`.
   */
  async settle(
    transaction: EntityManager,
    partnerId: string,
    id: string,
    settled: { paidMinor?: bigint; creditedMinor?: bigint },
  ): Promise<Invoice> {
    await transaction.query(
      `UPDATE billing.invoices
          SET paid_minor = paid_minor + $3, credited_minor = credited_minor + $4, updated_at = now()
        WHERE partner_id = $1 AND id = $2`,
      [partnerId, id, (settled.paidMinor ?? 0n).toString(), (settled.creditedMinor ?? 0n).toString()],
    );
    const [after] = await this.findIn(transaction, partnerId, [id]);
    if (after!.amountDueMinor > 0n) {
      // Still due in part: said too, so what a customer owes is known without waiting for the rest.
      await this.announce(transaction, partnerId, INVOICE_PART_SETTLED, [{ invoice: after! }]);
      return after!;
    }
    await transaction.query(
      `UPDATE billing.invoices SET status = 'PAID', paid_at = now(), updated_at = now() WHERE partner_id = $1 AND id = $2`,
      [partnerId, id],
    );
    const [paid] = await this.findIn(transaction, partnerId, [id]);
    await this.announce(transaction, partnerId, INVOICE_PAID, [{ invoice: paid! }]);
    return paid!;
  }

  /** The payment recorded under an idempotency key, with the digest of the request that recorded it. */
  async paymentByKey(
    transaction: EntityManager,
    partnerId: string,
    key: string,
  ): Promise<{ payment: InvoicePayment; requestDigest: string } | null> {
    const [row] = await transaction.query<(PaymentRow & { requestDigest: string })[]>(
      `SELECT ${PAYMENT_COLUMNS}, p.request_digest AS "requestDigest" FROM billing.invoice_payments p
        WHERE p.partner_id = $1 AND p.idempotency_key = $2`,
      [partnerId, key],
    );
    return row ? { payment: toPayment(row), requestDigest: row.requestDigest } : null;
  }

  /** Records a payment; false when its key was taken meanwhile (a twin request committed first). */
  async insertPayment(
    transaction: EntityManager,
    partnerId: string,
    payment: Omit<InvoicePayment, 'createdAt'> & { idempotencyKey: string; requestDigest: string },
  ): Promise<boolean> {
    const inserted = await transaction.query<unknown[]>(
      `INSERT INTO billing.invoice_payments
              (partner_id, id, invoice_id, customer_id, currency, amount_minor, applied_minor, excess_minor, method,
               reference, paid_on, idempotency_key, request_digest, ledger_entry_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (partner_id, idempotency_key) DO NOTHING
       RETURNING id`,
      [
        partnerId,
        payment.id,
        payment.invoiceId,
        payment.customerId,
        payment.currency,
        payment.amountMinor.toString(),
        payment.appliedMinor.toString(),
        payment.excessMinor.toString(),
        payment.method,
        payment.reference,
        payment.paidOn,
        payment.idempotencyKey,
        payment.requestDigest,
        payment.ledgerEntryId,
      ],
    );
    return inserted.length > 0;
  }

  /**
   * Marks up to `limit` OPEN invoices due before `today` OVERDUE (every partner's, or one's), and
   * announces each as `invoice.overdue` with whether its customer is to be suspended. Answers
   * how many it marked; the sweep calls again until a batch comes back short.
   */
  async markOverdue(
    today: string,
    limit: number,
    suspendCustomers: (
      transaction: EntityManager,
      partnerId: string,
      customerIds: string[],
    ) => Promise<Map<string, boolean>>,
    partnerId?: string | null,
  ): Promise<number> {
    return this.dataSource.transaction(async (transaction) => {
      // An UPDATE's RETURNING comes back with its row count through TypeORM: select from it instead.
      const rows = await transaction.query<InvoiceRow[]>(
        `WITH i AS (
           UPDATE billing.invoices u SET status = 'OVERDUE', overdue_at = now(), updated_at = now()
            WHERE u.id IN (SELECT id FROM billing.invoices
                            WHERE status = 'OPEN' AND kind = 'INVOICE' AND due_date < $1::date
                              AND ($3::uuid IS NULL OR partner_id = $3)
                            ORDER BY due_date, id LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING u.*)
         SELECT ${INVOICE_COLUMNS} FROM i`,
        [today, limit, partnerId ?? null],
      );
      const byPartner = new Map<string, Invoice[]>();
      for (const invoice of rows.map(toInvoice)) {
        byPartner.set(invoice.partnerId, [...(byPartner.get(invoice.partnerId) ?? []), invoice]);
      }
      for (const [partner, invoices] of byPartner) {
        const suspend = await suspendCustomers(transaction, partner, [...new Set(invoices.map((i) => i.customerId))]);
        await this.announce(
          transaction,
          partner,
          INVOICE_OVERDUE,
          invoices.map((invoice) => ({ invoice, suspendCustomer: suspend.get(invoice.customerId) ?? true })),
        );
      }
      return rows.length;
    });
  }

  private async announce(
    transaction: EntityManager,
    partnerId: string,
    type: string,
    items: readonly { invoice: Invoice; suspendCustomer?: boolean; reason?: string }[],
  ): Promise<void> {
    if (items.length === 0) return;
    await this.events?.publish<InvoiceEventData>(
      transaction,
      items.map(({ invoice, suspendCustomer, reason }) => ({
        type,
        partnerId,
        data: {
          ...invoiceEventData(invoice),
          ...(suspendCustomer === undefined ? {} : { suspendCustomer }),
          ...(reason === undefined ? {} : { reason }),
        },
      })),
    );
  }

  /** Runs `sql` with `:scope` replaced by the caller's scope, with named parameters. */
  private async select<T>(
    manager: EntityManager,
    caller: Caller,
    sql: string,
    parameters: Record<string, unknown>,
  ): Promise<T[]> {
    const scope = scopeOf(caller);
    if (scope.resellerId && !this.resellerOfCustomer) return [];
    const conditions = scopeConditions(scope, {
      partner: 'i.partner_id',
      customer: 'i.customer_id',
      reseller: this.resellerOfCustomer?.('i.partner_id', 'i.customer_id'),
    });
    const scopeSql = conditions.length > 0 ? conditions.map((condition) => condition.sql).join(' AND ') : 'true';
    const all = Object.assign({ ...parameters }, ...conditions.map((condition) => condition.parameters)) as Record<
      string,
      unknown
    >;
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(
      sql.replace(':scope', `(${scopeSql})`),
      all,
    );
    return manager.query<T[]>(text, values);
  }

  private filterSql(filter: InvoiceListFilter): { sql: string; parameters: Record<string, unknown> } {
    const parts: string[] = [
      // Older than the partner's history start: kept, but no longer listed.
      `AND NOT EXISTS (SELECT 1 FROM billing.invoice_settings s
                        WHERE s.partner_id = i.partner_id AND i.issue_date < s.history_start)`,
    ];
    const parameters: Record<string, unknown> = {};
    if (filter.customerId) {
      parts.push('AND i.customer_id = :customerId');
      parameters.customerId = filter.customerId;
    }
    if (filter.statuses && filter.statuses.length > 0) {
      parts.push('AND i.status = ANY(:statuses::text[])');
      parameters.statuses = filter.statuses;
    }
    if (filter.kinds && filter.kinds.length > 0) {
      parts.push('AND i.kind = ANY(:kinds::text[])');
      parameters.kinds = filter.kinds;
    }
    if (filter.issuedFrom) {
      parts.push('AND i.issue_date >= :issuedFrom::date');
      parameters.issuedFrom = filter.issuedFrom;
    }
    if (filter.issuedTo) {
      parts.push('AND i.issue_date <= :issuedTo::date');
      parameters.issuedTo = filter.issuedTo;
    }
    if (filter.number) {
      parts.push('AND i.number = :number');
      parameters.number = filter.number;
    }
    if (filter.numberPrefix) {
      // text_pattern_ops serves LIKE 'prefix%' from the index; the prefix's own wildcards are literal.
      parts.push(`AND i.number LIKE :numberPrefix`);
      parameters.numberPrefix = `${filter.numberPrefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    }
    return { sql: parts.join(' '), parameters };
  }
}

/** Narrows an invoice list; dates are YYYY-MM-DD and inclusive. */
export interface InvoiceListFilter {
  customerId?: string | null;
  statuses?: InvoiceStatus[] | null;
  kinds?: InvoiceKind[] | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
  /** The whole number, exactly. */
  number?: string | null;
  /** The start of the number. */
  numberPrefix?: string | null;
}

/** `totalCount` of an invoice list counts this far and no further: a list never counts a whole partner. */
export const INVOICE_COUNT_CAP = 10_000;

/** What is still due on an invoice row, never below zero. */
const OWED_SQL = 'GREATEST(i.total_minor - i.paid_minor - i.credited_minor, 0)';

/** Newest first by the day listed, as `invoices_listed` is ordered. */
export const INVOICE_ORDER = {
  column: 'i.listed_on',
  valueType: 'text' as const,
  tieBreaker: 'i.id',
  valueOf: (invoice: Invoice) => invoice.listedOn,
  tieBreakerOf: (invoice: Invoice) => invoice.id,
  descending: true,
};

interface PaymentRow {
  id: string;
  invoiceId: string;
  customerId: string;
  currency: string;
  amountMinor: string;
  appliedMinor: string;
  excessMinor: string;
  method: PaymentMethod;
  reference: string | null;
  paidOn: string;
  ledgerEntryId: string | null;
  createdAt: Date;
}

const PAYMENT_COLUMNS = `p.id, p.invoice_id AS "invoiceId", p.customer_id AS "customerId", p.currency,
  p.amount_minor::text AS "amountMinor", p.applied_minor::text AS "appliedMinor", p.excess_minor::text AS "excessMinor",
  p.method, p.reference, p.paid_on::text AS "paidOn", p.ledger_entry_id AS "ledgerEntryId", p.created_at AS "createdAt"`;

function toPayment(row: PaymentRow): InvoicePayment {
  return {
    ...row,
    currency: row.currency.trim(),
    amountMinor: BigInt(row.amountMinor),
    appliedMinor: BigInt(row.appliedMinor),
    excessMinor: BigInt(row.excessMinor),
  };
}
