import {
  type Caller,
  type EventBus,
  type Logger,
  type RequestContext,
  UserErrorCode,
  auditActorOf,
  isValidId,
  newId,
  parseInput,
  partnerOf,
  scopeOf,
  serviceCaller,
  userError,
} from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { DataSource, EntityManager } from 'typeorm';
import type { BillToDirectory } from '../bill-to';
import type { BillingAccount, BillingAccountService } from '../billing-accounts';
import type { BillingSettingsService, PartnerRates } from '../billing-settings';
import { type BillTo, type InvoiceDraft, type InvoiceService, todayUtc } from '../invoices';
import { isCalendarDate, monthOf, previousMonth } from '../pricing';
import type { RecipientChargesService } from '../recipient-charges';
import type { ServicesService } from '../services';
import type { UsageService } from '../usage';
import type { BillingRunStatus } from './billing-run.entity';
import {
  BILLING_RUN_ERRORS,
  type BillingRunStartInput,
  type BillingRunStartPayload,
  billingRunStartSchema,
} from './billing-run.inputs';
import type { BillingRun, SkippedCustomer } from './billing-run.model';
import { type Period, priceInvoice } from './billing-run.pricing';
import { toBillingRunType } from './billing-run.type';

/** The queue a run's job waits on. */
export const BILLING_RUN_QUEUE = 'billing.billing-run';
/** The daily schedule that starts the runs of every partner whose period ended. */
export const BILLING_SCHEDULE_QUEUE = 'billing.billing-run-schedule';

export const billingRunJobData = z.object({ partnerId: z.guid(), runId: z.guid() });
export type BillingRunJob = z.infer<typeof billingRunJobData>;

/** Customers per transaction: one `InvoiceService.insert`, one lock of the numbering, one commit. */
export const CHUNK_SIZE = 1_000;
/** A run keeps the first skipped customers and their reasons, and counts the rest. */
const SKIPS_KEPT = 100;

