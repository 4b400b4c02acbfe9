import { CustomerListDocument } from '@clientele/admin-web/operations';
import { DEMO, encodeCursor } from '@clientele/subgraph-kit';
import { print } from 'graphql';
import { Pool } from 'pg';
import { z } from 'zod';
import type { BenchConfig } from '../config';
import { createGatewayClient, signIn } from '../gateway-client';
import { startPostgraphilePeer } from '../peer/start';
import type { BenchCase, CaseResult, Scenario, ScenarioResult } from '../scenario';
import { serviceLogLines } from '../stack';

const PAGE_SIZE = 50;
/** What the list shows when no status filter is set: every status but CLOSED (see `CustomerFilter.status`). */
const DEFAULT_STATUSES = ['ACTIVE', 'SUSPENDED', 'INACTIVE'];

/** Exactly the operation the admin app's customer list sends, from its generated documents. */
const CUSTOMER_LIST_QUERY = print(CustomerListDocument);

/** The customer list's operation without `totalCount`: the page as it is served fast, compared with its peer. */
const CUSTOMER_PAGE_QUERY = `query BenchCustomerPage(
  $first: Int
  $after: String
  $last: Int
  $before: String
  $filter: CustomerFilter
  $sortKey: CustomerSortKey!
  $reverse: Boolean!
) {
  customers(first: $first, after: $after, last: $last, before: $before, filter: $filter, sortKey: $sortKey, reverse: $reverse) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id accountNumber name status email createdAt balance { amount currency } }
  }
}`;

/**
 * The same page asked of PostGraphile: the partner as the connection's condition, the order as
 * the accounts subgraph sorts by creation (created_at, then id), and the balance as a computed
 * column. PostGraphile V5 names an `id` column `rowId` (`id` is its global object id).
 */
const PEER_PAGE_QUERY = `query PeerCustomerPage($partnerId: UUID!, $first: Int!) {
  allCustomers(condition: { partnerId: $partnerId }, orderBy: [CREATED_AT_ASC, ROW_ID_ASC], first: $first) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { id: rowId accountNumber name status email createdAt balance { amountMinor currency } }
  }
}`;

/** The group the fast-path targets are read on. */
const FAST_PAGE = 'first page, no totalCount';
/** What the fast path must reach on that page (through the gateway, against PostGraphile). */
const TARGETS = { throughputRatio: 0.5, sequentialP50Ms: 8, gatewayCpuMs: 3, subgraphCpuMs: 1.5 };
/** The subgraphs the page's query plan calls; messaging is not on its way. */
const PAGE_SUBGRAPHS = ['accounts', 'billing'] as const;

const row = z.object({
  id: z.string(),
  accountNumber: z.string(),
  name: z.string(),
  status: z.string(),
  email: z.string().nullable(),
  createdAt: z.string(),
});
const pageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

/** A gateway row: the page's fields with billing's balance, in major units. */
const gatewayRow = row.extend({ balance: z.object({ amount: z.string(), currency: z.string() }).nullable() });

const customerListData = z.object({
  customers: z.object({ totalCount: z.number().int(), pageInfo, nodes: z.array(gatewayRow) }),
});

const customerPageData = z.object({
  customers: z.object({
    pageInfo,
    nodes: z.array(gatewayRow),
  }),
});

const peerPageData = z.object({
  allCustomers: z.object({
    pageInfo,
    nodes: z.array(
      row.extend({
        balance: z.object({ amountMinor: z.string().nullable(), currency: z.string().nullable() }).nullable(),
      }),
    ),
  }),
});

/** One row as both sides can express it, for checking they return the same page. */
interface PageRow {
  id: string;
  accountNumber: string;
  status: string;
  createdAt: string;
  balanceMinor: string;
  currency: string;
}

interface Page {
  /** Null on the page read without it. */
  totalCount: number | null;
  hasNextPage: boolean;
  rows: PageRow[];
}

