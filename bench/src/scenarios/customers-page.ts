import { CustomerListDocument } from '@clientele/admin-web/operations';
import { DEMO, encodeCursor } from '@clientele/subgraph-kit';
import { print } from 'graphql';
import { Pool } from 'pg';
import { z } from 'zod';
import { createGatewayClient, signIn } from '../gateway-client';
import type { BenchCase, Scenario } from '../scenario';

const PAGE_SIZE = 50;
/** What the list shows when no status filter is set: every status but CLOSED (see `CustomerFilter.status`). */
const DEFAULT_STATUSES = ['ACTIVE', 'SUSPENDED', 'INACTIVE'];

/** Exactly the operation the admin app's customer list sends, from its generated documents. */
const CUSTOMER_LIST_QUERY = print(CustomerListDocument);

const customerListData = z.object({
  customers: z.object({
    totalCount: z.number().int(),
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
    nodes: z.array(
      z.object({
        id: z.string(),
        accountNumber: z.string(),
        name: z.string(),
        status: z.string(),
        email: z.string().nullable(),
        createdAt: z.string(),
        balance: z.object({ amount: z.string(), currency: z.string() }).nullable(),
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
  totalCount: number;
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

/** "-12.50" → "-1250": the gateway formats minor units with the currency's exponent, so dropping the point undoes it. */
const toMinorUnits = (amount: string) => BigInt(amount.replace('.', '')).toString();

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
 * Measured on the first page and on a deep page reached with a keyset cursor.
 */
export const customersPageScenario: Scenario = {
  name: 'customers page with balances',
  description:
    'customers(first: 50, sortKey: CREATED_AT) with balances, through the gateway vs one SQL statement with pg',
  async prepare({ stack, config, log }) {
    const accessToken = await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password);
    const gateway = createGatewayClient(stack.gatewayUrl, accessToken);
    // One connection per request in flight, as the concurrent runs need; sequential runs use one.
    const pool = new Pool({
      connectionString: stack.databaseUrl,
      max: config.concurrency,
      application_name: 'clientele-bench',
    });

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

      const gatewayPage = async (after: string | null): Promise<Page & { endCursor: string | null }> => {
        const { customers } = customerListData.parse(await fetchGatewayPage(after));
        return {
          totalCount: customers.totalCount,
          hasNextPage: customers.pageInfo.hasNextPage,
          endCursor: customers.pageInfo.endCursor,
          rows: customers.nodes.map((node) => ({
            id: node.id,
            accountNumber: node.accountNumber,
            status: node.status,
            createdAt: new Date(node.createdAt).toISOString(),
            balanceMinor: node.balance ? toMinorUnits(node.balance.amount) : 'null',
            currency: node.balance?.currency ?? 'null',
          })),
        };
      };
      const sqlPage = async (after: { createdAt: string; id: string } | null): Promise<Page> => {
        const rows = await fetchSqlPage(after);
        const pageRows = rows.filter((row) => row.id !== null);
        return {
          totalCount: rows[0]?.total_count ?? 0,
          hasNextPage: pageRows.length > PAGE_SIZE,
          rows: pageRows.slice(0, PAGE_SIZE).map((row) => ({
            id: row.id!,
            accountNumber: row.account_number,
            status: row.status,
            createdAt: row.created_at.toISOString(),
            balanceMinor: row.balance_minor,
            currency: row.currency,
          })),
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
      notes.push(
        `${visible} customers listed (statuses ${DEFAULT_STATUSES.join(', ')}); deep page = page ${deepPage} of ${Math.ceil(visible / PAGE_SIZE)}, reached with a precomputed keyset cursor`,
        'checked before timing: first page, page 2 (via endCursor) and the deep page return the same ids, order, account numbers, statuses, createdAt, balances, totalCount and hasNextPage through the gateway and through SQL',
      );
      log(`  checked: gateway and SQL agree on the first page, page 2 and page ${deepPage}`);

      const cases: BenchCase[] = [
        { group: 'first page', role: 'subject', via: 'gateway', run: () => fetchGatewayPage(null) },
        { group: 'first page', role: 'baseline', via: 'SQL', run: () => fetchSqlPage(null) },
        { group: `page ${deepPage}`, role: 'subject', via: 'gateway', run: () => fetchGatewayPage(deepCursor) },
        { group: `page ${deepPage}`, role: 'baseline', via: 'SQL', run: () => fetchSqlPage(deepAfter) },
      ];
      return { cases, notes, dispose: () => pool.end() };
    } catch (err) {
      await pool.end();
      throw err;
    }
  },
};
