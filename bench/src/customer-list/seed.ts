import { PartnerProvisioner, createAccountsDataSource } from '@clientele/accounts';
import { Client } from 'pg';
import type { SeedReport, SeedStep } from '../seed';
import { type Cell, copyRows } from './copy';
import {
  DATASET_VERSION,
  type DatasetLayout,
  KIND,
  MEMBER_FIRST_NAMES,
  MEMBER_LAST_NAMES,
  type PartnerLayout,
  type SeededCustomer,
  customersOf,
  datasetLayout,
  minutesAfterEpoch,
  seededId,
  tagsOf,
} from './dataset';

/** The bench's own schema: the marker that says a complete dataset of a given size is already there. */
const MARKER_TABLE = 'bench.dataset';

/** The tables the seeder fills and then counts; the search projection is added when the database has it. */
const SEEDED_TABLES = [
  'accounts.customers',
  'accounts.customer_account_numbers',
  'accounts.customer_keywords',
  'accounts.customer_tags',
  'accounts.members',
  'billing.billing_accounts',
  'billing.ledger_entries',
  'billing.invoices',
  'billing.invoice_lines',
  'messaging.customer_directory',
  'messaging.low_credit_reminders',
  'messaging.messages',
];
const STANDING_TABLE = 'accounts.customer_standing';
const STANDING_INVOICES_TABLE = 'accounts.customer_standing_invoices';

export type DatasetState = 'ready' | 'empty' | 'stale';

/**
 * Whether the database holds the dataset asked for: `ready` when the marker names this size and
 * seeder version, `empty` when nothing has been seeded, `stale` when something else is there (another
 * size, an older seeder, or a seeding that did not finish), which only a fresh database cures.
 */
export async function datasetState(databaseUrl: string, customers: number): Promise<DatasetState> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'clientele-bench' });
  await client.connect();
  try {
    const { rows } = await client.query<{ marker: string | null; partners: number }>(
      `SELECT to_regclass('${MARKER_TABLE}')::text AS marker, (SELECT count(*)::int FROM accounts.partners) AS partners`,
    );
    if (!rows[0]?.marker) return rows[0]?.partners ? 'stale' : 'empty';
    const marker = await client.query<{ customers: number; version: number }>(
      `SELECT customers, version FROM ${MARKER_TABLE}`,
    );
    const kept = marker.rows[0];
    return kept?.customers === customers && kept.version === DATASET_VERSION ? 'ready' : 'stale';
  } finally {
    await client.end();
  }
}

async function timed<T>(steps: SeedStep[], name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  steps.push({ name, durationMs: performance.now() - started });
  return result;
}

function* eachCustomer(layout: DatasetLayout): Generator<[PartnerLayout, SeededCustomer]> {
  for (const partner of layout.partners) for (const customer of customersOf(partner)) yield [partner, customer];
}

/** Rows of one table: `make` turns each customer into zero or more rows. */
function* rowsOf(layout: DatasetLayout, make: (partner: PartnerLayout, customer: SeededCustomer) => Cell[][]) {
  for (const [partner, customer] of eachCustomer(layout)) yield* make(partner, customer);
}

const day = (iso: string) => iso.slice(0, 10);

/** An issued invoice's date, and its due date: 30 days after each other invoice of the customer. */
function invoiceDates(customer: SeededCustomer, k: number) {
  const issued = minutesAfterEpoch(customer.n * 3 + 60 * 24 * 30 * (k + 1));
  return {
    issued,
    // Open invoices fall due far ahead, so billing's overdue sweep has nothing to do during a
    // measurement; what they owe counts the same whenever they fall due.
    due: day(new Date(Date.parse(issued) + 10 * 365 * 86_400_000).toISOString()),
  };
}

/** Whether the low-credit reminder would call the customer low: on, and the balance under its threshold. */
const isLowCredit = (customer: SeededCustomer) =>
  customer.reminderThreshold !== null && customer.balance < customer.reminderThreshold;

async function connect(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'clientele-bench-seed' });
  await client.connect();
  // The rows are made consistent here (the ledger chains, the kept balances, every foreign key);
  // checking that row by row with the deferred triggers would triple the load time. Needs a
  // superuser, which the embedded PostgreSQL's user is.
  await client.query(`SET session_replication_role = replica`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  return client;
}