interface SqlPageRow {
  total_count: number;
  id: string | null;
  account_number: string;
  name: string;
  status: string;
  email: string | null;
  created_at: Date;
  currency: string;
  balance_minor: string;
}

/**
 * The same page in one statement: the keyset seek on (created_at, id) over `customers_by_created`,
 * the balance summed from `ledger_entries_by_customer`, and the count `totalCount` needs. The
 * count sits on the left so an empty page still reports it.
 */
function pageSql(withCursor: boolean): string {
  return `
    WITH page AS (
      SELECT c.id, c.account_number, c.name, c.status, c.email, c.created_at, c.currency
        FROM accounts.customers c
       WHERE c.partner_id = $1 AND c.status = ANY($2::text[])
         ${withCursor ? 'AND (c.created_at, c.id) > ($4::timestamptz, $5::uuid)' : ''}
       ORDER BY c.created_at, c.id
       LIMIT $3
    )
    SELECT t.total_count, p.id, p.account_number, p.name, p.status, p.email, p.created_at, p.currency,
           coalesce(b.amount_minor, 0)::text AS balance_minor
      FROM (SELECT count(*)::int AS total_count
              FROM accounts.customers
             WHERE partner_id = $1 AND status = ANY($2::text[])) t
      LEFT JOIN page p ON true
      LEFT JOIN LATERAL (
        SELECT sum(l.amount_minor) AS amount_minor
          FROM billing.ledger_entries l
         WHERE l.partner_id = $1 AND l.customer_id = p.id
      ) b ON true
     ORDER BY p.created_at, p.id`;
}

const SQL_FIRST_PAGE = pageSql(false);
const SQL_AFTER_CURSOR = pageSql(true);

interface SqlFastPageRow {
  id: string;
  account_number: string;
  name: string;
  status: string;
  email: string | null;
  created_at: Date;
  currency: string | null;
  balance_minor: string | null;
}

/**
 * The page without its count, in one statement: the keyset's first rows over
 * `customers_by_created`, each with the balance billing keeps beside its ledger (what
 * `Customer.balance` reads), found by billing's primary key.
 */
const SQL_FAST_PAGE = `
  WITH page AS (
    SELECT c.id, c.partner_id, c.account_number, c.name, c.status, c.email, c.created_at
      FROM accounts.customers c
     WHERE c.partner_id = $1 AND c.status = ANY($2::text[])
     ORDER BY c.created_at, c.id
     LIMIT $3
  )
  SELECT p.id, p.account_number, p.name, p.status, p.email, p.created_at,
         a.currency::text AS currency, a.balance_minor::text AS balance_minor
    FROM page p
    LEFT JOIN billing.billing_accounts a ON a.partner_id = p.partner_id AND a.customer_id = p.id
   ORDER BY p.created_at, p.id`;

/** "-12.50" → "-1250": the gateway formats minor units with the currency's exponent, so dropping the point undoes it. */
const toMinorUnits = (amount: string) => BigInt(amount.replace('.', '')).toString();

/** A GraphQL row (the gateway's or the peer's) as both sides can express it. */
function rowFromGraphQL(
  node: { id: string; accountNumber: string; status: string; createdAt: string },
  balance: { minor: string | null; currency: string | null } | null,
): PageRow {
  return {
    id: node.id,
    accountNumber: node.accountNumber,
    status: node.status,
    createdAt: new Date(node.createdAt).toISOString(),
    balanceMinor: balance?.minor ?? 'null',
    currency: balance?.currency ?? 'null',
  };
}

/** A row of either SQL statement as both sides can express it. */
function rowFromSql(row: {
  id: string;
  account_number: string;
  status: string;
  created_at: Date;
  balance_minor: string | null;
  currency: string | null;
}): PageRow {
  return {
    id: row.id,
    accountNumber: row.account_number,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    balanceMinor: row.balance_minor ?? 'null',
    currency: row.currency ?? 'null',
  };
}

