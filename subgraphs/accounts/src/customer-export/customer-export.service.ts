import { Readable, Transform, type TransformCallback, pipeline } from 'node:stream';
import {
  type Caller,
  type ConnectionArgs,
  type EventBus,
  type FileStore,
  ForbiddenError,
  type Logger,
  type RequestContext,
  isValidId,
  newId,
  paginateKeyset,
  parseInput,
  scopeOf,
  timestampOrder,
  toConnection,
  type UserError,
  UserErrorCode,
  userError,
} from '@clientele/subgraph-kit';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { type CustomerListService, parseCustomerFilter } from '../customer-list';
import type { CustomerStandingService } from '../customer-standing';
import type { CustomerService } from '../customers';
import type { PartnerService } from '../partners';
import type { TagService } from '../tags';
import { COLUMN_HEADINGS, CUSTOMER_EXPORT_COLUMNS, type CustomerExportColumn } from './customer-export.columns';
import { CustomerExportEntity } from './customer-export.entity';
import {
  type CustomerExportStartInput,
  type CustomerExportStartPayload,
  customerExportStartSchema,
} from './customer-export.inputs';
import type { CustomerExport } from './customer-export.model';
import { decimalAmount, inlineParameters, neutralised, quoteLiteral } from './customer-export.sql';
import { CustomerExportConnection, toCustomerExportType } from './customer-export.type';

/** The queue an export's job waits on. */
export const CUSTOMER_EXPORT_QUEUE = 'accounts.customer-export';

export const customerExportJobData = z.object({ partnerId: z.guid(), exportId: z.guid() });
export type CustomerExportJob = z.infer<typeof customerExportJobData>;

/** The queue of the hourly sweep that removes the files of exports past their retention. */
export const EXPIRE_CUSTOMER_EXPORTS_QUEUE = 'accounts.expire-customer-exports';

/** Files removed per sweep transaction: each row is locked while its file goes. */
const EXPIRE_BATCH = 100;

/** How often a running export says how far it got: often enough for a progress bar, rarely enough to cost nothing. */
export const PROGRESS_EVERY_ROWS = 5_000;

/** A UTF-8 byte order mark, so that a spreadsheet opening the file reads its accents as UTF-8. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const EXPORT_COLUMNS = `e.partner_id AS "partnerId", e.id, e.reseller_id AS "resellerId", e.status, e.columns,
  e.total, e.rows_written AS "rowsWritten", e.file_key AS "fileKey", e.file_name AS "fileName", e.error,
  e.created_at AS "createdAt", e.finished_at AS "finishedAt", e.expires_at AS "expiresAt"`;

const exportOrder = timestampOrder<CustomerExportEntity>('e', 'created_at', (row) => row.createdAt, true);

/** TypeORM's PostgreSQL query runner, which can give its connection back as broken. */
interface PostgresRunner {
  releasePostgresConnection(error: unknown): Promise<void>;
}

/** What a job reads back of the export it runs. */
interface ExportRequest {
  caller: Caller;
  filter: unknown;
  sortKey: string;
  reverse: boolean;
  columns: CustomerExportColumn[];
}

/**
 * A filter's refusal placed under `input`. A tag nobody carries is refused without repeating it,
 * so the answer is the same whether another partner uses the tag or nobody does.
 */
function underInput(error: UserError): UserError {
  const field = ['input', ...(error.field ?? [])];
  const unknownTag = error.code === UserErrorCode.NOT_FOUND && field.includes('tags');
  return userError(error.code, unknownTag ? 'No customer carries that tag.' : error.message, field);
}

/** The file's name: what it is and when it was asked for, in UTC. */
export function exportFileName(createdAt: Date): string {
  const stamp = createdAt.toISOString();
  return `customers-${stamp.slice(0, 10)}-${stamp.slice(11, 13)}${stamp.slice(14, 16)}.csv`;
}

