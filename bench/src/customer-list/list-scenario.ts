import { DEMO } from '@clientele/subgraph-kit';
import { Pool } from 'pg';
import { z } from 'zod';
import type { BenchConfig } from '../config';
import { createGatewayClient, signIn } from '../gateway-client';
import type { BenchCase, Scenario, ScenarioResult } from '../scenario';
import { ABSENT_TERM, RARE_WORD } from './dataset';
import type { ListSchemaSupport } from './schema-support';

const PAGE_SIZE = 50;
/** What the list shows when no status filter is set: every status but CLOSED. */
const DEFAULT_STATUSES = ['ACTIVE', 'SUSPENDED', 'INACTIVE'];
/** The issue's targets for every list scenario, at one request in flight. */
export const LIST_TARGETS = { floorRatio: 3, sequentialP50Ms: 25 };

/**
 * The customer list's operation as the admin app sends it (count included, with its precision
 * where the API reports one), each row carrying fields of all three subgraphs: accounts' own,
 * billing's balance and amount owed, and messaging's low-credit reminder.
 */
function listQuery(support: ListSchemaSupport): string {
  const precision = support.connectionFields.has('totalCountPrecision') ? 'totalCountPrecision' : '';
  return `query BenchCustomerList(
  $first: Int
  $after: String
  $filter: CustomerFilter
  $sortKey: CustomerSortKey!
  $reverse: Boolean!
) {
  customers(first: $first, after: $after, filter: $filter, sortKey: $sortKey, reverse: $reverse) {
    totalCount
    ${precision}
    pageInfo { hasNextPage endCursor }
    nodes {
      id accountNumber name status email createdAt
      balance { amount currency }
      owed { amount currency }
      lowCreditReminder { enabled thresholdMinor }
    }
  }
}`;
}

const money = z.object({ amount: z.string(), currency: z.string() }).nullable();
const listData = z.object({
  customers: z.object({
    totalCount: z.number().int(),
    totalCountPrecision: z.enum(['EXACT', 'AT_LEAST']).optional(),
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    nodes: z.array(
      z.object({
        id: z.string(),
        accountNumber: z.string(),
        name: z.string(),
        status: z.string(),
        email: z.string().nullable(),
        createdAt: z.string(),
        balance: money,
        owed: money,
        lowCreditReminder: z.object({ enabled: z.boolean(), thresholdMinor: z.number().int() }),
      }),
    ),
  }),
});
type GatewayList = z.infer<typeof listData>['customers'];

/** One row as both sides can express it, for checking they return the same page. */
interface PageRow {
  id: string;
  accountNumber: string;
  status: string;
  createdAt: string;
  balance: string;
  owed: string;
  reminder: string;
}

interface Page {
  totalCount: number;
  hasNextPage: boolean;
  rows: PageRow[];
}

/** "-12.50" → "-1250": every seeded currency has two decimals, so dropping the point gives minor units. */
const toMinorUnits = (amount: string) => BigInt(amount.replace('.', '')).toString();

function gatewayPage(list: GatewayList): Page {
  return {
    totalCount: list.totalCount,
    hasNextPage: list.pageInfo.hasNextPage,
    rows: list.nodes.map((node) => ({
      id: node.id,
      accountNumber: node.accountNumber,
      status: node.status,
      createdAt: new Date(node.createdAt).toISOString(),
      balance: node.balance ? `${toMinorUnits(node.balance.amount)} ${node.balance.currency}` : 'null',
      owed: node.owed ? toMinorUnits(node.owed.amount) : 'null',
      reminder: `${node.lowCreditReminder.enabled}/${node.lowCreditReminder.thresholdMinor}`,
    })),
  };
}

interface SqlRow {
  total_count: number;
  id: string | null;
  account_number: string;
  name: string;
  status: string;
  email: string | null;
  created_at: Date;
  currency: string | null;
  balance_minor: string | null;
  owed_minor: string;
  reminder_enabled: boolean;
  reminder_threshold: string;
}