const gatewayBalance = (balance: { amount: string; currency: string } | null) =>
  balance && { minor: toMinorUnits(balance.amount), currency: balance.currency };

function describeDifference(gateway: Page, sql: Page): string | null {
  if (gateway.totalCount !== sql.totalCount) return `totalCount ${gateway.totalCount} ≠ ${sql.totalCount}`;
  if (gateway.hasNextPage !== sql.hasNextPage) return `hasNextPage ${gateway.hasNextPage} ≠ ${sql.hasNextPage}`;
  if (gateway.rows.length !== sql.rows.length) return `${gateway.rows.length} rows ≠ ${sql.rows.length}`;
  for (const [index, row] of gateway.rows.entries()) {
    const expected = JSON.stringify(sql.rows[index]);
    if (JSON.stringify(row) !== expected) return `row ${index}: ${JSON.stringify(row)} ≠ ${expected}`;
  }
  return null;
}

/**
 * The customer list as the admin app loads it — 50 rows sorted by creation, each with its
 * balance from billing — through the gateway, against the same page read with plain SQL.
 * Measured on the first page and on a deep page reached with a keyset cursor, and on the first
 * page without totalCount, where PostGraphile V5 serving the same page from the same database is
 * the peer the gateway is read against.
 */
export const customersPageScenario: Scenario = {
  name: 'customers page with balances',
  description:
    'customers(first: 50, sortKey: CREATED_AT) with balances through the gateway, vs one SQL statement with pg, and without totalCount also vs PostGraphile V5',
  async prepare({ stack, config, log }) {
    const accessToken = await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password);
    const gateway = createGatewayClient(stack.gatewayUrl, accessToken);
    log('  starting the PostGraphile peer on the same database');
    const peer = await startPostgraphilePeer({
      databaseUrl: stack.databaseUrl,
      statuses: DEFAULT_STATUSES,
      onLine: serviceLogLines(config.serviceLogs, log),
    });
    // The same client and headers as the gateway's; PostGraphile ignores the token.
    const peerClient = createGatewayClient(peer.url, accessToken);
    // One connection per request in flight, as the concurrent runs need; sequential runs use one.
    const pool = new Pool({
      connectionString: stack.databaseUrl,
      max: config.concurrency,
      application_name: 'clientele-bench',
    });
    const dispose = async () => {
      await pool.end();
      await peer.stop();
    };

    try {
      const fetchGatewayPage = (after: string | null) =>
        gateway.request(CUSTOMER_LIST_QUERY, { first: PAGE_SIZE, after, sortKey: 'CREATED_AT', reverse: false });
      const fetchSqlPage = async (after: { createdAt: string; id: string } | null) => {
        const result = after
          ? await pool.query<SqlPageRow>(SQL_AFTER_CURSOR, [
              DEMO.partnerId,
              DEFAULT_STATUSES,
              PAGE_SIZE + 1,
              after.createdAt,
              after.id,
            ])
          : await pool.query<SqlPageRow>(SQL_FIRST_PAGE, [DEMO.partnerId, DEFAULT_STATUSES, PAGE_SIZE + 1]);
        return result.rows;
      };

      const fetchGatewayFastPage = () =>
        gateway.request(CUSTOMER_PAGE_QUERY, { first: PAGE_SIZE, sortKey: 'CREATED_AT', reverse: false });
      const fetchPeerPage = () => peerClient.request(PEER_PAGE_QUERY, { partnerId: DEMO.partnerId, first: PAGE_SIZE });
      const fetchSqlFastPage = async () =>
        (await pool.query<SqlFastPageRow>(SQL_FAST_PAGE, [DEMO.partnerId, DEFAULT_STATUSES, PAGE_SIZE + 1])).rows;

      const gatewayFastPage = async (): Promise<Page> => {
        const { customers } = customerPageData.parse(await fetchGatewayFastPage());
        return {
          totalCount: null,
          hasNextPage: customers.pageInfo.hasNextPage,
          rows: customers.nodes.map((node) => rowFromGraphQL(node, gatewayBalance(node.balance))),
        };
      };
      const peerPage = async (): Promise<Page> => {
        const { allCustomers } = peerPageData.parse(await fetchPeerPage());
        return {
          totalCount: null,
          hasNextPage: allCustomers.pageInfo.hasNextPage,
          rows: allCustomers.nodes.map((node) =>
            rowFromGraphQL(node, node.balance && { minor: node.balance.amountMinor, currency: node.balance.currency }),
          ),
        };
      };
      const sqlFastPage = async (): Promise<Page> => {
        const rows = await fetchSqlFastPage();
        return {
          totalCount: null,
          hasNextPage: rows.length > PAGE_SIZE,
          rows: rows.slice(0, PAGE_SIZE).map(rowFromSql),
        };
      };

      const gatewayPage = async (after: string | null): Promise<Page & { endCursor: string | null }> => {
        const { customers } = customerListData.parse(await fetchGatewayPage(after));
        return {
          totalCount: customers.totalCount,
          hasNextPage: customers.pageInfo.hasNextPage,
          endCursor: customers.pageInfo.endCursor,
          rows: customers.nodes.map((node) => rowFromGraphQL(node, gatewayBalance(node.balance))),
        };
      };
      const sqlPage = async (after: { createdAt: string; id: string } | null): Promise<Page> => {
        const rows = await fetchSqlPage(after);
        const pageRows = rows.filter((row) => row.id !== null);
        return {
          totalCount: rows[0]?.total_count ?? 0,
          hasNextPage: pageRows.length > PAGE_SIZE,
          rows: pageRows.slice(0, PAGE_SIZE).map((row) => rowFromSql({ ...row, id: row.id! })),
        };
      };

      // The deep page's cursor is the last row of the page before it, encoded as the accounts
      // subgraph encodes it; clamped to the last full page when fewer customers are visible.
      const { rows: countRows } = await pool.query<{ visible: number }>(
        `SELECT count(*)::int AS visible FROM accounts.customers WHERE partner_id = $1 AND status = ANY($2::text[])`,
        [DEMO.partnerId, DEFAULT_STATUSES],
      );
      const visible = countRows[0]?.visible ?? 0;
      // A deep page is a full one, so the last page counts only when it is full.
      const lastFullPage = Math.floor(visible / PAGE_SIZE);
      const deepPage = Math.min(config.deepPage, lastFullPage);
      if (deepPage < 3) throw new Error(`only ${visible} customers are listed: too few for a deep page`);
      const { rows: boundaryRows } = await pool.query<{ created_at: Date; id: string }>(
        `SELECT created_at, id FROM accounts.customers
          WHERE partner_id = $1 AND status = ANY($2::text[])
          ORDER BY created_at, id OFFSET $3 LIMIT 1`,
        [DEMO.partnerId, DEFAULT_STATUSES, (deepPage - 1) * PAGE_SIZE - 1],
      );
      const boundary = boundaryRows[0];
      if (!boundary) throw new Error(`no row before page ${deepPage}`);
      const deepAfter = { createdAt: boundary.created_at.toISOString(), id: boundary.id };
      const deepCursor = encodeCursor([deepAfter.createdAt, deepAfter.id]);

      // Both sides must read the same rows, or the comparison means nothing.
      const notes: string[] = [];
      const firstViaGateway = await gatewayPage(null);
      const firstViaSql = await sqlPage(null);
      const deepViaGateway = await gatewayPage(deepCursor);
      const deepViaSql = await sqlPage(deepAfter);
      for (const [name, viaGateway, viaSql] of [
        ['first page', firstViaGateway, firstViaSql],
        [`page ${deepPage}`, deepViaGateway, deepViaSql],
      ] as const) {
        const difference = describeDifference(viaGateway, viaSql);
        if (difference) throw new Error(`${name}: the gateway and SQL disagree: ${difference}`);
        if (viaGateway.rows.length !== PAGE_SIZE) throw new Error(`${name}: ${viaGateway.rows.length} rows`);
      }
      // Following the cursor the gateway hands out lands where the precomputed cursor does.
      const secondViaGateway = await gatewayPage(firstViaGateway.endCursor);
      const secondViaSql = await sqlPage({
        createdAt: firstViaSql.rows.at(-1)!.createdAt,
        id: firstViaSql.rows.at(-1)!.id,
      });
      const secondDifference = describeDifference(secondViaGateway, secondViaSql);
      if (secondDifference) throw new Error(`page 2 via endCursor: the gateway and SQL disagree: ${secondDifference}`);
      // The page without totalCount: the gateway, its SQL floor and PostGraphile read the same rows.
      const fastViaGateway = await gatewayFastPage();
      for (const [via, page] of [
        ['SQL', await sqlFastPage()],
        ['PostGraphile', await peerPage()],
      ] as const) {
        const difference = describeDifference(fastViaGateway, page);
        if (difference) throw new Error(`${FAST_PAGE}: the gateway and ${via} disagree: ${difference}`);
      }
      if (fastViaGateway.rows.length !== PAGE_SIZE) {
        throw new Error(`${FAST_PAGE}: ${fastViaGateway.rows.length} rows`);
      }
      if (describeDifference({ ...firstViaGateway, totalCount: null }, fastViaGateway)) {
        throw new Error(`${FAST_PAGE}: not the rows of the customer list's first page`);
      }
      notes.push(
        `${visible} customers listed (statuses ${DEFAULT_STATUSES.join(', ')}); deep page = page ${deepPage} of ${Math.ceil(visible / PAGE_SIZE)}, reached with a precomputed keyset cursor`,
        'checked before timing: first page, page 2 (via endCursor) and the deep page return the same ids, order, account numbers, statuses, createdAt, balances, totalCount and hasNextPage through the gateway and through SQL',
        `${FAST_PAGE}: the customer list's operation without totalCount (50 rows, the list's row fields with billing's balance); its floor is one SQL statement reading billing's kept balance, its peer PostGraphile V5 on the same database (bench_peer.customers, a view of the listed statuses, filtered by partner as a condition, ordered by created_at then id, the balance a computed SQL column); checked before timing: the same ids, order, account numbers, statuses, createdAt, balances and hasNextPage from all three`,
      );
      log(`  checked: gateway and SQL agree on the first page, page 2 and page ${deepPage}`);
      log(`  checked: gateway, SQL and PostGraphile agree on the ${FAST_PAGE}`);

      // Every process on the page's way, each case alike, so each hop's cost is seen, and so is
      // what the others spend meanwhile (background work, or nothing).
      const processes = () => {
        const { gateway: gatewayPid, accounts, billing, messaging, postgres } = stack.pids();
        return { gateway: gatewayPid, accounts, billing, messaging, postgraphile: peer.pid, postgres };
      };

      const cases: BenchCase[] = (
        [
          { group: FAST_PAGE, role: 'subject', via: 'gateway', run: fetchGatewayFastPage },
          { group: FAST_PAGE, role: 'baseline', via: 'SQL', run: fetchSqlFastPage },
          { group: FAST_PAGE, role: 'peer', via: 'PostGraphile', run: fetchPeerPage },
          { group: 'first page', role: 'subject', via: 'gateway', run: () => fetchGatewayPage(null) },
          { group: 'first page', role: 'baseline', via: 'SQL', run: () => fetchSqlPage(null) },
          { group: `page ${deepPage}`, role: 'subject', via: 'gateway', run: () => fetchGatewayPage(deepCursor) },
          { group: `page ${deepPage}`, role: 'baseline', via: 'SQL', run: () => fetchSqlPage(deepAfter) },
        ] satisfies Omit<BenchCase, 'processes'>[]
      ).map((benchCase) => ({ ...benchCase, processes }));
      return { cases, notes, dispose };
    } catch (err) {
      await dispose();
      throw err;
    }
  },
  summarize: summarizeFastPage,
};