/**
 * Counts the rows of CSV text as it passes, without holding any of it: a line ends a row unless
 * it falls inside a quoted cell (a quote inside one is doubled, so each flips the state twice).
 * Reports the count every `every` rows and waits for the report, so a slow report slows the
 * stream instead of piling up.
 */
class CsvRowCounter extends Transform {
  /** Lines ended so far, the heading's included. */
  private lines = 0;
  private quoted = false;
  private reportedAt = 0;

  constructor(
    private readonly reportEvery: number,
    private readonly report: (rows: number) => Promise<void>,
  ) {
    super();
  }

  /** Data rows counted so far. */
  get rows(): number {
    return Math.max(0, this.lines - 1);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.quoted && !chunk.includes(0x22)) {
      // Most chunks quote nothing: count their line ends with the native search.
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) this.lines++;
    } else {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === 0x22) this.quoted = !this.quoted;
        else if (byte === 0x0a && !this.quoted) this.lines++;
      }
    }
    this.push(chunk);
    if (this.rows - this.reportedAt < this.reportEvery) return done();
    this.reportedAt = this.rows;
    this.report(this.rows).then(() => done(), done);
  }
}

/**
 * Exports of the customer list to CSV, in the background. A job counts the customers and streams
 * `COPY (SELECT …) TO STDOUT` from PostgreSQL through a row counter to the file store, both in
 * one repeatable-read transaction, so the count is the file's and memory stays flat at any size.
 * The export runs as the caller who asked, seeing what they see; a retry starts the file again.
 */
