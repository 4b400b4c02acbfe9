import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import type { InvoiceStatus } from '../gql/graphql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { operation } from '../support/gateway-api';
import { statementsBy } from '../support/statements';
import { type SeededCustomer, type TenantSeed, seed } from '../support/seed';
import { seedInvoice } from './support/invoices';

const PAGE = 50;
const SMALL_PAGE = 2;
/** The customers' billing accounts, their pages of invoices, their counts: one statement each for the whole page. */
const BILLING_STATEMENTS_AT_MOST = 3;

const CUSTOMERS_WITH_THEIR_INVOICES = graphql(`
  query CustomerInvoicesPage($first: Int!, $invoices: Int!, $after: String, $status: [InvoiceStatus!]) {
    customers(first: $first) {
      nodes {
        id
        invoices(first: $invoices, after: $after, status: $status) {
          totalCount
          nodes {
            id
            status
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
        }
      }
    }
  }
`);

const ONE_CUSTOMER_INVOICES = graphql(`
  query CustomerInvoicesOfOne($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    customer(id: $id) {
      invoices(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        nodes {
          id
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`);

const CUSTOMER_CREATE = graphql(`
  mutation CustomerInvoicesPageCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
        name
        accountNumber
        currency
      }
    }
  }
`);

const CUSTOMERS_OPEN_IN_BILLING = graphql(`
  query CustomerInvoicesPageOpen($first: Int!) {
    customers(first: $first) {
      nodes {
        invoices(first: 1) {
          totalCount
        }
      }
    }
  }
`);

type CustomerPage = Awaited<ReturnType<typeof pageOfCustomers>>['nodes'];

async function pageOfCustomers(
  token: string,
  variables: { first: number; invoices: number; after?: string | null; status?: InvoiceStatus[] | null },
  requestId = `customer-invoices-${randomUUID()}`,
) {
  const response = await operation(token, CUSTOMERS_WITH_THEIR_INVOICES, {
    variables,
    headers: { 'x-request-id': requestId },
  });
  expect(response.errors).toBeUndefined();
  return { nodes: response.data!.customers.nodes, requestId };
}

/** Runs one page of customers with their invoices under a request id of its own; answers its statements and data. */
async function statementsFor(
  token: string,
  first: number,
): Promise<{ counts: Record<string, number>; page: CustomerPage }> {
  const { nodes, requestId } = await pageOfCustomers(token, { first, invoices: 5 });
  expect(nodes).toHaveLength(first);
  // Each service logs as it goes; wait until the counts stop moving.
  let previous = '';
  const counts = await eventually(async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const counted = statementsBy(requestId);
    const now = JSON.stringify(counted);
    const settled = now === previous;
    previous = now;
    return settled ? counted : null;
  }, `the statements of request ${requestId}`);
  return { counts, page: nodes };
}

interface Seeded {
  customer: SeededCustomer;
  resellerId: string;
  /** Newest first, as every list orders them: all are listed on the same day, so by id, descending. */
  invoices: { id: string; status: 'OPEN' | 'PAID' }[];
}

/** What a customer's connection must answer for `first`, after a cursor's id, narrowed by statuses. */
function expectedPage(
  seeded: Seeded,
  first: number,
  options: { afterId?: string; statuses?: ('OPEN' | 'PAID')[] } = {},
) {
  const matching = seeded.invoices.filter((invoice) => !options.statuses || options.statuses.includes(invoice.status));
  const after = options.afterId ? matching.filter((invoice) => invoice.id < options.afterId!) : matching;
  return {
    totalCount: matching.length,
    nodes: after.slice(0, first).map(({ id, status }) => ({ id, status })),
    hasNextPage: after.length > first,
  };
}

function actualPage(node: CustomerPage[number]) {
  return {
    totalCount: node.invoices!.totalCount,
    nodes: node.invoices!.nodes,
    hasNextPage: node.invoices!.pageInfo.hasNextPage,
  };
}