interface RunRow {
  id: string;
  partnerId: string;
  status: BillingRunStatus;
  scheduled: boolean;
  customerId: string | null;
  resellerId: string | null;
  periodStart: string;
  periodEnd: string;
  issueDate: string | null;
  total: number;
  processed: number;
  invoicesCreated: number;
  alreadyInvoiced: number;
  skipped: number;
  skipReasons: SkippedCustomer[];
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const RUN_COLUMNS = `r.id, r.partner_id AS "partnerId", r.status, r.scheduled, r.customer_id AS "customerId",
  r.reseller_id AS "resellerId", r.period_start::text AS "periodStart", r.period_end::text AS "periodEnd",
  r.issue_date::text AS "issueDate", r.total, r.processed, r.invoices_created AS "invoicesCreated",
  r.already_invoiced AS "alreadyInvoiced", r.skipped, r.skip_reasons AS "skipReasons", r.error,
  r.created_at AS "createdAt", r.started_at AS "startedAt", r.finished_at AS "finishedAt"`;

/**
 * Billing runs: invoice a partner's customers (or one) for a calendar month, in the background.
 * A run finds the customers with something billable in the period, then works through them a
 * chunk at a time: whom to bill to is asked of accounts first, then one transaction prices the
 * chunk, writes its invoices with `InvoiceService.insert` (numbered without gaps, a customer
 * already invoiced for the period left out), marks the usage billed and counts the progress.
 * Running it again, or twice at once, creates nothing twice.
 */
export class BillingRunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly logger: Logger,
    private readonly deps: {
      accounts: BillingAccountService;
      settings: BillingSettingsService;
      services: ServicesService;
      recipients: RecipientChargesService;
      usage: UsageService;
      invoices: InvoiceService;
      billTo: BillToDirectory;
    },
  ) {}

  async start(context: RequestContext, input: BillingRunStartInput): Promise<BillingRunStartPayload> {
    const parsed = parseInput(billingRunStartSchema, input);
    if (!parsed.ok) return { billingRun: null, userErrors: parsed.userErrors };
    const { customerId } = parsed.value;
    const partnerId = partnerOf(context.caller);
    if (!partnerId) throw new Error('billingRunStart needs a partner caller');
    const today = todayUtc();
    const period = parsed.value.periodStart ? monthOf(parsed.value.periodStart) : previousMonth(today);
    if (parsed.value.periodStart && !isCalendarDate(parsed.value.periodStart)) {
      return {
        billingRun: null,
        userErrors: [userError(UserErrorCode.INVALID, 'That is not a date.', ['input', 'periodStart'])],
      };
    }
    if (period.end > today) {
      return {
        billingRun: null,
        userErrors: [
          userError(
            BILLING_RUN_ERRORS.BILLING_PERIOD_NOT_ENDED,
            `The month from ${period.start} has not ended yet: it can be invoiced from ${period.end}.`,
            ['input', 'periodStart'],
          ),
        ],
      };
    }
    return this.dataSource.transaction(async (transaction) => {
      // An empty id names no customer: it is refused like any other, not taken for "every customer".
      if (customerId != null) {
        const [account] = await this.deps.accounts.findVisibleInTransaction(transaction, context.caller, [customerId]);
        if (!account) {
          return {
            billingRun: null,
            userErrors: [userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])],
          };
        }
      }
      const run = await this.insertRun(transaction, partnerId, {
        scheduled: false,
        customerId: customerId ?? null,
        resellerId: scopeOf(context.caller).resellerId,
        period,
        requestedBy: auditActorOf(context.caller),
      });
      await context.audit(
        {
          action: 'billing-run.started',
          partnerId,
          targetType: customerId ? 'Customer' : 'BillingRun',
          targetId: customerId ?? run!.id,
          details: { billingRunId: run!.id, periodStart: period.start, customerId: customerId ?? null },
        },
        transaction,
      );
      return { billingRun: toBillingRunType(run!), userErrors: [] };
    });
  }

  /** A run the caller may read: their partner's, and for an operator limited to one reseller, that reseller's. */
  async find(caller: Caller, id: string): Promise<BillingRun | null> {
    if (!isValidId(id)) return null;
    const scope = scopeOf(caller);
    if (scope.customerId) return null;
    const [row] = await this.dataSource.query<RunRow[]>(
      `SELECT ${RUN_COLUMNS} FROM billing.billing_runs r
        WHERE r.id = $1 AND ($2::uuid IS NULL OR r.partner_id = $2) AND ($3::uuid IS NULL OR r.reseller_id = $3)`,
      [id, scope.partnerId, scope.resellerId],
    );
    return row ?? null;
  }

  /**
   * The daily schedule: for every partner with something to bill, one run for the month that
   * ended last, started once however often the schedule fires (the scheduled run is unique per
   * partner and period), so a day missed is caught up the next.
   */
  async startScheduled(now = new Date()): Promise<number> {
    const period = previousMonth(todayUtc(now));
    const partners = new Set([
      ...(await this.deps.services.partnersWithServices()),
      ...(await this.deps.recipients.partnersWithRecipients()),
      ...(await this.deps.usage.partnersWithUsage()),
    ]);
    let started = 0;
    for (const partnerId of partners) {
      const run = await this.dataSource.transaction((transaction) =>
        this.insertRun(transaction, partnerId, {
          scheduled: true,
          customerId: null,
          resellerId: null,
          period,
          requestedBy: null,
        }),
      );
      if (run) started++;
    }
    return started;
  }

  private async insertRun(
    transaction: EntityManager,
    partnerId: string,
    run: {
      scheduled: boolean;
      customerId: string | null;
      resellerId: string | null;
      period: Period;
      requestedBy: unknown;
    },
  ): Promise<BillingRun | null> {
    const id = newId();
    const [row] = await transaction.query<RunRow[]>(
      `INSERT INTO billing.billing_runs AS r
              (partner_id, id, status, scheduled, customer_id, reseller_id, period_start, period_end, requested_by)
       VALUES ($1, $2, 'QUEUED', $3, $4, $5, $6, $7, $8)
       ON CONFLICT (partner_id, period_start) WHERE scheduled DO NOTHING
       RETURNING ${RUN_COLUMNS}`,
      [
        partnerId,
        id,
        run.scheduled,
        run.customerId,
        run.resellerId,
        run.period.start,
        run.period.end,
        run.requestedBy === null ? null : JSON.stringify(run.requestedBy),
      ],
    );
    if (!row) return null;
    await this.events.enqueue(transaction, BILLING_RUN_QUEUE, { partnerId, runId: id }, { singletonKey: id });
    return row;
  }

  /** A run's job. A retry starts again from the top: what the first attempt invoiced is found invoiced. */
  async execute(job: BillingRunJob): Promise<void> {
    // An UPDATE answers its returned rows with the count beside them.
    const [[row]] = await this.dataSource.query<[RunRow[], number]>(
      `UPDATE billing.billing_runs r
          SET status = 'RUNNING', started_at = now(), issue_date = COALESCE(issue_date, $3::date), error = NULL,
              processed = 0, invoices_created = 0, already_invoiced = 0, skipped = 0, skip_reasons = '[]'
        WHERE partner_id = $1 AND id = $2 AND status <> 'DONE'
       RETURNING ${RUN_COLUMNS}`,
      [job.partnerId, job.runId, todayUtc()],
    );
    if (!row) return;
    const started = Date.now();
    try {
      await this.invoice(row);
      const [[done]] = await this.dataSource.query<[RunRow[], number]>(
        `UPDATE billing.billing_runs r SET status = 'DONE', finished_at = now()
          WHERE partner_id = $1 AND id = $2 RETURNING ${RUN_COLUMNS}`,
        [job.partnerId, job.runId],
      );
      this.logger.info(
        {
          billingRunId: row.id,
          partnerId: row.partnerId,
          periodStart: row.periodStart,
          customers: done?.total,
          invoices: done?.invoicesCreated,
          ms: Date.now() - started,
        },
        'billing run done',
      );
    } catch (err) {
      await this.dataSource.query(
        `UPDATE billing.billing_runs SET status = 'FAILED', error = $3, finished_at = now() WHERE partner_id = $1 AND id = $2`,
        [job.partnerId, job.runId, err instanceof Error ? err.message.slice(0, 500) : String(err)],
      );
      throw err;
    }
  }

  private async invoice(run: RunRow): Promise<void> {
    const { partnerId } = run;
    const period: Period = { start: run.periodStart, end: run.periodEnd };
    const issueDate = run.issueDate ?? todayUtc();
    const candidates = run.customerId
      ? [run.customerId]
      : [
          ...new Set([
            ...(await this.deps.services.customersBilledIn(partnerId, period.start, period.end)),
            ...(await this.deps.recipients.customersBilledIn(partnerId, period.start, period.end)),
            ...(await this.deps.usage.customersBilledIn(partnerId, period.end)),
          ]),
        ].sort();
    await this.dataSource.query(`UPDATE billing.billing_runs SET total = $3 WHERE partner_id = $1 AND id = $2`, [
      partnerId,
      run.id,
      candidates.length,
    ]);
    const rates = await this.deps.settings.ratesOf(partnerId);
    const caller = serviceCaller('billing', partnerId, 'billing:read');
    let keptSkips = 0;
    const chunks: string[][] = [];
    for (let start = 0; start < candidates.length; start += CHUNK_SIZE)
      chunks.push(candidates.slice(start, start + CHUNK_SIZE));
    // Whom to bill to is asked of accounts before a chunk's transaction opens, so no transaction
    // waits on another service; the next chunk's is asked while this one's is written.
    const ask = (chunk: string[]) => {
      const asked = this.deps.billTo.ofPartner(partnerId, chunk);
      asked.catch(() => undefined); // awaited below; a failure there fails the run
      return asked;
    };
    let nextBillTo = chunks[0] ? ask(chunks[0]) : null;
    for (const [index, chunk] of chunks.entries()) {
      const billTo = await nextBillTo!;
      nextBillTo = chunks[index + 1] ? ask(chunks[index + 1]!) : null;
      const skips = await this.dataSource.transaction(async (transaction) => {
        const accounts = (await this.deps.accounts.findVisibleInTransaction(transaction, caller, chunk)).filter(
          (account) => run.resellerId === null || account.resellerId === run.resellerId,
        );
        const outcome = await this.invoiceChunk(transaction, partnerId, accounts, billTo, rates, period, issueDate);
        const kept = outcome.skips.slice(0, Math.max(0, SKIPS_KEPT - keptSkips));
        await transaction.query(
          `UPDATE billing.billing_runs
              SET processed = processed + $3, invoices_created = invoices_created + $4,
                  already_invoiced = already_invoiced + $5, skipped = skipped + $6, skip_reasons = skip_reasons || $7::jsonb
            WHERE partner_id = $1 AND id = $2`,
          [
            partnerId,
            run.id,
            chunk.length,
            outcome.created,
            outcome.alreadyInvoiced,
            outcome.skips.length,
            JSON.stringify(kept),
          ],
        );
        return kept.length;
      });
      keptSkips += skips;
    }
  }

  private async invoiceChunk(
    transaction: EntityManager,
    partnerId: string,
    accounts: readonly BillingAccount[],
    billTo: Map<string, BillTo>,
    rates: PartnerRates,
    period: Period,
    issueDate: string,
  ): Promise<{ created: number; alreadyInvoiced: number; skips: SkippedCustomer[] }> {
    const ids = accounts.map((account) => account.customerId);
    const [services, recipients, usage, customerFx] = await Promise.all([
      this.deps.services.billableIn(transaction, partnerId, ids, period.start, period.end),
      this.deps.recipients.paidIn(transaction, partnerId, ids, period.start, period.end),
      this.deps.usage.uninvoicedIn(transaction, partnerId, ids, period.end),
      this.deps.settings.customerRatesOf(partnerId, ids, transaction),
    ]);
    const byCustomer = <T extends { customerId: string }>(rows: readonly T[]): Map<string, T[]> => {
      const grouped = new Map<string, T[]>();
      for (const row of rows) {
        const list = grouped.get(row.customerId);
        if (list) list.push(row);
        else grouped.set(row.customerId, [row]);
      }
      return grouped;
    };
    const servicesOf = byCustomer(services);
    const recipientsOf = byCustomer(recipients);
    const usageOf = byCustomer(usage);
    const drafts: InvoiceDraft[] = [];
    const usageIdsOf = new Map<string, string[]>();
    const skips: SkippedCustomer[] = [];
    for (const account of accounts) {
      const to = billTo.get(account.customerId);
      if (!to) {
        skips.push({ customerId: account.customerId, reason: 'accounts has no billing profile for the customer' });
        continue;
      }
      const priced = priceInvoice(
        {
          customerId: account.customerId,
          currency: account.currency,
          paymentTermsDays: account.paymentTermsDays,
          billTo: to,
          services: servicesOf.get(account.customerId) ?? [],
          recipients: recipientsOf.get(account.customerId) ?? [],
          usage: usageOf.get(account.customerId) ?? [],
          customerFx: customerFx.get(account.customerId),
        },
        rates,
        period,
        issueDate,
      );
      if (priced.kind === 'skipped') skips.push({ customerId: account.customerId, reason: priced.reason });
      if (priced.kind !== 'invoice') continue;
      drafts.push(priced.draft);
      usageIdsOf.set(account.customerId, priced.usageIds);
    }
    const inserted = await this.deps.invoices.insert(transaction, partnerId, drafts);
    await this.deps.usage.markInvoiced(
      transaction,
      partnerId,
      inserted.created.flatMap((invoice) =>
        (usageIdsOf.get(invoice.customerId) ?? []).map((usageId) => ({ usageId, invoiceId: invoice.id })),
      ),
    );
    return { created: inserted.created.length, alreadyInvoiced: inserted.alreadyInvoiced, skips };
  }
}