function sqlPage(rows: SqlRow[]): Page {
  const pageRows = rows.filter((row) => row.id !== null);
  return {
    totalCount: rows[0]?.total_count ?? 0,
    hasNextPage: pageRows.length > PAGE_SIZE,
    rows: pageRows.slice(0, PAGE_SIZE).map((row) => ({
      id: row.id!,
      accountNumber: row.account_number,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      balance: row.balance_minor === null ? 'null' : `${row.balance_minor} ${row.currency}`,
      owed: row.owed_minor,
      reminder: `${row.reminder_enabled}/${row.reminder_threshold}`,
    })),
  };
}

/**
 * The floor of one case: the page's customers chosen and ordered in accounts' tables, the count
 * the API reports, and each row's balance, amount owed and reminder read where billing and
 * messaging keep them, in one statement. `$1` partner, `$2` statuses, `$3` rows, `$4` how far
 * the count goes (NULL: all the way; otherwise one row past what it reports); the case's own parameters follow from `$5`.
 */
interface FloorSpec {
  /** Conditions on `c` (and on whatever `join` brings in) after partner and status. */
  where: string;
  /** Joined to `c` in both the page and the count. */
  join?: string;
  /** The keyset seek past the cursor, on the page only. */
  seek?: string;
  /** The page's order over `c` (and the join). */
  order: string;
  /** Extra columns the page exposes for its order, named `sort_…`, and that order over `p`. */
  sortColumns?: string;
  pageOrder: string;
  parameters: unknown[];
}

function floorSql(spec: FloorSpec): string {
  const join = spec.join ?? '';
  return `
    WITH page AS (
      SELECT c.id, c.partner_id, c.account_number, c.name, c.status, c.email, c.created_at${spec.sortColumns ? `, ${spec.sortColumns}` : ''}
        FROM accounts.customers c ${join}
       WHERE c.partner_id = $1 AND c.status = ANY($2::text[]) ${spec.where} ${spec.seek ?? ''}
       ORDER BY ${spec.order}
       LIMIT $3
    )
    SELECT t.total_count, p.id, p.account_number, p.name, p.status, p.email, p.created_at,
           a.currency::text AS currency, a.balance_minor::text AS balance_minor,
           coalesce(o.owed, 0)::text AS owed_minor,
           coalesce(r.enabled, false) AS reminder_enabled, coalesce(r.threshold_minor, 0)::text AS reminder_threshold
      FROM (SELECT least(count(*), $4::bigint - 1)::int AS total_count
              FROM (SELECT 1 FROM accounts.customers c ${join}
                     WHERE c.partner_id = $1 AND c.status = ANY($2::text[]) ${spec.where}
                     LIMIT $4::bigint) counted) t
      LEFT JOIN page p ON true
      LEFT JOIN billing.billing_accounts a ON a.partner_id = p.partner_id AND a.customer_id = p.id
      LEFT JOIN LATERAL (
        SELECT sum(GREATEST(i.total_minor - i.paid_minor - i.credited_minor, 0)) AS owed
          FROM billing.invoices i
         WHERE i.partner_id = p.partner_id AND i.customer_id = p.id AND i.kind = 'INVOICE' AND i.status IN ('OPEN', 'OVERDUE')
      ) o ON true
      LEFT JOIN messaging.low_credit_reminders r ON r.partner_id = p.partner_id AND r.customer_id = p.id
     ORDER BY ${spec.pageOrder}`;
}