export class CustomerExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly files: FileStore,
    private readonly logger: Logger,
    /** Days a completed export's file is kept. */
    private readonly retentionDays: number,
    private readonly deps: {
      customers: CustomerService;
      list: CustomerListService;
      standing: CustomerStandingService;
      tags: TagService;
      partners: PartnerService;
    },
  ) {}

  async start(context: RequestContext, input: CustomerExportStartInput): Promise<CustomerExportStartPayload> {
    const { caller } = context;
    const partnerId = exporterPartner(caller);
    const parsed = parseInput(customerExportStartSchema, input);
    // The list's own rules: the grammar, then whether the tags and resellers named exist.
    const filter = await this.deps.list.checkFilter(caller, input.filter, 'filter');
    const userErrors = [
      ...(parsed.ok ? [] : parsed.userErrors),
      ...(Array.isArray(filter) ? filter.map(underInput) : []),
    ];
    if (!parsed.ok || Array.isArray(filter)) return { export: null, userErrors };
    const command = { ...parsed.value, filter };
    const id = newId();
    const createdAt = new Date();
    const columns = command.columns ?? [...CUSTOMER_EXPORT_COLUMNS];
    return this.dataSource.transaction(async (transaction) => {
      const [row] = await transaction.query<CustomerExport[]>(
        `INSERT INTO accounts.customer_exports AS e
                (partner_id, id, reseller_id, caller, filter, sort_key, reverse, columns, file_name, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         RETURNING ${EXPORT_COLUMNS}`,
        [
          partnerId,
          id,
          scopeOf(caller).resellerId,
          JSON.stringify(caller),
          JSON.stringify(command.filter ?? {}),
          command.sortKey,
          command.reverse,
          columns,
          exportFileName(createdAt),
          createdAt,
        ],
      );
      await this.events.enqueue(transaction, CUSTOMER_EXPORT_QUEUE, { partnerId, exportId: id }, { singletonKey: id });
      await context.audit(
        {
          action: 'customer-export.started',
          partnerId,
          targetType: 'CustomerExport',
          targetId: id,
          details: { filter: command.filter ?? null, sortKey: command.sortKey, reverse: command.reverse, columns },
        },
        transaction,
      );
      return { export: toCustomerExportType(row!), userErrors: [] };
    });
  }

  /** An export the caller may read: their partner's, and under a reseller limit, one made under the same limit. */
  async find(caller: Caller, id: string): Promise<CustomerExport | null> {
    const scope = readerScope(caller);
    if (!scope || !isValidId(id)) return null;
    const [row] = await this.dataSource.query<CustomerExport[]>(
      `SELECT ${EXPORT_COLUMNS} FROM accounts.customer_exports e
        WHERE e.partner_id = $1 AND e.id = $2 AND ($3::uuid IS NULL OR e.reseller_id = $3)`,
      [scope.partnerId, id, scope.resellerId],
    );
    return row ?? null;
  }

  /** The exports the caller may read, newest first. */
  async list(caller: Caller, args: ConnectionArgs): Promise<CustomerExportConnection> {
    const scope = readerScope(caller);
    const query = this.dataSource.getRepository(CustomerExportEntity).createQueryBuilder('e');
    if (!scope) query.where('false');
    else {
      query.where('e.partner_id = :partnerId', { partnerId: scope.partnerId });
      if (scope.resellerId) query.andWhere('e.reseller_id = :resellerId', { resellerId: scope.resellerId });
    }
    const page = await paginateKeyset(query, exportOrder, args);
    return toConnection(
      CustomerExportConnection,
      page,
      (row) => toCustomerExportType({ ...row, columns: row.columns as CustomerExportColumn[] }),
      () => query.getCount(),
    );
  }

  /** A completed export's file, for its download; null when the caller may not read it or it is not written yet. */
  async file(caller: Caller, id: string): Promise<{ body: Readable; size: number | null; fileName: string } | null> {
    const found = await this.find(caller, id);
    if (!found || found.status !== 'COMPLETED' || !found.fileKey) return null;
    const stored = await this.files.get(found.fileKey);
    return stored && { ...stored, fileName: found.fileName };
  }

  /** An export's job. */
  async execute(job: CustomerExportJob): Promise<void> {
    const [[request]] = await this.dataSource.query<[ExportRequest[], number]>(
      `UPDATE accounts.customer_exports
          SET status = 'RUNNING', started_at = now(), rows_written = 0, total = NULL, error = NULL
        WHERE partner_id = $1 AND id = $2 AND status <> 'COMPLETED'
       RETURNING caller, filter, sort_key AS "sortKey", reverse, columns`,
      [job.partnerId, job.exportId],
    );
    if (!request) return;
    const started = Date.now();
    const key = `accounts/customer-exports/${job.partnerId}/${job.exportId}.csv`;
    try {
      const { total, rows, countMs } = await this.write(job, request, key);
      if (rows !== total) throw new Error(`The export wrote ${rows} rows of ${total}.`);
      await this.dataSource.query(
        `UPDATE accounts.customer_exports
            SET status = 'COMPLETED', rows_written = $3, file_key = $4, finished_at = now(),
                expires_at = now() + make_interval(days => $5)
          WHERE partner_id = $1 AND id = $2`,
        [job.partnerId, job.exportId, rows, key, this.retentionDays],
      );
      this.logger.info(
        { exportId: job.exportId, partnerId: job.partnerId, rows, ms: Date.now() - started, countMs },
        'customer export done',
      );
    } catch (err) {
      await this.dataSource.query(
        `UPDATE accounts.customer_exports SET status = 'FAILED', error = $3, finished_at = now()
          WHERE partner_id = $1 AND id = $2`,
        [job.partnerId, job.exportId, err instanceof Error ? err.message.slice(0, 500) : String(err)],
      );
      throw err;
    }
  }

  /**
   * Removes the files of completed exports past their `expires_at` and marks them EXPIRED, a batch
   * per transaction until none is left; answers how many. A row is marked in the transaction that
   * removed its file, so a crash between the two leaves it COMPLETED, and the next sweep finishes it
   * (removing a file that is gone changes nothing).
   */
  async expireDue(): Promise<number> {
    let expired = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (transaction) => {
        const due = await transaction.query<{ partnerId: string; id: string; fileKey: string | null }[]>(
          `SELECT partner_id AS "partnerId", id, file_key AS "fileKey" FROM accounts.customer_exports
            WHERE status = 'COMPLETED' AND expires_at <= now()
            ORDER BY expires_at LIMIT ${EXPIRE_BATCH} FOR UPDATE SKIP LOCKED`,
        );
        for (const row of due) if (row.fileKey) await this.files.delete(row.fileKey);
        if (due.length > 0) {
          await transaction.query(
            `UPDATE accounts.customer_exports e SET status = 'EXPIRED', file_key = NULL
               FROM unnest($1::uuid[], $2::uuid[]) AS due (partner_id, id)
              WHERE e.partner_id = due.partner_id AND e.id = due.id`,
            [due.map((row) => row.partnerId), due.map((row) => row.id)],
          );
        }
        return due.length;
      });
      expired += batch;
      if (batch < EXPIRE_BATCH) return expired;
    }
  }

  /** Counts and writes the rows in one snapshot, so the file holds exactly the rows counted. */
  private async write(
    job: CustomerExportJob,
    request: ExportRequest,
    key: string,
  ): Promise<{ total: number; rows: number; countMs: number }> {
    const { from, select } = this.statement(job.partnerId, request);
    const runner = this.dataSource.createQueryRunner();
    // The driver's own connection: COPY speaks a protocol of its own that the query runner does not.
    const client = (await runner.connect()) as { query<T>(stream: T): T };
    let broken: unknown = null;
    try {
      await runner.startTransaction('REPEATABLE READ');
      // An export of a million rows may take longer than a request is allowed.
      await runner.query('SET LOCAL statement_timeout = 0');
      const countStarted = Date.now();
      const [counted] = (await runner.query(`SELECT count(*)::int AS total ${from}`)) as { total: number }[];
      // Logged beside the whole time, so a slow export says whether counting or streaming was slow.
      const countMs = Date.now() - countStarted;
      const total = counted?.total ?? 0;
      await this.progress(job, { total });
      const counter = new CsvRowCounter(PROGRESS_EVERY_ROWS, (rows) => this.progress(job, { rows }));
      const copy = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER)`));
      // An error on either side ends both, and reaches the file store as the body's error.
      const rows = pipeline(copy, counter, () => undefined);
      await this.files.put(key, Readable.from(withBom(rows)), 'text/csv');
      await runner.commitTransaction();
      return { total, rows: counter.rows, countMs };
    } catch (err) {
      broken = err;
      throw err;
    } finally {
      // A connection that failed mid-COPY cannot go back to the pool: it is closed instead, which
      // also ends its transaction.
      if (broken) await (runner as unknown as PostgresRunner).releasePostgresConnection(broken);
      else await runner.release();
    }
  }

  private async progress(job: CustomerExportJob, progress: { total?: number; rows?: number }): Promise<void> {
    await this.dataSource.query(
      `UPDATE accounts.customer_exports SET total = COALESCE($3, total), rows_written = COALESCE($4, rows_written)
        WHERE partner_id = $1 AND id = $2`,
      [job.partnerId, job.exportId, progress.total ?? null, progress.rows ?? null],
    );
  }

  /**
   * The export's statement, with every value written in as a literal (`COPY` takes no
   * parameters): the customers of the selection, joined to the reseller, tag and balance columns
   * only when asked for, in the list's order with ties broken by id.
   */
  private statement(partnerId: string, request: ExportRequest): { from: string; select: string } {
    const filter = parseCustomerFilter(request.filter);
    // Checked when it was asked for; a filter the grammar has since outgrown fails the export, never widens it.
    if (Array.isArray(filter)) throw new Error(`The export's filter is no longer valid: ${filter[0]?.message}`);
    const selection = this.deps.list.selectionSubquery(request.caller, { filter });
    const [selectionSql, values] = this.dataSource.driver.escapeQueryWithParameters(
      selection.sql,
      selection.parameters,
    );
    const columns = request.columns;
    const joins: string[] = [];
    if (columns.includes('RESELLER')) {
      joins.push(
        `LEFT JOIN (${this.deps.partners.resellersSubquery()}) r ON r.partner_id = c.partner_id AND r.id = c.reseller_id`,
      );
    }
    const sortColumn = sortColumnOf(request.sortKey);
    if (columns.includes('BALANCE') || columns.includes('AMOUNT_OWED') || sortColumn.startsWith('s.')) {
      joins.push(
        `LEFT JOIN (${this.deps.standing.rowsSubquery()}) s ON s.partner_id = c.partner_id AND s.customer_id = c.id`,
      );
    }
    if (columns.includes('TAGS')) {
      joins.push(`LEFT JOIN LATERAL (${this.deps.tags.tagListSubquery('c.partner_id', 'c.id')}) t ON true`);
    }
    const from = `FROM (${this.deps.customers.exportRowsSubquery()}) c
      WHERE c.partner_id = ${quoteLiteral(partnerId)}
        AND c.id IN (SELECT selection.id FROM (${inlineParameters(selectionSql, values)}) selection)`;
    const cells = columns.map((column) => `${cellOf(column)} AS "${COLUMN_HEADINGS[column]}"`);
    const direction = request.reverse ? 'DESC' : 'ASC';
    const select = `SELECT ${cells.join(', ')}
      FROM (SELECT c.* ${from}) c ${joins.join(' ')}
      ORDER BY ${sortColumn} ${direction}, c.id ${direction}`;
    return { from, select };
  }
}