const met = (ok: boolean) => (ok ? 'met' : 'missed');

/**
 * The page without totalCount against its targets: through the gateway at least half of
 * PostGraphile's throughput with `config.concurrency` in flight, p50 under 8 ms one at a time,
 * and per request at most 3 ms of the gateway's CPU and 1.5 ms of each subgraph's.
 */
function summarizeFastPage(result: Omit<ScenarioResult, 'summary'>, config: BenchConfig): string[] {
  const find = (via: string, mode: CaseResult['mode']) =>
    result.results.find(
      (candidate) => candidate.group === FAST_PAGE && candidate.via === via && candidate.mode === mode,
    );
  const lines: string[] = [];
  const modes = [
    ['sequential', 'one in flight'],
    ['concurrent', `${config.concurrency} in flight`],
  ] as const;
  for (const [mode, label] of modes) {
    const gatewayResult = find('gateway', mode);
    const peerResult = find('PostGraphile', mode);
    if (!gatewayResult || !peerResult) return [];
    const g = gatewayResult.measurement;
    const p = peerResult.measurement;
    lines.push(
      `${FAST_PAGE}, ${label}: gateway ${g.throughput.toFixed(0)} req/s, p50 ${g.latency.p50.toFixed(2)} ms; ` +
        `PostGraphile ${p.throughput.toFixed(0)} req/s, p50 ${p.latency.p50.toFixed(2)} ms; ` +
        `gateway / PostGraphile throughput ${(g.throughput / p.throughput).toFixed(2)}×`,
    );
  }
  const sequential = find('gateway', 'sequential')!;
  const concurrent = find('gateway', 'concurrent')!;
  const ratio = concurrent.measurement.throughput / find('PostGraphile', 'concurrent')!.measurement.throughput;
  // A budget holds when it holds in both modes: the worse of the two is what is read against it.
  // Beside it, the same less what the process spends idle (its idle rate over the case's req/s).
  const worstCpu = (name: string) => {
    const raw: number[] = [];
    const net: number[] = [];
    for (const measured of [sequential, concurrent]) {
      const value = measured.cpuMsPerRequest?.[name];
      if (value === undefined) return undefined;
      raw.push(value);
      net.push(value - (result.idle?.cpuMsPerSecond[name] ?? 0) / measured.measurement.throughput);
    }
    return { raw: Math.max(...raw), net: Math.max(...net) };
  };
  const budget = (name: string, limit: number) => {
    const cpu = worstCpu(name);
    if (!cpu) return `${name} ? ms (≤ ${limit}: not measured)`;
    return `${name} ${cpu.raw.toFixed(2)} ms, ${cpu.net.toFixed(2)} net of idle (≤ ${limit}: ${met(cpu.raw <= limit)})`;
  };
  lines.push(
    `targets: throughput ≥ ${TARGETS.throughputRatio}× PostGraphile's at ${config.concurrency} in flight: ${ratio.toFixed(2)}× (${met(ratio >= TARGETS.throughputRatio)}); ` +
      `p50 one in flight < ${TARGETS.sequentialP50Ms} ms: ${sequential.measurement.latency.p50.toFixed(2)} ms (${met(sequential.measurement.latency.p50 < TARGETS.sequentialP50Ms)})`,
    `CPU per request through the gateway, the worse of the two modes: ${budget('gateway', TARGETS.gatewayCpuMs)}; ` +
      PAGE_SUBGRAPHS.map((name) => budget(name, TARGETS.subgraphCpuMs)).join('; ') +
      ' (messaging is not on the way; its figure in the table is its own background work)',
  );
  return lines;
}