interface ListCase {
  group: string;
  /** The statuses the case lists; the list's default when absent. */
  statuses?: string[];
  variables: { filter: Record<string, unknown> | null; sortKey: string; reverse: boolean; after: string | null };
  floor: FloorSpec;
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

function describeDifference(gateway: Page, sql: Page): string | null {
  if (gateway.totalCount !== sql.totalCount) return `totalCount ${gateway.totalCount} ≠ ${sql.totalCount}`;
  if (gateway.hasNextPage !== sql.hasNextPage) return `hasNextPage ${gateway.hasNextPage} ≠ ${sql.hasNextPage}`;
  if (gateway.rows.length !== sql.rows.length) return `${gateway.rows.length} rows ≠ ${sql.rows.length}`;
  const expected = sql.rows;
  for (const [index, row] of gateway.rows.entries()) {
    if (JSON.stringify(row) !== JSON.stringify(expected[index]))
      return `row ${index}: ${JSON.stringify(row)} ≠ ${JSON.stringify(expected[index])}`;
  }
  return null;
}

const BY_CREATED: Pick<FloorSpec, 'order' | 'pageOrder'> = {
  order: 'c.created_at, c.id',
  pageOrder: 'p.created_at, p.id',
};

/** The columns the search box reads of a customer, as one document: what the trigram index is built on. */
const CUSTOMER_DOCUMENT = `(c.name || E'\\x1f' || coalesce(c.billing_name, '') || E'\\x1f' || c.account_number
  || E'\\x1f' || coalesce(c.email::text, '') || E'\\x1f' || coalesce(c.phone, ''))`;
const MEMBER_DOCUMENT = `(m.name || E'\\x1f' || coalesce(m.email::text, ''))`;

/** A document holds the term (`$5`) as a substring (`$6`, its ILIKE pattern) or as a close word. */
const matches = (document: string) => `(${document} ILIKE $6 OR $5 <% ${document})`;
/** An exact identifier first, then substring matches, each by word similarity. */
const score = (document: string, exact: string) =>
  `(CASE WHEN ${exact} THEN 3 ELSE (CASE WHEN ${document} ILIKE $6 THEN 1 ELSE 0 END) + word_similarity($5, ${document}) END)`;

/**
 * The search in SQL: every place a term is looked for (the customer's own document, keywords,
 * former account numbers, members' names and emails), each found through its trigram index, one
 * row per customer at its best score, ordered by it as relevance orders the list.
 */
function searchFloor(term: string): FloorSpec {
  const matched = `
    SELECT id, round(max(score)::numeric, 4) AS score FROM (
      SELECT c.id, ${score(CUSTOMER_DOCUMENT, 'lower(c.account_number) = lower($5) OR c.email = $5')} AS score
        FROM accounts.customers c WHERE c.partner_id = $1 AND ${matches(CUSTOMER_DOCUMENT)}
      UNION ALL
      SELECT k.customer_id, ${score('k.keyword::text', 'k.keyword = $5')}
        FROM accounts.customer_keywords k WHERE k.partner_id = $1 AND ${matches('k.keyword::text')}
      UNION ALL
      SELECT h.customer_id, ${score('h.account_number', 'lower(h.account_number) = lower($5)')} - 0.1
        FROM accounts.customer_account_numbers h
       WHERE h.partner_id = $1 AND h.released_at IS NOT NULL AND ${matches('h.account_number')}
      UNION ALL
      SELECT m.customer_id, ${score(MEMBER_DOCUMENT, 'm.email = $5')}
        FROM accounts.members m WHERE m.partner_id = $1 AND ${matches(MEMBER_DOCUMENT)}
    ) found GROUP BY id`;
  return {
    where: '',
    join: `JOIN (${matched}) matched ON matched.id = c.id`,
    order: 'matched.score DESC, c.id DESC',
    sortColumns: 'matched.score AS sort_score',
    pageOrder: 'p.sort_score DESC, p.id DESC',
    parameters: [term, `%${term}%`],
  };
}

/** The combined filter's tag, and its balance range in minor units. */
const COMBINED = { status: 'ACTIVE', tag: 'wholesale', balance: { min: -5_000, max: 5_000 } };

/** Status, a tag and a balance range, sorted by balance, as the search projection orders it. */
const combinedFloor: FloorSpec = {
  join: 'JOIN accounts.customer_standing s ON s.partner_id = c.partner_id AND s.customer_id = c.id',
  where: `AND EXISTS (SELECT 1 FROM accounts.customer_tags t
                       WHERE t.partner_id = c.partner_id AND t.customer_id = c.id AND t.tag = $5::citext)
          AND s.balance_minor BETWEEN $6 AND $7`,
  order: 's.balance_minor, s.customer_id',
  sortColumns: 's.balance_minor AS sort_balance',
  pageOrder: 'p.sort_balance, p.id',
  parameters: [COMBINED.tag, COMBINED.balance.min, COMBINED.balance.max],
};

/**
 * The customer list at a million customers: five pages through the gateway, each against the
 * same page read with one SQL statement in the same run. The combined filter runs only where the
 * API has the filters and the search projection it needs.
 */
export function customerListScenario(support: ListSchemaSupport, customers: number): Scenario {
  const query = listQuery(support);
  return {
    name: `customer list at ${customers.toLocaleString('en-GB')} customers`,
    description:
      `customers(first: ${PAGE_SIZE}) with totalCount${support.connectionFields.has('totalCountPrecision') ? ' and its precision' : ''}, ` +
      'each row with accounts fields, billing balance and owed, and messaging lowCreditReminder, through the gateway, vs one SQL statement with pg',
    async prepare({ stack, config, log }) {
      const accessToken = await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password);
      const gateway = createGatewayClient(stack.gatewayUrl, accessToken);
      const pool = new Pool({
        connectionString: stack.databaseUrl,
        max: config.concurrency,
        application_name: 'clientele-bench',
      });
      const notes: string[] = [];
      const processes = () => {
        const pids = stack.pids();
        return {
          gateway: pids.gateway,
          accounts: pids.accounts,
          billing: pids.billing,
          messaging: pids.messaging,
          postgres: pids.postgres,
        };
      };
      try {
        const fetchGateway = async (variables: ListCase['variables']) =>
          listData.parse(await gateway.request(query, { first: PAGE_SIZE, ...variables })).customers;

        const cases: ListCase[] = [
          {
            group: 'first page, no filter',
            variables: { filter: null, sortKey: 'CREATED_AT', reverse: false, after: null },
            floor: { where: '', ...BY_CREATED, parameters: [] },
          },
          {
            group: `selective search "${RARE_WORD}"`,
            variables: { filter: { query: RARE_WORD }, sortKey: 'RELEVANCE', reverse: false, after: null },
            floor: searchFloor(RARE_WORD),
          },
          {
            group: 'search matching nothing',
            variables: { filter: { query: ABSENT_TERM }, sortKey: 'RELEVANCE', reverse: false, after: null },
            floor: searchFloor(ABSENT_TERM),
          },
        ];

        const missing = combinedFilterMissing(support);
        if (missing) notes.push(`combined filter not measured: ${missing}`);
        else
          cases.push({
            group: `${COMBINED.status} + tag ${COMBINED.tag} + balance ${COMBINED.balance.min}..${COMBINED.balance.max}, by balance`,
            statuses: [COMBINED.status],
            variables: {
              filter: { status: [COMBINED.status], tags: { allOf: [COMBINED.tag] }, balance: COMBINED.balance },
              sortKey: 'BALANCE',
              reverse: false,
              after: null,
            },
            floor: combinedFloor,
          });

        // Page 1,000 by its cursor: the cursors walked once, as a person paging would get them.
        const deepPage = config.deepPage;
        log(`  walking ${deepPage - 1} pages of cursors for page ${deepPage}`);
        let after: string | null = null;
        let last: GatewayList['nodes'][number] | undefined;
        for (let page = 1; page < deepPage; page++) {
          const list = await fetchGateway({ filter: null, sortKey: 'CREATED_AT', reverse: false, after });
          if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) {
            throw new Error(`the list ends at page ${page}: too few customers for page ${deepPage}`);
          }
          after = list.pageInfo.endCursor;
          last = list.nodes.at(-1);
        }
        if (last)
          cases.push({
            group: `page ${deepPage.toLocaleString('en-GB')} by cursor`,
            variables: { filter: null, sortKey: 'CREATED_AT', reverse: false, after },
            floor: {
              where: '',
              seek: 'AND (c.created_at, c.id) > ($5::timestamptz, $6::uuid)',
              ...BY_CREATED,
              parameters: [last.createdAt, last.id],
            },
          });

        const benchCases: BenchCase[] = [];
        for (const listCase of cases) {
          // A case the API refuses or answers wrongly is reported, and the others still run.
          let first: GatewayList;
          try {
            first = await fetchGateway(listCase.variables);
          } catch (error) {
            notes.push(`${listCase.group}: not measured: the gateway answered ${describeError(error)}`);
            continue;
          }
          // The floor counts as far as the API does: all of them when it reports an exact count,
          // and when it says "at least" one row past that figure, reporting the figure.
          const countLimit = first.totalCountPrecision === 'AT_LEAST' ? first.totalCount + 1 : null;
          const sql = floorSql(listCase.floor);
          const parameters = [
            DEMO.partnerId,
            listCase.statuses ?? DEFAULT_STATUSES,
            PAGE_SIZE + 1,
            countLimit,
            ...listCase.floor.parameters,
          ];
          const runSql = async () => (await pool.query<SqlRow>(sql, parameters)).rows;
          // Both sides must read the same rows, or the comparison means nothing.
          const difference = describeDifference(gatewayPage(first), sqlPage(await runSql()));
          if (difference) {
            notes.push(`${listCase.group}: not measured: the gateway and SQL disagree: ${difference}`);
            continue;
          }
          notes.push(
            `${listCase.group}: ${first.nodes.length} rows, totalCount ${first.totalCount}` +
              `${first.totalCountPrecision ? ` (${first.totalCountPrecision})` : ''}; gateway and SQL return the same page`,
          );
          benchCases.push(
            {
              group: listCase.group,
              role: 'baseline',
              via: 'SQL',
              run: runSql,
              processes: () => ({ postgres: stack.pids().postgres }),
            },
            {
              group: listCase.group,
              role: 'subject',
              via: 'gateway',
              run: () => gateway.request(query, { first: PAGE_SIZE, ...listCase.variables }),
              processes,
            },
          );
        }
        return { cases: benchCases, notes, dispose: () => pool.end() };
      } catch (error) {
        await pool.end();
        throw error;
      }
    },
    summarize: summarizeList,
  };
}

