import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import type { CustomerFilter, CustomerSortKey, ListReferencePageQuery } from '../gql/graphql';
import { execute, query } from '../support/api';
import { database } from '../support/databases';
import { type TenantSeed, seed } from '../support/seed';

const PAGE = graphql(`
  query ListReferencePage(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $sortKey: CustomerSortKey
    $reverse: Boolean
    $filter: CustomerFilter
  ) {
    customers(
      first: $first
      after: $after
      last: $last
      before: $before
      sortKey: $sortKey
      reverse: $reverse
      filter: $filter
    ) {
      totalCount
      totalCountPrecision
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);

/** A seeded customer as the reference query sees it: the customer's row, its tags and its standing. */
interface Row {
  id: string;
  name: string;
  accountNumber: string;
  status: string;
  country: string;
  currency: string;
  pricingModel: string;
  resellerId: string | null;
  createdAt: Date;
  tags: string[];
  balance: number;
  owed: number;
  lowCredit: boolean;
  lastMessagedAt: Date | null;
  cancellationScheduled: boolean;
}

const COUNT = 240;
const NAMES = ['Alder', 'Birch', 'Cedar', 'Elm', 'Hazel', 'Larch', 'Maple', 'Oak', 'Rowan', 'Willow'];
const STATUSES = ['ACTIVE', 'ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED'];
const TAGS = ['vip', 'late', 'wholesale'];
const BASE = Date.parse('2026-06-01T00:00:00.000Z');

/**
 * A deterministic spread of a few hundred customers written straight to the tables (the API
 * would take minutes): many share a name, a creation instant, a balance or a last-message
 * instant, so every sort meets ties, and a third were never messaged, so nulls are met too.
 */
async function seedRows(tenant: TenantSeed): Promise<Row[]> {
  const accounts = await database('accounts');
  const rows: Row[] = Array.from({ length: COUNT }, (_, i) => ({
    id: randomUUID(),
    name: NAMES[(i * 7) % NAMES.length]!,
    accountNumber: `N${String((i * 37) % 1000).padStart(4, '0')}${i}`,
    status: STATUSES[i % STATUSES.length]!,
    country: ['GB', 'DE', 'FR'][i % 3]!,
    currency: ['GBP', 'EUR'][(i >> 1) % 2]!,
    pricingModel: i % 4 === 0 ? 'POSTPAID' : 'PREPAID',
    resellerId: i % 5 === 0 ? tenant.resellers[0]!.id : i % 5 === 1 ? tenant.resellers[1]!.id : null,
    createdAt: new Date(BASE + (i % 60) * 3_600_000),
    tags: TAGS.filter((_, t) => (i >> t) % 2 === 1),
    balance: ((i * 13) % 21) * 500 - 2000,
    owed: i % 6 === 0 ? ((i * 11) % 5) * 1000 : 0,
    lowCredit: false,
    lastMessagedAt: i % 3 === 0 ? null : new Date(BASE + (i % 17) * 86_400_000),
    cancellationScheduled: i % 7 === 0 && i % 5 !== 4,
  }));
  for (const row of rows) row.lowCredit = row.balance < 1000 && row.currency === 'GBP';
  const column = <T>(of: (row: Row) => T) => rows.map(of);
  await accounts.query(
    `INSERT INTO accounts.customers (partner_id, id, account_number, name, country, currency, timezone, pricing_model,
                                     reseller_id, status, created_at, closed_at)
     SELECT $1, id, number, name, country, currency, 'UTC', model, reseller, status, created,
            CASE WHEN status = 'CLOSED' THEN created END
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[],
                   $10::timestamptz[]) AS r(id, number, name, country, currency, model, reseller, status, created)`,
    [
      tenant.partnerId,
      column((r) => r.id),
      column((r) => r.accountNumber),
      column((r) => r.name),
      column((r) => r.country),
      column((r) => r.currency),
      column((r) => r.pricingModel),
      column((r) => r.resellerId),
      column((r) => r.status),
      column((r) => r.createdAt.toISOString()),
    ],
  );
  const tagged = rows.flatMap((row) => row.tags.map((tag) => [row.id, tag] as const));
  await accounts.query(
    `INSERT INTO accounts.customer_tags (partner_id, customer_id, tag)
     SELECT $1, id, tag FROM unnest($2::uuid[], $3::text[]) AS t(id, tag)`,
    [tenant.partnerId, tagged.map(([id]) => id), tagged.map(([, tag]) => tag)],
  );
  // The projection's rows were opened with the customers; the values are what billing's and messaging's events would bring.
  await accounts.query(
    `UPDATE accounts.customer_standing s
        SET balance_minor = r.balance, owed_minor = r.owed, last_messaged_at = r.messaged,
            low_credit_threshold_minor = CASE WHEN s.currency = 'GBP' THEN 1000 END
       FROM unnest($2::uuid[], $3::bigint[], $4::bigint[], $5::timestamptz[]) AS r(id, balance, owed, messaged)
      WHERE s.partner_id = $1 AND s.customer_id = r.id`,
    [
      tenant.partnerId,
      column((r) => r.id),
      column((r) => r.balance),
      column((r) => r.owed),
      column((r) => r.lastMessagedAt?.toISOString() ?? null),
    ],
  );
  const scheduled = rows.filter((row) => row.cancellationScheduled);
  await accounts.query(
    `INSERT INTO accounts.customer_scheduled_cancellations
            (partner_id, id, customer_id, mode, effective_at, scheduled_by_kind, scheduled_by_id)
     SELECT $1, gen_random_uuid(), id, 'ON_DATE', '2027-01-01T00:00:00Z', 'operator', gen_random_uuid()
       FROM unnest($2::uuid[]) AS s(id)`,
    [tenant.partnerId, scheduled.map((row) => row.id)],
  );
  return rows;
}

type Value = string | number | null;

/** The sort value each key reads, as the reference compares it; null sorts after every value both ways. */
const sortValue: Record<Exclude<CustomerSortKey, 'RELEVANCE'>, (row: Row) => Value> = {
  NAME: (row) => row.name,
  ACCOUNT_NUMBER: (row) => row.accountNumber,
  CREATED_AT: (row) => row.createdAt.getTime(),
  BALANCE: (row) => row.balance,
  AMOUNT_OWED: (row) => row.owed,
  LAST_MESSAGED_AT: (row) => row.lastMessagedAt?.getTime() ?? null,
};

function compare(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The reference order: by the key's value (nulls last either way), ties by id, all of it turned round by `reverse` but the nulls. */
function referenceOrder(rows: Row[], sortKey: keyof typeof sortValue, reverse: boolean): string[] {
  const valueOf = sortValue[sortKey];
  return [...rows]
    .sort((a, b) => {
      const [va, vb] = [valueOf(a), valueOf(b)];
      if ((va === null) !== (vb === null)) return va === null ? 1 : -1;
      const byValue = compare(va, vb) || compare(a.id, b.id);
      return reverse ? -byValue : byValue;
    })
    .map((row) => row.id);
}

const inRange = (value: number, range: { from?: number; to?: number }) =>
  (range.from === undefined || value >= range.from) && (range.to === undefined || value < range.to);

/** The plain reading of each filter over the seeded rows. */
function referenceFilter(rows: Row[], filter: CustomerFilter): Row[] {
  const time = (value: unknown) => (value ? Date.parse(value as string) : undefined);
  return rows.filter((row) => {
    if (!(filter.status ?? ['ACTIVE', 'SUSPENDED', 'INACTIVE']).includes(row.status as never)) return false;
    // Tags are named ignoring case, codes are read in capitals.
    const tags = filter.tags;
    const has = (tag: string) => row.tags.includes(tag.toLowerCase());
    if (tags?.allOf && !tags.allOf.every(has)) return false;
    if (tags?.anyOf && !tags.anyOf.some(has)) return false;
    if (tags?.noneOf?.some(has)) return false;
    if (filter.pricingModel && !filter.pricingModel.includes(row.pricingModel as never)) return false;
    if (filter.country && !filter.country.map((code) => code.toUpperCase()).includes(row.country)) return false;
    if (filter.currency && !filter.currency.includes(row.currency)) return false;
    if (filter.resellerIds && !filter.resellerIds.includes(row.resellerId ?? '')) return false;
    if (filter.createdAt) {
      const range = { from: time(filter.createdAt.from), to: time(filter.createdAt.to) };
      if (!inRange(row.createdAt.getTime(), range)) return false;
    }
    if (filter.balance) {
      if (filter.balance.min != null && row.balance < filter.balance.min) return false;
      if (filter.balance.max != null && row.balance > filter.balance.max) return false;
    }
    if (filter.owesMoney != null && row.owed > 0 !== filter.owesMoney) return false;
    if (filter.lowCredit != null && row.lowCredit !== filter.lowCredit) return false;
    if (filter.lastMessagedAt) {
      const range = { from: time(filter.lastMessagedAt.from), to: time(filter.lastMessagedAt.to) };
      if (!row.lastMessagedAt || !inRange(row.lastMessagedAt.getTime(), range)) return false;
    }
    if (filter.cancellationScheduled != null && row.cancellationScheduled !== filter.cancellationScheduled) {
      return false;
    }
    return true;
  });
}

/** Every page forwards with `first`/`after`, then every page backwards with `last`/`before`. */
async function walk(
  token: string,
  variables: { sortKey: CustomerSortKey; reverse: boolean; filter?: CustomerFilter },
  size: number,
): Promise<{ forwards: string[]; backwards: string[]; pages: ListReferencePageQuery['customers'][] }> {
  const forwards: string[] = [];
  const pages: ListReferencePageQuery['customers'][] = [];
  let after: string | null = null;
  for (;;) {
    const page: ListReferencePageQuery = await query(token, PAGE, { ...variables, first: size, after });
    pages.push(page.customers);
    forwards.push(...page.customers.nodes.map((node) => node.id));
    if (!page.customers.pageInfo.hasNextPage) break;
    after = page.customers.pageInfo.endCursor;
  }
  const backwards: string[] = [];
  let before: string | null = null;
  for (;;) {
    const page: ListReferencePageQuery = await query(token, PAGE, { ...variables, last: size, before });
    backwards.unshift(...page.customers.nodes.map((node) => node.id));
    if (!page.customers.pageInfo.hasPreviousPage) break;
    before = page.customers.pageInfo.startCursor;
  }
  return { forwards, backwards, pages };
}

describe('the customer list against a reference query', () => {
  let tenant: TenantSeed;
  let rows: Row[];

  beforeAll(async () => {
    tenant = await seed.partner({ resellers: 2 });
    rows = await seedRows(tenant);
  });

  it.each<[keyof typeof sortValue]>([
    ['NAME'],
    ['ACCOUNT_NUMBER'],
    ['CREATED_AT'],
    ['BALANCE'],
    ['AMOUNT_OWED'],
    ['LAST_MESSAGED_AT'],
  ])(
    'should page through every customer sorted by %s both ways, forwards and backwards, as the reference orders them',
    async (sortKey) => {
      const visible = referenceFilter(rows, {});
      for (const reverse of [false, true]) {
        const expected = referenceOrder(visible, sortKey, reverse);

        const { forwards, backwards, pages } = await walk(tenant.owner.token, { sortKey, reverse }, 23);

        expect(forwards).toEqual(expected);
        expect(backwards).toEqual(expected);
        expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
        expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
        expect(pages[0]!.totalCount).toBe(expected.length);
        expect(pages[0]!.totalCountPrecision).toBe('EXACT');
      }
    },
  );

  it.each<[string, CustomerFilter]>([
    ['statuses', { status: ['CLOSED', 'SUSPENDED'] }],
    ['all of two tags', { tags: { allOf: ['vip', 'LATE'] } }],
    ['any of two tags', { tags: { anyOf: ['late', 'wholesale'] } }],
    ['none of a tag', { tags: { noneOf: ['vip'] } }],
    ['pricing model', { pricingModel: ['POSTPAID'] }],
    ['countries', { country: ['de', 'FR'] }],
    ['currency', { currency: ['EUR'] }],
    ['resellers', { resellerIds: [] }],
    ['created between', { createdAt: { from: '2026-06-01T05:00:00.000Z', to: '2026-06-02T01:00:00.000Z' } }],
    ['created from', { createdAt: { from: '2026-06-02T10:00:00.000Z' } }],
    ['balance range', { balance: { min: -500, max: 2500 } }],
    ['balance at least', { balance: { min: 3000 } }],
    ['owes money', { owesMoney: true }],
    ['owes nothing', { owesMoney: false }],
    ['low credit', { lowCredit: true }],
    ['not low credit', { lowCredit: false }],
    ['last messaged between', { lastMessagedAt: { from: '2026-06-03T00:00:00.000Z', to: '2026-06-10T00:00:00.000Z' } }],
    ['cancellation scheduled', { cancellationScheduled: true }],
    ['no cancellation scheduled', { cancellationScheduled: false }],
    [
      'status, tag and balance together',
      { status: ['ACTIVE', 'SUSPENDED'], tags: { anyOf: ['vip'] }, balance: { min: 0, max: 6000 } },
    ],
  ])('should find exactly the customers the reference finds for %s', async (_title, given) => {
    const filter = given.resellerIds ? { resellerIds: [tenant.resellers[1]!.id] } : given;
    const expected = referenceOrder(referenceFilter(rows, filter), 'BALANCE', false);

    const { forwards, pages } = await walk(tenant.owner.token, { sortKey: 'BALANCE', reverse: false, filter }, 50);

    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(COUNT);
    expect(forwards).toEqual(expected);
    expect(pages[0]!.totalCount).toBe(expected.length);
  });

  it('should refuse a cursor of one sort key used with another', async () => {
    const page = await query(tenant.owner.token, PAGE, { sortKey: 'BALANCE', first: 5 });

    const other = await execute(tenant.owner.token, PAGE, {
      sortKey: 'CREATED_AT',
      first: 5,
      after: page.customers.pageInfo.endCursor,
    });

    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('the customer list’s count', () => {
  it('should count exactly up to 10,000 and say "at least" beyond', async () => {
    const tenant = await seed.partner();
    const accounts = await database('accounts');
    await accounts.query(
      `INSERT INTO accounts.customers (partner_id, id, account_number, name, country, currency, timezone, pricing_model)
       SELECT $1, gen_random_uuid(), 'B' || n, 'Bulk ' || n, 'GB', 'GBP', 'UTC', 'PREPAID'
         FROM generate_series(1, 10050) AS n`,
      [tenant.partnerId],
    );

    const all = await query(tenant.owner.token, PAGE, { first: 1 });
    const some = await query(tenant.owner.token, PAGE, { first: 1, filter: { query: 'Bulk 1004' } });

    expect(all.customers).toMatchObject({ totalCount: 10_000, totalCountPrecision: 'AT_LEAST' });
    // Bulk 1004 and Bulk 10040 to 10049.
    expect(some.customers).toMatchObject({ totalCount: 11, totalCountPrecision: 'EXACT' });
  });
});