async function seedAccounts(client: Client, layout: DatasetLayout, count: (table: string, rows: number) => void) {
  count(
    'accounts.customers',
    await copyRows(
      client,
      'accounts.customers',
      [
        'partner_id',
        'id',
        'account_number',
        'name',
        'email',
        'phone',
        'country',
        'currency',
        'timezone',
        'pricing_model',
        'reseller_id',
        'status',
        'created_at',
        'updated_at',
        'closed_at',
      ],
      rowsOf(layout, (p, c) => [
        [
          p.id,
          c.id,
          c.accountNumber,
          c.name,
          c.email,
          c.phone,
          c.country,
          c.currency,
          c.timezone,
          c.pricingModel,
          c.resellerId,
          c.status,
          c.createdAt,
          c.createdAt,
          c.status === 'CLOSED' ? c.createdAt : null,
        ],
      ]),
    ),
  );
  count(
    'accounts.customer_account_numbers',
    await copyRows(
      client,
      'accounts.customer_account_numbers',
      ['partner_id', 'id', 'customer_id', 'account_number', 'assigned_at'],
      rowsOf(layout, (p, c) => [
        [p.id, seededId(KIND.accountNumber, p.index, c.n), c.id, c.accountNumber, c.createdAt],
      ]),
    ),
  );
  count(
    'accounts.customer_keywords',
    await copyRows(
      client,
      'accounts.customer_keywords',
      ['partner_id', 'keyword', 'customer_id', 'position'],
      rowsOf(layout, (p, c) => (c.n % 5 === 0 ? [[p.id, `ref-${c.n}`, c.id, 0]] : [])),
    ),
  );
  count(
    'accounts.customer_tags',
    await copyRows(
      client,
      'accounts.customer_tags',
      ['partner_id', 'customer_id', 'tag', 'created_at'],
      rowsOf(layout, (p, c) => tagsOf(c.n).map((tag) => [p.id, c.id, tag, c.createdAt])),
    ),
  );
  // The account holder for every customer, and a second member on every third one.
  count(
    'accounts.members',
    await copyRows(
      client,
      'accounts.members',
      ['partner_id', 'id', 'customer_id', 'name', 'email', 'role', 'portal_access', 'created_at'],
      rowsOf(layout, (p, c) =>
        (c.n % 3 === 0 ? [1, 2] : [1]).map((k) => [
          p.id,
          seededId(KIND.member, p.index, c.n, k),
          c.id,
          `${MEMBER_FIRST_NAMES[(c.n + k) % 10]} ${MEMBER_LAST_NAMES[(Math.floor(c.n / 10) + k) % 10]}`,
          `${k === 1 ? 'owner' : 'team'}+${c.n}@p${p.index}.example.com`,
          k === 1 ? 'OWNER' : 'MEMBER',
          k === 1,
          c.createdAt,
        ]),
      ),
    ),
  );
  for (const partner of layout.partners) {
    await client.query(`UPDATE accounts.partners SET next_account_number = $2 WHERE id = $1`, [
      partner.id,
      100001 + partner.customers,
    ]);
  }
}

/**
 * The accounts search projection, when this version of accounts has one: what billing's and
 * messaging's events would have left in it, each invoice's stage included. Its trigger that opens
 * a row per new customer does not fire under the seeder's replication role, so the rows come from here.
 */
async function seedStanding(client: Client, layout: DatasetLayout, count: (table: string, rows: number) => void) {
  count(
    STANDING_TABLE,
    await copyRows(
      client,
      STANDING_TABLE,
      [
        'partner_id',
        'customer_id',
        'currency',
        'balance_minor',
        'balance_sequence',
        'owed_minor',
        'low_credit_threshold_minor',
        'last_messaged_at',
      ],
      rowsOf(layout, (p, c) => [
        [
          p.id,
          c.id,
          c.currency,
          c.balance,
          c.ledger.length,
          c.owed,
          c.reminderThreshold,
          c.messageTimes.at(-1) ?? null,
        ],
      ]),
    ),
  );
  count(
    STANDING_INVOICES_TABLE,
    await copyRows(
      client,
      STANDING_INVOICES_TABLE,
      ['partner_id', 'invoice_id', 'customer_id', 'stage', 'amount_due_minor'],
      rowsOf(layout, (p, c) =>
        c.invoices.map((invoice, k) => [
          p.id,
          seededId(KIND.invoice, p.index, c.n, k),
          c.id,
          invoice.paid ? 2 : 0,
          invoice.paid ? 0 : invoice.totalMinor,
        ]),
      ),
    ),
  );
}