/** Why the combined filter cannot run on this API, or null when it can. */
function combinedFilterMissing(support: ListSchemaSupport): string | null {
  const missing = ['tags', 'balance'].filter((field) => !support.filterFields.has(field));
  if (!support.sortKeys.has('BALANCE')) missing.push('sortKey BALANCE');
  return missing.length > 0 ? `the API has no ${missing.join(', ')} on the customer list yet` : null;
}

function summarizeList(result: Omit<ScenarioResult, 'summary'>, config: BenchConfig): string[] {
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const groups = [...new Set(result.results.map((entry) => entry.group))];
  return groups.map((group) => {
    const sequential = result.comparisons.find(
      (comparison) =>
        comparison.group === group && comparison.mode === 'sequential' && comparison.against === 'baseline',
    );
    const subject = result.results.find(
      (entry) => entry.group === group && entry.role === 'subject' && entry.mode === 'sequential',
    );
    const concurrent = result.results.find(
      (entry) => entry.group === group && entry.role === 'subject' && entry.mode === 'concurrent',
    );
    if (!sequential || !subject) return `${group}: not measured`;
    const p50 = subject.measurement.latency.p50;
    return (
      `${group}: p50 ${sequential.p50Ratio.toFixed(2)}× the SQL floor (≤ ${LIST_TARGETS.floorRatio}×: ${met(sequential.p50Ratio <= LIST_TARGETS.floorRatio)}), ` +
      `${p50.toFixed(2)} ms at one in flight (< ${LIST_TARGETS.sequentialP50Ms} ms: ${met(p50 < LIST_TARGETS.sequentialP50Ms)})` +
      (concurrent ? `; ${concurrent.measurement.throughput.toFixed(0)} req/s at ${config.concurrency} in flight` : '')
    );
  });
}
