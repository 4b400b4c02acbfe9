import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PartnerProvisioner } from '@clientele/accounts';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type TenantSeed, seed } from '../support/seed';

const STACK_LOG = join(__dirname, '..', '.artifacts', 'stack.log');
const PAGE = 50;
const SMALL_PAGE = 2;

/** The SQL statements each service ran for one request, from the stack's logs (`LOG_SQL=true`). */
function statementsBy(requestId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of readFileSync(STACK_LOG, 'utf8').split('\n')) {
    if (!line.includes(requestId) || !line.includes('"sql.statement"')) continue;
    const { service } = JSON.parse(line.slice(line.indexOf(' ') + 1)) as { service: string };
    counts[service] = (counts[service] ?? 0) + 1;
  }
  return counts;
}

/** Posts a query with a request id of its own and answers the statements each subgraph ran for it. */
async function statementsFor(token: string, query: string, first: number): Promise<Record<string, number>> {
  const requestId = `statements-${randomUUID()}`;
  const response = await fetch(`${testStack().gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables: { first } }),
  });
  const body = (await response.json()) as { data?: Record<string, { nodes: unknown[] }>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(Object.values(body.data ?? {})[0]?.nodes).toHaveLength(first);
  // Log lines are written as they happen; a moment lets the last of them reach the file.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return statementsBy(requestId);
}

describe('SQL statements per page', () => {
  let tenant: TenantSeed;

  beforeAll(async () => {
    tenant = await seed.partner({ resellers: 2 });
    const provisioner = new PartnerProvisioner(await database('accounts'));
    await Promise.all(
      Array.from({ length: PAGE }, (_, i) =>
        provisioner.addOperator({
          partnerId: tenant.partnerId,
          email: `staff-${i}-${randomUUID().slice(0, 6)}@partner.test`,
          name: `Staff ${i}`,
          password: `pw-${randomUUID()}`,
          role: 'SUPPORT',
          resellerId: tenant.resellers[i % 2]!.id,
        }),
      ),
    );
    const customers = await Promise.all(Array.from({ length: PAGE }, () => tenant.customer()));
    await (
      await database('messaging')
    ).query(
      `INSERT INTO messaging.messages (partner_id, id, customer_id, channel, recipient, body, status)
       SELECT $1, gen_random_uuid(), customer_id, 'EMAIL', 'someone@customer.test', 'Your invoice is ready', 'SENT'
         FROM unnest($2::uuid[]) AS customer_id, generate_series(1, 3)`,
      [tenant.partnerId, customers.map((customer) => customer.id)],
    );
  }, 120_000);

  it('should run as many statements for 50 operators with partner and reseller as for 2', async () => {
    const query = `query OperatorsWithTheirReseller($first: Int!) {
      operators(first: $first) { nodes { id name partner { name } reseller { name } } }
    }`;

    const small = await statementsFor(tenant.owner.token, query, SMALL_PAGE);
    const full = await statementsFor(tenant.owner.token, query, PAGE);

    expect(small.accounts).toBeGreaterThan(0);
    expect(full).toEqual(small);
  });

  it('should run as many statements for 50 customers with their messages as for 2', async () => {
    const query = `query CustomersWithTheirMessages($first: Int!) {
      customers(first: $first) {
        nodes { id name members { id } messages(first: 2) { totalCount nodes { id subject } } }
      }
    }`;

    const small = await statementsFor(tenant.owner.token, query, SMALL_PAGE);
    const full = await statementsFor(tenant.owner.token, query, PAGE);

    expect(small.messaging).toBeGreaterThan(0);
    expect(full).toEqual(small);
  });
});
