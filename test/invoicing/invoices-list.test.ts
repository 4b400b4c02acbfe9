import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import type { InvoiceFilterInput } from '../gql/graphql';
import { execute, query } from '../support/api';
import { type TenantSeed, seed } from '../support/seed';
import { dayFromToday, draftInvoice, issuedInvoice, line, paymentTerms } from './lifecycle-support';

const LIST = graphql(`
  query InvoicesListPage($filter: InvoiceFilterInput, $first: Int, $after: String, $last: Int, $before: String) {
    invoices(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes {
        id
        number
        status
        issueDate
        customer {
          id
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const CUSTOMER_INVOICES = graphql(`
  query InvoicesListOfCustomer($id: ID!, $status: [InvoiceStatus!]) {
    customer(id: $id) {
      invoices(status: $status) {
        totalCount
        nodes {
          id
        }
      }
    }
  }
`);

const ONE = graphql(`
  query InvoicesListOne($id: ID!) {
    invoice(id: $id) {
      id
      number
    }
  }
`);

const SETTINGS = graphql(`
  mutation InvoicesListSettings($input: InvoiceSettingsUpdateInput!) {
    invoiceSettingsUpdate(input: $input) {
      settings {
        prefix
        historyStart
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const PAY = graphql(`
  mutation InvoicesListPay($input: InvoicePaymentRecordInput!) {
    invoicePaymentRecord(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

async function ids(tenant: TenantSeed, filter: InvoiceFilterInput, token = tenant.owner.token): Promise<string[]> {
  const data = await query(token, LIST, { filter, first: 50 });
  expect(data.invoices.totalCount).toBe(data.invoices.nodes.length);
  return data.invoices.nodes.map((invoice) => invoice.id);
}

/** A customer whose invoices fall due a year after issue, so none falls overdue during the test. */
async function customer(tenant: TenantSeed, resellerId: string | null = null) {
  const created = await tenant.customer({ resellerId });
  await paymentTerms(tenant.owner.token, created.id, 365);
  return created;
}

describe('the invoice list', () => {
  it('should list across customers newest issue day first, narrowed by issue dates, status, customer and number', async () => {
    const tenant = await seed.partner();
    const a = await customer(tenant);
    const b = await customer(tenant);
    const oldest = await issuedInvoice(tenant.owner.token, a.id, [line(100)], dayFromToday(-50));
    const middle = await issuedInvoice(tenant.owner.token, a.id, [line(100)], dayFromToday(-20));
    const recent = await issuedInvoice(tenant.owner.token, a.id, [line(100)], dayFromToday(-5));
    const sameDay = await issuedInvoice(tenant.owner.token, b.id, [line(100)], dayFromToday(-20));
    const draft = await draftInvoice(tenant.owner.token, b.id, [line(100)]);
    await query(tenant.owner.token, PAY, {
      input: { invoiceId: oldest.id, amount: 100, method: 'CARD', idempotencyKey: randomUUID() },
    });
    const renamed = await query(tenant.owner.token, SETTINGS, { input: { prefix: 'AB-' } });
    const prefixed = await issuedInvoice(tenant.owner.token, b.id, [line(100)], dayFromToday(-1));

    expect([oldest, middle, recent, sameDay].map((invoice) => invoice.number)).toEqual([
      'INV-000001',
      'INV-000002',
      'INV-000003',
      'INV-000004',
    ]);
    expect(renamed.invoiceSettingsUpdate.settings).toEqual({ prefix: 'AB-', historyStart: null });
    expect(prefixed.number).toBe('AB-000005');
    // Ties on the day go by id, newest first; the draft is listed on the day it was written.
    expect(await ids(tenant, {})).toEqual([draft, prefixed.id, recent.id, sameDay.id, middle.id, oldest.id]);
    expect(await ids(tenant, { issuedFrom: dayFromToday(-20), issuedTo: dayFromToday(-5) })).toEqual([
      recent.id,
      sameDay.id,
      middle.id,
    ]);
    expect(await ids(tenant, { status: ['PAID'] })).toEqual([oldest.id]);
    expect(await ids(tenant, { status: ['DRAFT', 'PAID'] })).toEqual([draft, oldest.id]);
    expect(await ids(tenant, { customerId: b.id })).toEqual([draft, prefixed.id, sameDay.id]);
    expect(await ids(tenant, { customerId: b.id, status: ['OPEN'], issuedTo: dayFromToday(-2) })).toEqual([sameDay.id]);
    expect(await ids(tenant, { number: 'INV-000002' })).toEqual([middle.id]);
    expect(await ids(tenant, { number: 'INV-00000' })).toEqual([]);
    expect(await ids(tenant, { numberStartsWith: 'INV-00000' })).toEqual([recent.id, sameDay.id, middle.id, oldest.id]);
    expect(await ids(tenant, { numberStartsWith: 'AB-' })).toEqual([prefixed.id]);
    expect(await ids(tenant, { numberStartsWith: 'inv-' })).toEqual([]);
    expect(await ids(tenant, { numberStartsWith: '%' })).toEqual([]);
    expect(await ids(tenant, { customerId: 'not-an-id' })).toEqual([]);

    const ofA = await query(tenant.owner.token, CUSTOMER_INVOICES, { id: a.id, status: ['OPEN'] });
    expect(ofA.customer?.invoices?.nodes.map((invoice) => invoice.id)).toEqual([recent.id, middle.id]);
    expect(ofA.customer?.invoices?.totalCount).toBe(2);
  });

  it('should page with cursors both ways without skipping or repeating an invoice', async () => {
    const tenant = await seed.partner();
    const a = await customer(tenant);
    const created: string[] = [];
    for (const days of [-9, -8, -8, -8, -3, -2, -1]) {
      created.push((await issuedInvoice(tenant.owner.token, a.id, [line(100)], dayFromToday(days))).id);
    }
    const expected = [...created].reverse();

    const first = (await query(tenant.owner.token, LIST, { first: 3 })).invoices;
    const second = (await query(tenant.owner.token, LIST, { first: 3, after: first.pageInfo.endCursor })).invoices;
    const third = (await query(tenant.owner.token, LIST, { first: 3, after: second.pageInfo.endCursor })).invoices;
    const back = (await query(tenant.owner.token, LIST, { last: 3, before: second.pageInfo.startCursor })).invoices;
    const lastTwo = (await query(tenant.owner.token, LIST, { last: 2 })).invoices;
    const hostile = await execute(tenant.owner.token, LIST, {
      first: 3,
      after: Buffer.from(JSON.stringify(['not-a-day', randomUUID()])).toString('base64url'),
    });

    expect([...first.nodes, ...second.nodes, ...third.nodes].map((invoice) => invoice.id)).toEqual(expected);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(first.totalCount).toBe(7);
    expect(back.nodes.map((invoice) => invoice.id)).toEqual(expected.slice(0, 3));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(lastTwo.nodes.map((invoice) => invoice.id)).toEqual(expected.slice(5));
    expect(hostile.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should not list invoices issued before the partner’s history start, yet still find each by id', async () => {
    const tenant = await seed.partner();
    const a = await customer(tenant);
    const old = await issuedInvoice(tenant.owner.token, a.id, [line(100)], dayFromToday(-200));
    const kept = await issuedInvoice(tenant.owner.token, a.id, [line(100)], dayFromToday(-50));

    const set = await query(tenant.owner.token, SETTINGS, { input: { historyStart: dayFromToday(-100) } });
    const listed = await ids(tenant, {});
    const ofCustomer = await query(tenant.owner.token, CUSTOMER_INVOICES, { id: a.id });
    const byId = await query(tenant.owner.token, ONE, { id: old.id });
    const bad = await query(tenant.owner.token, SETTINGS, { input: { historyStart: '2026-02-30' } });
    await query(tenant.owner.token, SETTINGS, { input: { historyStart: null } });
    const again = await ids(tenant, {});

    expect(set.invoiceSettingsUpdate.settings).toEqual({ prefix: 'INV-', historyStart: dayFromToday(-100) });
    expect(listed).toEqual([kept.id]);
    expect(ofCustomer.customer?.invoices?.nodes.map((invoice) => invoice.id)).toEqual([kept.id]);
    expect(byId.invoice?.number).toBe(old.number);
    expect(bad.invoiceSettingsUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'historyStart'] }),
    ]);
    expect(again).toEqual([kept.id, old.id]);
  });

  it('should show an operator limited to a reseller only that reseller’s invoices, and another partner none', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const ours = await customer(tenant, tenant.resellers[0]!.id);
    const theirs = await customer(tenant, tenant.resellers[1]!.id);
    const mine = await issuedInvoice(tenant.owner.token, ours.id, [line(100)]);
    const notMine = await issuedInvoice(tenant.owner.token, theirs.id, [line(100)]);
    const limited = await tenant.operator('BILLING', tenant.resellers[0]!.id);
    const stranger = await seed.partner();

    expect(await ids(tenant, {}, limited.token)).toEqual([mine.id]);
    expect((await query(limited.token, ONE, { id: notMine.id })).invoice).toBeNull();
    expect(await ids(stranger, {})).toEqual([]);
    expect((await query(stranger.owner.token, ONE, { id: mine.id })).invoice).toBeNull();
  });
});