describe('the invoices of each customer on a page of customers', () => {
  let tenant: TenantSeed;
  const seeded = new Map<string, Seeded>();

  beforeAll(async () => {
    tenant = await seed.partner({ resellers: 2 });
    const customers: Seeded[] = [];
    for (let i = 0; i < PAGE; i++) {
      const resellerId = tenant.resellers[i % 2]!.id;
      const created = await query(tenant.owner.token, CUSTOMER_CREATE, {
        input: { name: `Invoiced ${i}`, country: 'GB', currency: 'GBP', resellerId },
      });
      customers.push({ customer: created.customerCreate.customer!, resellerId, invoices: [] });
    }
    // Billing opens each customer's account from its event, one event per queue poll: 50 take about 25 s.
    await eventually(
      async () => {
        const page = await query(tenant.owner.token, CUSTOMERS_OPEN_IN_BILLING, { first: PAGE });
        return page.customers.nodes.length === PAGE && page.customers.nodes.every((node) => node.invoices)
          ? true
          : null;
      },
      'billing to open every customer',
      60_000,
    );
    // From 1 to 8 invoices each, every third one paid.
    const paid: string[] = [];
    for (const [i, entry] of customers.entries()) {
      for (let k = 0; k < 1 + (i % 8); k++) {
        const invoice = await seedInvoice(tenant, entry.customer, {
          lines: [{ description: `Plan ${i}.${k}`, quantity: '1', unitAmountMinor: 1_000 + k, taxRatePpm: 0 }],
        });
        const status = k % 3 === 1 ? 'PAID' : 'OPEN';
        if (status === 'PAID') paid.push(invoice.id);
        entry.invoices.push({ id: invoice.id, status });
      }
      entry.invoices.sort((a, b) => (a.id < b.id ? 1 : -1));
      seeded.set(entry.customer.id, entry);
    }
    await (
      await database('billing')
    ).query(
      `UPDATE billing.invoices SET status = 'PAID', paid_minor = total_minor WHERE partner_id = $1 AND id = ANY($2::uuid[])`,
      [tenant.partnerId, paid],
    );
  }, 180_000);

  it('should answer 50 customers’ first five invoices each with as many billing statements as 2 customers’', async () => {
    const small = await statementsFor(tenant.owner.token, SMALL_PAGE);
    const full = await statementsFor(tenant.owner.token, PAGE);

    expect(small.counts.billing).toBeGreaterThan(0);
    expect(full.counts.billing).toBe(small.counts.billing);
    expect(full.counts.billing).toBeLessThanOrEqual(BILLING_STATEMENTS_AT_MOST);
    for (const node of full.page) {
      expect([node.id, actualPage(node)]).toEqual([node.id, expectedPage(seeded.get(node.id)!, 5)]);
    }
    expect(full.page.filter((node) => node.invoices!.pageInfo.hasNextPage)).toHaveLength(
      [...seeded.values()].filter((entry) => entry.invoices.length > 5).length,
    );
  });

  it('should narrow each customer’s page by status and seek each past the same cursor', async () => {
    const paidOnly = await pageOfCustomers(tenant.owner.token, { first: PAGE, invoices: 5, status: ['PAID'] });
    // The cursor of the fourth invoice of a customer with eight: every customer's page starts after it.
    const eight = [...seeded.values()].find((entry) => entry.invoices.length === 8)!;
    const ofEight = await query(tenant.owner.token, ONE_CUSTOMER_INVOICES, { id: eight.customer.id, first: 4 });
    const cursor = ofEight.customer!.invoices!.pageInfo.endCursor!;
    const afterCursor = await pageOfCustomers(tenant.owner.token, { first: PAGE, invoices: 3, after: cursor });

    expect(paidOnly.nodes).toHaveLength(PAGE);
    for (const node of paidOnly.nodes) {
      expect([node.id, actualPage(node)]).toEqual([
        node.id,
        expectedPage(seeded.get(node.id)!, 5, { statuses: ['PAID'] }),
      ]);
    }
    expect(paidOnly.nodes.some((node) => node.invoices!.totalCount === 3)).toBe(true);
    for (const node of afterCursor.nodes) {
      expect([node.id, actualPage(node)]).toEqual([
        node.id,
        expectedPage(seeded.get(node.id)!, 3, { afterId: eight.invoices[3]!.id }),
      ]);
      expect(node.invoices!.pageInfo.hasPreviousPage).toBe(true);
    }
    expect(afterCursor.nodes.find((node) => node.id === eight.customer.id)!.invoices!.nodes).toEqual(
      eight.invoices.slice(4, 7).map(({ id, status }) => ({ id, status })),
    );
  });

  it('should page one customer’s invoices forwards and backwards without skipping or repeating one', async () => {
    const eight = [...seeded.values()].find((entry) => entry.invoices.length === 8)!;
    const expected = eight.invoices.map((invoice) => invoice.id);
    const page = (variables: { first?: number; after?: string | null; last?: number; before?: string | null }) =>
      query(tenant.owner.token, ONE_CUSTOMER_INVOICES, { id: eight.customer.id, ...variables }).then(
        (data) => data.customer!.invoices!,
      );

    const first = await page({ first: 3 });
    const second = await page({ first: 3, after: first.pageInfo.endCursor });
    const third = await page({ first: 3, after: second.pageInfo.endCursor });
    const back = await page({ last: 3, before: second.pageInfo.startCursor });
    const lastTwo = await page({ last: 2 });
    const hostile = await execute(tenant.owner.token, ONE_CUSTOMER_INVOICES, {
      id: eight.customer.id,
      first: 3,
      after: Buffer.from(JSON.stringify(['not-a-day', randomUUID()])).toString('base64url'),
    });

    expect([...first.nodes, ...second.nodes, ...third.nodes].map((invoice) => invoice.id)).toEqual(expected);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([first.totalCount, second.totalCount, third.totalCount]).toEqual([8, 8, 8]);
    expect(back.nodes.map((invoice) => invoice.id)).toEqual(expected.slice(0, 3));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(lastTwo.nodes.map((invoice) => invoice.id)).toEqual(expected.slice(6));
    expect(hostile.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(hostile.data?.customer?.invoices ?? null).toBeNull();
  });

  it('should show an operator limited to a reseller that reseller’s customers’ invoices, and another partner only its own', async () => {
    const limited = await tenant.operator('BILLING', tenant.resellers[0]!.id);
    const stranger = await seed.partner();
    const strangers = await stranger.customer();
    const theirs = await seedInvoice(stranger, strangers);

    const ofReseller = await pageOfCustomers(limited.token, { first: PAGE, invoices: 5 });
    const ofStranger = await pageOfCustomers(stranger.owner.token, { first: PAGE, invoices: 5 });

    expect(ofReseller.nodes).toHaveLength(PAGE / 2);
    for (const node of ofReseller.nodes) {
      expect(seeded.get(node.id)!.resellerId).toBe(tenant.resellers[0]!.id);
      expect([node.id, actualPage(node)]).toEqual([node.id, expectedPage(seeded.get(node.id)!, 5)]);
    }
    expect(ofStranger.nodes.map((node) => [node.id, node.invoices!.totalCount, node.invoices!.nodes])).toEqual([
      [strangers.id, 1, [{ id: theirs.id, status: 'OPEN' }]],
    ]);
  });
});
