import {
  type DomainEvent,
  type EventBus,
  INVOICE_ISSUED,
  type InvoiceEventData,
  type InvoiceStatus,
  newId,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { FxSource, InvoiceKind, InvoiceLineKind, InvoiceSource } from './invoice.entity';
import type { BillTo, Invoice, InvoiceDraft, InvoiceLine, InvoiceWithLines } from './invoice.model';

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
  reverseCharge: boolean;
  billTo: BillTo | null;
  fxRate: string | null;
  fxBaseCurrency: string | null;
  fxSource: FxSource | null;
  correctsInvoiceId: string | null;
  voidReason: string | null;
  createdAt: Date;
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
  i.reverse_charge AS "reverseCharge", i.bill_to AS "billTo", i.fx_rate::text AS "fxRate", i.fx_base_currency AS "fxBaseCurrency",
  i.fx_source AS "fxSource", i.corrects_invoice_id AS "correctsInvoiceId", i.void_reason AS "voidReason",
  i.created_at AS "createdAt"`;

export function toInvoice(row: InvoiceRow): Invoice {
  const totalMinor = BigInt(row.totalMinor);
  const paidMinor = BigInt(row.paidMinor);
  const due = row.status === 'VOID' || row.status === 'DRAFT' ? 0n : totalMinor - paidMinor;
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
    if (runDrafts.length > 0) {
      const rows = await transaction.query<{ customerId: string; periodStart: string }[]>(
        `SELECT customer_id AS "customerId", period_start::text AS "periodStart"
           FROM billing.invoices
          WHERE source = 'BILLING_RUN'
            AND (customer_id, period_start) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))`,
        [runDrafts.map((draft) => draft.customerId), runDrafts.map((draft) => draft.periodStart)],
      );
      for (const row of rows) invoiced.add(`${row.customerId}/${row.periodStart}`);
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
}