async function seedBilling(client: Client, layout: DatasetLayout, count: (table: string, rows: number) => void) {
  count(
    'billing.billing_accounts',
    await copyRows(
      client,
      'billing.billing_accounts',
      [
        'partner_id',
        'customer_id',
        'reseller_id',
        'currency',
        'pricing_model',
        'created_at',
        'updated_at',
        'balance_minor',
        'last_sequence',
      ],
      rowsOf(layout, (p, c) => [
        [p.id, c.id, c.resellerId, c.currency, c.pricingModel, c.createdAt, c.createdAt, c.balance, c.ledger.length],
      ]),
    ),
  );
  const KINDS = ['CREDIT', 'CHARGE', 'CHARGE', 'ADJUSTMENT'];
  const DESCRIPTIONS = ['Credit top-up', 'Monthly service', 'Usage charges', 'Goodwill adjustment'];
  count(
    'billing.ledger_entries',
    await copyRows(
      client,
      'billing.ledger_entries',
      [
        'partner_id',
        'id',
        'customer_id',
        'amount_minor',
        'currency',
        'kind',
        'description',
        'created_at',
        'sequence',
        'balance_after_minor',
      ],
      rowsOf(layout, (p, c) => {
        let running = 0n;
        return c.ledger.map((amount, k) => {
          running += amount;
          return [
            p.id,
            seededId(KIND.ledger, p.index, c.n, k),
            c.id,
            amount,
            c.currency,
            KINDS[k]!,
            DESCRIPTIONS[k]!,
            minutesAfterEpoch(c.n * 3 + 60 * 24 * (k + 1)),
            k + 1,
            running,
          ];
        });
      }),
    ),
  );
  // Invoice numbers run per partner in the order the invoices are written.
  const sequences = new Map<string, number>();
  count(
    'billing.invoices',
    await copyRows(
      client,
      'billing.invoices',
      [
        'partner_id',
        'id',
        'customer_id',
        'kind',
        'source',
        'status',
        'sequence',
        'number',
        'currency',
        'issue_date',
        'due_date',
        'subtotal_minor',
        'tax_minor',
        'total_minor',
        'paid_minor',
        'bill_to',
        'paid_at',
        'created_at',
        'updated_at',
      ],
      rowsOf(layout, (p, c) =>
        c.invoices.map((invoice, k) => {
          const sequence = (sequences.get(p.id) ?? 0) + 1;
          sequences.set(p.id, sequence);
          const { issued, due } = invoiceDates(c, k);
          const billTo = JSON.stringify({
            name: c.name,
            accountNumber: c.accountNumber,
            email: c.email,
            country: c.country,
            addressLines: [],
            city: null,
            region: null,
            postcode: null,
          });
          return [
            p.id,
            seededId(KIND.invoice, p.index, c.n, k),
            c.id,
            'INVOICE',
            'MANUAL',
            invoice.paid ? 'PAID' : 'OPEN',
            sequence,
            `INV-${String(sequence).padStart(6, '0')}`,
            c.currency,
            day(issued),
            due,
            invoice.totalMinor,
            0,
            invoice.totalMinor,
            invoice.paid ? invoice.totalMinor : 0,
            billTo,
            invoice.paid ? issued : null,
            issued,
            issued,
          ];
        }),
      ),
    ),
  );
  count(
    'billing.invoice_lines',
    await copyRows(
      client,
      'billing.invoice_lines',
      ['partner_id', 'invoice_id', 'position', 'kind', 'description', 'quantity', 'unit_amount_minor', 'amount_minor'],
      rowsOf(layout, (p, c) =>
        c.invoices.map((invoice, k) => [
          p.id,
          seededId(KIND.invoice, p.index, c.n, k),
          1,
          'CUSTOM',
          'Monthly service',
          1,
          invoice.totalMinor,
          invoice.totalMinor,
        ]),
      ),
    ),
  );
  for (const partner of layout.partners) {
    await client.query(
      `INSERT INTO billing.invoice_settings (partner_id, next_sequence) VALUES ($1, $2)
       ON CONFLICT (partner_id) DO UPDATE SET next_sequence = excluded.next_sequence`,
      [partner.id, (sequences.get(partner.id) ?? 0) + 1],
    );
  }
}

