import { EXPIRE_CUSTOMER_EXPORTS_QUEUE } from '@clientele/accounts';
import { EventBus, createLogger } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type TenantSeed, seed } from '../support/seed';
import { download } from '../invoicing/support/documents';
import { parseCsv } from './support/csv';

const EXPORT_START = graphql(`
  mutation ExportStart($input: CustomerExportStartInput!) {
    customerExportStart(input: $input) {
      export {
        id
        status
        columns
        fileName
        downloadUrl
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const EXPORT = graphql(`
  query ExportProgress($id: ID!) {
    customerExport(id: $id) {
      id
      status
      total
      rowsWritten
      fileName
      downloadUrl
      error
      createdAt
      finishedAt
      expiresAt
    }
  }
`);

const EXPORTS = graphql(`
  query ExportList {
    customerExports(first: 10) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

/** Names a spreadsheet would take for formulas, and what the file must hold instead. */
const HOSTILE_NAMES: [string, string][] = [
  ['=HYPERLINK("http://x.test","y")', `'=HYPERLINK("http://x.test","y")`],
  ['+1+2', `'+1+2`],
  ['-3+cmd', `'-3+cmd`],
  ['@SUM(A1)', `'@SUM(A1)`],
  ['\tTabbed', `'\tTabbed`],
  ['\rReturned', `'\rReturned`],
];

/**
 * Adds `count` active customers named `Bulk 00001…` (plus closed ones the default filter leaves
 * out; every tenth in EUR, the rest in GBP) in one statement: a few thousand through the API would
 * take minutes.
 */
async function bulkCustomers(tenant: TenantSeed, count: number, closed: number): Promise<void> {
  const accounts = await database('accounts');
  await accounts.query(
    `INSERT INTO accounts.customers
            (partner_id, id, account_number, name, email, phone, country, currency, timezone, pricing_model, status)
     SELECT $1, gen_random_uuid(), 'EXP-' || lpad(n::text, 5, '0'), 'Bulk ' || lpad(n::text, 5, '0'),
            'bulk' || n || '@customer.test', '+4420700' || lpad(n::text, 5, '0'), 'GB',
            CASE WHEN n % 10 = 0 THEN 'EUR' ELSE 'GBP' END, 'UTC', 'PREPAID',
            CASE WHEN n > $2::int THEN 'CLOSED' ELSE 'ACTIVE' END
       FROM generate_series(1, $2::int + $3::int) n`,
    [tenant.partnerId, count, closed],
  );
}

/** Adds customers by name directly, as an import would: the API refuses control characters in a name. */
async function namedCustomers(tenant: TenantSeed, names: string[]): Promise<string[]> {
  const accounts = await database('accounts');
  const rows = await accounts.query<{ id: string }[]>(
    `INSERT INTO accounts.customers
            (partner_id, id, account_number, name, country, currency, timezone, pricing_model)
     SELECT $1, gen_random_uuid(), 'HOSTILE-' || n, name, 'GB', 'GBP', 'UTC', 'POSTPAID'
       FROM unnest($2::text[]) WITH ORDINALITY AS named (name, n)
     RETURNING id`,
    [tenant.partnerId, names],
  );
  return rows.map((row) => row.id);
}

async function completed(token: string, id: string) {
  return eventually(
    async () => {
      const data = await query(token, EXPORT, { id });
      const found = data.customerExport;
      if (found?.status === 'FAILED') throw new Error(`export failed: ${found.error}`);
      return found?.status === 'COMPLETED' ? found : null;
    },
    `export ${id} to complete`,
    60_000,
  );
}

describe('customer export', () => {
  it('should write exactly the customers the filter matches, in order, with formula-like cells neutralised, when the set is large', async () => {
    const tenant = await seed.partner();
    await bulkCustomers(tenant, 3_000, 40);
    const hostile = await namedCustomers(
      tenant,
      HOSTILE_NAMES.map(([name]) => name),
    );
    const accounts = await database('accounts');
    await accounts.query(
      `INSERT INTO accounts.customer_tags (partner_id, customer_id, tag) VALUES ($1, $2, 'vip'), ($1, $2, '=bad')`,
      [tenant.partnerId, hostile[0]],
    );
    await accounts.query(
      `UPDATE accounts.customer_standing SET balance_minor = -1250, owed_minor = 4000
        WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, hostile[1]],
    );

    const started = await query(tenant.owner.token, EXPORT_START, {
      input: { sortKey: 'NAME', columns: ['NAME', 'ACCOUNT_NUMBER', 'STATUS', 'TAGS', 'BALANCE', 'AMOUNT_OWED'] },
    });
    expect(started.customerExportStart.userErrors).toEqual([]);
    const id = started.customerExportStart.export!.id;
    const audited = await accounts.query<{ columns: string[] }[]>(
      `SELECT details->'columns' AS columns FROM accounts.audit_log
        WHERE partner_id = $1 AND action = 'customer-export.started' AND target_id = $2`,
      [tenant.partnerId, id],
    );
    expect(audited).toEqual([{ columns: ['NAME', 'ACCOUNT_NUMBER', 'STATUS', 'TAGS', 'BALANCE', 'AMOUNT_OWED'] }]);
    const done = await completed(tenant.owner.token, id);

    expect(done.total).toBe(3_006);
    expect(done.rowsWritten).toBe(3_006);
    expect(done.fileName).toMatch(/^customers-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    expect(done.downloadUrl).toBe(`/files/accounts/customer-exports/${id}.csv`);
    expect(done.finishedAt).not.toBeNull();
    const file = await download(done.downloadUrl!, tenant.owner.token);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toBe(`attachment; filename="${done.fileName}"`);
    const text = file.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [heading, ...rows] = parseCsv(text.slice(1));
    expect(heading).toEqual(['Name', 'Account number', 'Status', 'Tags', 'Balance', 'Amount owed']);
    // The reference: every customer but the closed, by name then id, as the database sorts them.
    const expected = await accounts.query<{ name: string; account_number: string; id: string }[]>(
      `SELECT name, account_number, id FROM accounts.customers
        WHERE partner_id = $1 AND status <> 'CLOSED' ORDER BY name, id`,
      [tenant.partnerId],
    );
    const neutralisedName = new Map(HOSTILE_NAMES);
    expect(rows.map((row) => [row[0], row[1], row[2]])).toEqual(
      expected.map((row) => [neutralisedName.get(row.name) ?? row.name, row.account_number, 'ACTIVE']),
    );
    const byName = new Map(rows.map((row) => [row[0], row]));
    expect(byName.get(HOSTILE_NAMES[0]![1])?.[3]).toBe(`'=bad; vip`);
    expect(byName.get(HOSTILE_NAMES[1]![1])?.slice(4)).toEqual(['-12.50', '40.00']);
    expect(byName.get('Bulk 00001')?.slice(3)).toEqual(['', '0.00', '0.00']);
  });

  it('should export only the customers the filter names, in reverse when asked', async () => {
    const tenant = await seed.partner();
    await bulkCustomers(tenant, 30, 10);

    const started = await query(tenant.owner.token, EXPORT_START, {
      input: {
        filter: { currency: ['EUR'], status: ['CLOSED', 'ACTIVE'] },
        sortKey: 'ACCOUNT_NUMBER',
        reverse: true,
        columns: ['ACCOUNT_NUMBER', 'STATUS'],
      },
    });
    const done = await completed(tenant.owner.token, started.customerExportStart.export!.id);
    const [, ...rows] = parseCsv((await download(done.downloadUrl!, tenant.owner.token)).body.toString().slice(1));

    expect(rows).toEqual([
      ['EXP-00040', 'CLOSED'],
      ['EXP-00030', 'ACTIVE'],
      ['EXP-00020', 'ACTIVE'],
      ['EXP-00010', 'ACTIVE'],
    ]);
    expect(done.total).toBe(4);
  });

  it('should keep the file for a week, then remove it on the hourly sweep and say the export expired', async () => {
    const tenant = await seed.partner();
    const other = await seed.partner();
    await bulkCustomers(tenant, 3, 0);
    await bulkCustomers(other, 3, 0);
    const exportOf = async (of: TenantSeed) => {
      const started = await query(of.owner.token, EXPORT_START, { input: { columns: ['NAME'] } });
      return completed(of.owner.token, started.customerExportStart.export!.id);
    };
    const [due, kept, othersDue] = [await exportOf(tenant), await exportOf(tenant), await exportOf(other)];
    const accounts = await database('accounts');
    await accounts.query(
      `UPDATE accounts.customer_exports SET expires_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])`,
      [[due.id, othersDue.id]],
    );

    const schedules = await accounts.query<{ cron: string; timezone: string }[]>(
      `SELECT cron, timezone FROM queue.schedule WHERE name = $1`,
      [EXPIRE_CUSTOMER_EXPORTS_QUEUE],
    );
    expect(schedules).toEqual([{ cron: '23 * * * *', timezone: 'UTC' }]);
    // What pg-boss sends when the schedule is due: the running accounts subgraph works it.
    const bus = await EventBus.start({
      connectionString: testStack().databaseUrl,
      schema: 'queue',
      logger: createLogger('expire-exports-test', 'silent'),
    });
    try {
      await bus.enqueue(accounts.manager, EXPIRE_CUSTOMER_EXPORTS_QUEUE, {});
    } finally {
      await bus.stop();
    }
    const expired = await eventually(async () => {
      const found = (await query(tenant.owner.token, EXPORT, { id: due.id })).customerExport;
      return found?.status === 'EXPIRED' ? found : null;
    }, 'the due export to expire');

    expect(Date.parse(kept.expiresAt!) - Date.parse(kept.finishedAt!)).toBe(7 * 24 * 3600 * 1000);
    expect(expired.downloadUrl).toBeNull();
    expect((await download(due.downloadUrl!, tenant.owner.token)).status).toBe(404);
    expect((await query(other.owner.token, EXPORT, { id: othersDue.id })).customerExport?.status).toBe('EXPIRED');
    const stillThere = (await query(tenant.owner.token, EXPORT, { id: kept.id })).customerExport;
    expect(stillThere?.status).toBe('COMPLETED');
    expect((await download(kept.downloadUrl!, tenant.owner.token)).status).toBe(200);
  });

  it('should let only its own partner read, list and download it', async () => {
    const owner = await seed.partner();
    const other = await seed.partner();
    await bulkCustomers(owner, 5, 0);
    const started = await query(owner.owner.token, EXPORT_START, { input: { columns: ['NAME'] } });
    const done = await completed(owner.owner.token, started.customerExportStart.export!.id);
    const otherKey = await other.apiKey(['CUSTOMERS_READ']);

    expect((await query(other.owner.token, EXPORT, { id: done.id })).customerExport).toBeNull();
    expect((await query(otherKey.token, EXPORT, { id: done.id })).customerExport).toBeNull();
    expect((await query(other.owner.token, EXPORTS, {})).customerExports.totalCount).toBe(0);
    expect((await download(done.downloadUrl!, other.owner.token)).status).toBe(404);
    expect((await download(done.downloadUrl!, otherKey.token)).status).toBe(404);
    expect((await download(done.downloadUrl!, null)).status).toBe(401);
    expect((await query(owner.owner.token, EXPORTS, {})).customerExports.nodes).toEqual([{ id: done.id }]);
    expect((await download(done.downloadUrl!, owner.owner.token)).status).toBe(200);
  });

  it('should refuse no columns, a column twice, an overlong search and a tag nobody carries, and queue nothing', async () => {
    const tenant = await seed.partner();

    const none = await query(tenant.owner.token, EXPORT_START, { input: { columns: [] } });
    const twice = await query(tenant.owner.token, EXPORT_START, { input: { columns: ['NAME', 'NAME'] } });
    const overlong = await query(tenant.owner.token, EXPORT_START, { input: { filter: { query: 'x'.repeat(201) } } });
    const unknownTag = await query(tenant.owner.token, EXPORT_START, {
      input: { filter: { tags: { allOf: ['nobody-has-this'] } } },
    });

    const codes = [none, twice, overlong].map((refused) => {
      expect(refused.customerExportStart.export).toBeNull();
      return refused.customerExportStart.userErrors.map((error) => error.code);
    });
    expect(codes).toEqual([['TOO_SHORT'], ['INVALID'], ['TOO_LONG']]);
    expect(overlong.customerExportStart.userErrors[0]!.field).toEqual(['input', 'filter', 'query']);
    expect(unknownTag.customerExportStart.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'filter', 'tags', 'allOf', '0'], 'NOT_FOUND'],
    ]);
    expect((await execute(tenant.owner.token, EXPORTS, {})).data?.customerExports.totalCount).toBe(0);
  });
});