async function* withBom(rows: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield BOM;
  yield* rows;
}

/** Each column's cell; free text is neutralised, codes and numbers cannot start a formula. */
function cellOf(column: CustomerExportColumn): string {
  switch (column) {
    case 'NAME':
      return neutralised('c.name');
    case 'ACCOUNT_NUMBER':
      return neutralised('c.account_number');
    case 'STATUS':
      return 'c.status';
    case 'EMAIL':
      return neutralised('c.email');
    case 'PHONE':
      return neutralised('c.phone');
    case 'COUNTRY':
      return 'c.country';
    case 'CURRENCY':
      return 'c.currency';
    case 'PRICING_MODEL':
      return 'c.pricing_model';
    case 'RESELLER':
      return neutralised('r.name');
    case 'TAGS':
      return neutralised('t.tags');
    case 'CREATED_AT':
      return `to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
    // From the search projection, in the billing account's currency.
    case 'BALANCE':
      return decimalAmount('s.balance_minor', 'COALESCE(s.currency, c.currency)');
    case 'AMOUNT_OWED':
      return decimalAmount('s.owed_minor', 'COALESCE(s.currency, c.currency)');
  }
}

/**
 * The column a sort key orders by (`s.` for the search projection's); relevance, which has no
 * meaning without the list's ranking, falls back to the date joined.
 */
function sortColumnOf(sortKey: string): string {
  switch (sortKey) {
    case 'NAME':
      return 'c.name';
    case 'ACCOUNT_NUMBER':
      return 'c.account_number';
    case 'BALANCE':
      return 's.balance_minor';
    case 'AMOUNT_OWED':
      return 's.owed_minor';
    case 'LAST_MESSAGED_AT':
      return 's.last_messaged_at';
    default:
      return 'c.created_at';
  }
}

/** The partner an export is made for: a partner's staff or app, never a portal session or platform staff. */
function exporterPartner(caller: Caller): string {
  const scope = readerScope(caller);
  if (!scope) throw new ForbiddenError('Exports of the customer list are made by the partner’s staff and apps.');
  return scope.partnerId;
}

function readerScope(caller: Caller): { partnerId: string; resellerId: string | null } | null {
  const scope = scopeOf(caller);
  if (!scope.partnerId || scope.customerId) return null;
  return { partnerId: scope.partnerId, resellerId: scope.resellerId };
}