async function seedMessaging(client: Client, layout: DatasetLayout, count: (table: string, rows: number) => void) {
  count(
    'messaging.customer_directory',
    await copyRows(
      client,
      'messaging.customer_directory',
      ['partner_id', 'customer_id', 'reseller_id', 'created_at'],
      rowsOf(layout, (p, c) => [[p.id, c.id, c.resellerId, c.createdAt]]),
    ),
  );
  count(
    'messaging.low_credit_reminders',
    await copyRows(
      client,
      'messaging.low_credit_reminders',
      ['partner_id', 'customer_id', 'enabled', 'threshold_minor', 'armed', 'updated_at'],
      rowsOf(layout, (p, c) =>
        c.reminderThreshold === null ? [] : [[p.id, c.id, true, c.reminderThreshold, !isLowCredit(c), c.createdAt]],
      ),
    ),
  );
  count(
    'messaging.messages',
    await copyRows(
      client,
      'messaging.messages',
      [
        'partner_id',
        'id',
        'customer_id',
        'channel',
        'recipient',
        'subject',
        'body',
        'status',
        'created_at',
        'updated_at',
        'sent_at',
      ],
      rowsOf(layout, (p, c) =>
        c.messageTimes.map((sentAt, k) => [
          p.id,
          seededId(KIND.message, p.index, c.n, k),
          c.id,
          k === 1 ? 'SMS' : 'EMAIL',
          k === 1 ? c.phone : c.email,
          k === 1 ? null : k === 0 ? 'Welcome' : 'Your balance is running low',
          k === 1 ? 'Your monthly invoice is available in the portal.' : 'Hello from your provider.',
          k === 2 ? 'FAILED' : 'DELIVERED',
          sentAt,
          sentAt,
          sentAt,
        ]),
      ),
    ),
  );
}

async function seedPartners(client: Client, large: PartnerLayout, others: PartnerLayout[]) {
  const { rows } = await client.query<{ password_hash: string }>(
    `SELECT password_hash FROM accounts.operators WHERE partner_id = $1 AND id = $2`,
    [large.id, large.owner.id],
  );
  const passwordHash = rows[0]!.password_hash;
  await copyRows(
    client,
    'accounts.partners',
    ['id', 'name'],
    others.map((partner) => [partner.id, partner.name]),
  );
  await copyRows(
    client,
    'accounts.resellers',
    ['partner_id', 'id', 'name'],
    others.flatMap((partner) => partner.resellers.map((reseller) => [partner.id, reseller.id, reseller.name])),
  );
  await copyRows(
    client,
    'accounts.operators',
    ['partner_id', 'id', 'email', 'name', 'role', 'password_hash'],
    others.map((partner) => [
      partner.id,
      partner.owner.id,
      partner.owner.email,
      partner.owner.name,
      'OWNER',
      passwordHash,
    ]),
  );
}

/**
 * Seeds the million-customer dataset: the large partner through accounts' own provisioning (so its
 * owner signs in as the demo's does), then every other row with `COPY` straight into each
 * subgraph's tables, the projections of the customer that billing and messaging keep (and
 * accounts' search projection, when there is one) included, as if every event had been consumed;
 * then `VACUUM ANALYZE` and the marker. The three subgraphs' tables load in parallel, on a connection each.
 */
