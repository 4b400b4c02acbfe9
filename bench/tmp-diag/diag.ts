import { DEMO } from '@clientele/subgraph-kit';
import { Client } from 'pg';
import { startBenchStack } from '../src/stack';
import { seedDemo } from '../src/seed';
import { signIn } from '../src/gateway-client';

const Q = `query CustomerList($first: Int, $after: String, $sortKey: CustomerSortKey!, $reverse: Boolean!) {
  customers(first: $first, after: $after, sortKey: $sortKey, reverse: $reverse) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id accountNumber name status email createdAt balance { amount currency } } } }`;
const QNOCOUNT = Q.replace('totalCount ', '');
const QACC = `query CustomerList($first: Int, $after: String, $sortKey: CustomerSortKey!, $reverse: Boolean!) {
  customers(first: $first, after: $after, sortKey: $sortKey, reverse: $reverse) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id accountNumber name status email createdAt } } }`;
const QACCNOCOUNT = QACC.replace('totalCount ', '');

async function time(label: string, n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await fn(); samples.push(performance.now() - t); }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(60)} p50 ${samples[Math.floor(n / 2)]!.toFixed(2)} ms  mean ${(samples.reduce((a, b) => a + b, 0) / n).toFixed(2)} ms`);
}

async function main() {
  const stack = await startBenchStack({ dataDir: `/tmp/clientele-diag-${process.pid}`, onLine: () => undefined, log: console.error });
  try {
    await seedDemo(stack.databaseUrl, 100000);
    const token = await signIn(stack.gatewayUrl, DEMO.operator.email, DEMO.operator.password);
    const post = async (url: string, query: string, variables: object) => {
      const r = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const j = (await r.json()) as { errors?: unknown };
      if (j.errors) throw new Error(JSON.stringify(j.errors));
      return j;
    };
    const vars = { first: 50, sortKey: 'CREATED_AT', reverse: false };
    const page = (await post(`${stack.subgraphUrls.accounts}/graphql`, QACC, vars)) as { data: { customers: { nodes: { id: string }[] } } };
    const ids = page.data.customers.nodes.map((n) => n.id);
    const ENT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { balance { amount currency } } } }`;
    const reps = ids.map((id) => ({ __typename: 'Customer', id }));

    // Capture the SQL the subgraphs send, by sampling pg_stat_activity during load.
    const client = new Client({ connectionString: stack.databaseUrl });
    await client.connect();
    const seen = new Map<string, string>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await client.query<{ application_name: string; query: string }>(`SELECT application_name, query FROM pg_stat_activity WHERE application_name LIKE 'clientele-%' AND state = 'active'`);
        for (const r of rows) seen.set(r.query, r.application_name);
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    for (let i = 0; i < 60; i++) await post(`${stack.gatewayUrl}/graphql`, Q, vars);
    sampling = false; await sampler;
    for (const [q, app] of seen) console.log(`--- ${app}\n${q}\n`);

    await time('gateway full query', 100, () => post(`${stack.gatewayUrl}/graphql`, Q, vars));
    await time('gateway without totalCount', 100, () => post(`${stack.gatewayUrl}/graphql`, QNOCOUNT, vars));
    await time('accounts subgraph direct (with totalCount)', 100, () => post(`${stack.subgraphUrls.accounts}/graphql`, QACC, vars));
    await time('accounts subgraph direct (no totalCount)', 100, () => post(`${stack.subgraphUrls.accounts}/graphql`, QACCNOCOUNT, vars));
    await time('billing subgraph _entities x50 balance', 100, () => post(`${stack.subgraphUrls.billing}/graphql`, ENT, { r: reps }));

    const explain = async (label: string, sql: string, params: unknown[]) => {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(`=== ${label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
    };
    const st = ['ACTIVE', 'SUSPENDED', 'INACTIVE'];
    await explain('count(*) as in the SQL baseline', `SELECT count(*) FROM accounts.customers WHERE partner_id = $1 AND status = ANY($2::text[])`, [DEMO.partnerId, st]);
    await explain('TypeORM getCount (COUNT DISTINCT)', `SELECT COUNT(DISTINCT("c"."partner_id", "c"."id")) AS "cnt" FROM "accounts"."customers" "c" WHERE "c"."partner_id" = $1 AND "c"."status" IN ($2, $3, $4)`, [DEMO.partnerId, ...st]);
    await explain('page (keyset first page)', `SELECT * FROM accounts.customers c WHERE c.partner_id = $1 AND c.status IN ($2,$3,$4) ORDER BY c.created_at ASC, c.id ASC LIMIT 51`, [DEMO.partnerId, ...st]);
    await explain('balances 50 ids', `SELECT customer_id, currency, sum(amount_minor)::text FROM billing.ledger_entries WHERE partner_id = $1 AND customer_id = ANY($2::uuid[]) GROUP BY customer_id, currency`, [DEMO.partnerId, ids]);
    await client.end();
  } finally {
    await stack.stop();
  }
}
main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