export async function seedCustomerList(
  databaseUrl: string,
  customers: number,
  log: (message: string) => void,
): Promise<SeedReport> {
  const layout = datasetLayout(customers);
  const steps: SeedStep[] = [];
  const started = performance.now();
  const rowCounts: Record<string, number> = {};
  const count = (table: string, rows: number) => {
    rowCounts[table] = (rowCounts[table] ?? 0) + rows;
    log(`  ${table}: ${rows.toLocaleString('en-GB')} rows`);
  };

  const [large, ...others] = layout.partners as [PartnerLayout, ...PartnerLayout[]];
  const accounts = createAccountsDataSource({ databaseUrl, databaseSchema: 'accounts', service: 'accounts' });
  await accounts.initialize();
  try {
    // The large partner through accounts' own provisioning; the others copy it, owner's password
    // hash included (the same password), since hashing is made slow on purpose.
    await timed(steps, 'accounts: the large partner with its owner', () =>
      new PartnerProvisioner(accounts).provision({
        id: large.id,
        name: large.name,
        resellers: large.resellers.map((reseller) => ({ ...reseller })),
        owner: { ...large.owner },
      }),
    );
  } finally {
    await accounts.destroy();
  }

  const clients = await Promise.all([connect(databaseUrl), connect(databaseUrl), connect(databaseUrl)]);
  const [accountsClient, billingClient, messagingClient] = clients;
  try {
    const { rows } = await accountsClient.query<{ standing: string | null }>(
      `SELECT to_regclass('${STANDING_TABLE}')::text AS standing`,
    );
    const hasStanding = Boolean(rows[0]?.standing);
    await timed(steps, `accounts: ${others.length} more partners with their owners`, () =>
      seedPartners(accountsClient, large, others),
    );
    if (!hasStanding) log(`  ${STANDING_TABLE} does not exist in this version: not seeded`);
    await Promise.all([
      timed(steps, 'accounts: COPY customers, numbers, keywords, tags, members', async () => {
        await seedAccounts(accountsClient, layout, count);
        if (hasStanding) await seedStanding(accountsClient, layout, count);
      }),
      timed(steps, 'billing: COPY accounts, ledger, invoices', () => seedBilling(billingClient, layout, count)),
      timed(steps, 'messaging: COPY directory, reminders, messages', () =>
        seedMessaging(messagingClient, layout, count),
      ),
    ]);
    const tables = [...SEEDED_TABLES, ...(hasStanding ? [STANDING_TABLE, STANDING_INVOICES_TABLE] : [])];
    // Fresh statistics and visibility maps, so the planner and index-only scans see the load now
    // rather than whenever autovacuum gets to it in the middle of a measurement.
    await timed(steps, 'vacuum analyze', () => accountsClient.query(`VACUUM (ANALYZE) ${tables.join(', ')}`));
    await accountsClient.query(`CREATE SCHEMA IF NOT EXISTS bench`);
    await accountsClient.query(
      `CREATE TABLE ${MARKER_TABLE} (customers integer NOT NULL, version integer NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`,
    );
    await accountsClient.query(`INSERT INTO ${MARKER_TABLE} (customers, version) VALUES ($1, $2)`, [
      customers,
      DATASET_VERSION,
    ]);
    return { customers, durationMs: performance.now() - started, steps, rowCounts };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/** The row counts of a kept dataset, for the report of a run that reused it. */
export async function keptDatasetReport(databaseUrl: string, customers: number): Promise<SeedReport> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'clientele-bench' });
  await client.connect();
  try {
    const { rows } = await client.query<{ standing: string | null }>(
      `SELECT to_regclass('${STANDING_TABLE}')::text AS standing`,
    );
    const rowCounts: Record<string, number> = {};
    for (const table of [...SEEDED_TABLES, ...(rows[0]?.standing ? [STANDING_TABLE, STANDING_INVOICES_TABLE] : [])]) {
      // The planner's estimate after ANALYZE: counting a million rows exactly costs seconds for nothing.
      const estimate = await client.query<{ rows: number }>(
        `SELECT reltuples::bigint::int AS rows FROM pg_class WHERE oid = $1::regclass`,
        [table],
      );
      rowCounts[table] = estimate.rows[0]?.rows ?? 0;
    }
    return { customers, durationMs: 0, steps: [{ name: 'kept from an earlier run', durationMs: 0 }], rowCounts };
  } finally {
    await client.end();
  }
}
