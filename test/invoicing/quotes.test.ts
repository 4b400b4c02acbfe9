import { EXPIRE_QUOTES_QUEUE } from '@clientele/billing';
import { EventBus, createLogger } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { seed } from '../support/seed';

// Spread by name into the documents below; the generated documents carry its definition.
export const QUOTE_FIELDS = graphql(`
  fragment QuoteFields on Quote {
    id
    status
    currency
    validUntil
    invoiceId
    declineReason
    customerId
    lines {
      position
      description
      quantity
      unitAmountMinor
      amountMinor
      taxRatePpm
      taxMinor
    }
    subtotal {
      minorUnits
      currency
    }
    tax {
      minorUnits
    }
    total {
      minorUnits
      amount
    }
  }
`);

const CREATE = graphql(`
  mutation QuotesCreate($input: QuoteCreateInput!) {
    quoteCreate(input: $input) {
      quote {
        ...QuoteFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SEND = graphql(`
  mutation QuotesSend($input: QuoteSendInput!) {
    quoteSend(input: $input) {
      quote {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);

const ACCEPT = graphql(`
  mutation QuotesAccept($input: QuoteAcceptInput!) {
    quoteAccept(input: $input) {
      quote {
        ...QuoteFields
      }
      invoiceId
      userErrors {
        code
        message
      }
    }
  }
`);

const DECLINE = graphql(`
  mutation QuotesDecline($input: QuoteDeclineInput!) {
    quoteDecline(input: $input) {
      quote {
        id
        status
        declineReason
      }
      userErrors {
        code
      }
    }
  }
`);

const LIST = graphql(`
  query QuotesList($filter: QuoteFilterInput, $first: Int, $after: String) {
    quotes(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        status
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CUSTOMER_QUOTES = graphql(`
  query QuotesOfCustomer($id: ID!, $statuses: [QuoteStatus!]) {
    customer(id: $id) {
      id
      quotes(first: 10, statuses: $statuses) {
        totalCount
        nodes {
          id
          status
          total {
            minorUnits
          }
        }
      }
    }
  }
`);

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const LINES = [
  { description: 'Set-up and migration', quantity: '1', unitAmount: 50000, taxRatePpm: 210000 },
  { description: 'Seats, first year', quantity: '12.5', unitAmount: 999, taxRatePpm: 90000 },
];

async function sentQuote(token: string, customerId: string, validUntil = day(14)): Promise<string> {
  const created = await query(token, CREATE, { input: { customerId, validUntil, lines: LINES } });
  const id = created.quoteCreate.quote!.id;
  const sent = await query(token, SEND, { input: { quoteId: id } });
  expect(sent.quoteSend.userErrors).toEqual([]);
  return id;
}

interface InvoiceRow {
  status: string;
  source: string;
  number: string | null;
  customerId: string;
  totalMinor: string;
  lines: { description: string; quantity: string; amountMinor: string; taxMinor: string }[];
}

async function invoicesFromQuotes(partnerId: string): Promise<(InvoiceRow & { id: string })[]> {
  const billing = await database('billing');
  return billing.query(
    `SELECT i.id, i.status, i.source, i.number, i.customer_id AS "customerId", i.total_minor::text AS "totalMinor",
            (SELECT json_agg(json_build_object('description', l.description, 'quantity', l.quantity::text,
                    'amountMinor', l.amount_minor::text, 'taxMinor', l.tax_minor::text) ORDER BY l.position)
               FROM billing.invoice_lines l WHERE l.invoice_id = i.id) AS lines
       FROM billing.invoices i WHERE i.partner_id = $1 AND i.source = 'QUOTE'`,
    [partnerId],
  );
}

describe('quotes', () => {
  it('should price a quote, send it, and on acceptance turn it into a DRAFT invoice with the same lines', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ currency: 'EUR' });

    const created = await query(tenant.owner.token, CREATE, {
      input: { customerId: customer.id, validUntil: day(30), lines: LINES },
    });
    const quote = created.quoteCreate.quote!;
    // 500.00 at 21% = 105.00 tax; 12.5 × 9.99 = 124.875 → 124.88 at 9% = 11.2392 → 11.24.
    expect(created.quoteCreate.userErrors).toEqual([]);
    expect(quote).toMatchObject({
      status: 'DRAFT',
      currency: 'EUR',
      validUntil: day(30),
      invoiceId: null,
      customerId: customer.id,
      subtotal: { minorUnits: 62488, currency: 'EUR' },
      tax: { minorUnits: 11624 },
      total: { minorUnits: 74112, amount: '741.12' },
    });
    expect(quote.lines.map((line) => [line.description, line.quantity, line.amountMinor, line.taxMinor])).toEqual([
      ['Set-up and migration', '1', 50000, 10500],
      ['Seats, first year', '12.5', 12488, 1124],
    ]);

    const sent = await query(tenant.owner.token, SEND, { input: { quoteId: quote.id } });
    expect(sent.quoteSend).toEqual({ quote: { id: quote.id, status: 'SENT' }, userErrors: [] });
    const sentAgain = await query(tenant.owner.token, SEND, { input: { quoteId: quote.id } });
    expect(sentAgain.quoteSend.userErrors.map((error) => error.code)).toEqual(['QUOTE_NOT_DRAFT']);

    const accepted = await query(tenant.owner.token, ACCEPT, { input: { quoteId: quote.id } });

    expect(accepted.quoteAccept.userErrors).toEqual([]);
    expect(accepted.quoteAccept.quote).toMatchObject({ status: 'ACCEPTED', invoiceId: accepted.quoteAccept.invoiceId });
    const invoices = await invoicesFromQuotes(tenant.partnerId);
    expect(invoices).toEqual([
      {
        id: accepted.quoteAccept.invoiceId,
        status: 'DRAFT',
        source: 'QUOTE',
        number: null,
        customerId: customer.id,
        totalMinor: '74112',
        lines: [
          { description: 'Set-up and migration', quantity: '1.000000', amountMinor: '50000', taxMinor: '10500' },
          { description: 'Seats, first year', quantity: '12.500000', amountMinor: '12488', taxMinor: '1124' },
        ],
      },
    ]);
    const list = await query(tenant.owner.token, LIST, { filter: { statuses: ['ACCEPTED'] } });
    expect(list.quotes).toMatchObject({ totalCount: 1, nodes: [{ id: quote.id, status: 'ACCEPTED' }] });
    const ofCustomer = await query(tenant.owner.token, CUSTOMER_QUOTES, { id: customer.id });
    expect(ofCustomer.customer?.quotes).toEqual({
      totalCount: 1,
      nodes: [{ id: quote.id, status: 'ACCEPTED', total: { minorUnits: 74112 } }],
    });
  });

  it('should accept a quote once when many accept it at the same moment', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const quoteId = await sentQuote(tenant.owner.token, customer.id);

    const attempts = await Promise.all(
      Array.from({ length: 6 }, () => query(tenant.owner.token, ACCEPT, { input: { quoteId } })),
    );

    const won = attempts.filter((attempt) => attempt.quoteAccept.userErrors.length === 0);
    const refused = attempts.filter((attempt) => attempt.quoteAccept.userErrors.length > 0);
    expect(won).toHaveLength(1);
    expect(refused.map((attempt) => attempt.quoteAccept.userErrors.map((error) => error.code))).toEqual(
      Array.from({ length: 5 }, () => ['QUOTE_ALREADY_ACCEPTED']),
    );
    expect(refused.every((attempt) => attempt.quoteAccept.invoiceId === null)).toBe(true);
    const invoices = await invoicesFromQuotes(tenant.partnerId);
    expect(invoices.map((invoice) => invoice.id)).toEqual([won[0]!.quoteAccept.invoiceId]);
  });

  it('should record a decline with its reason and then refuse to accept or decline it again', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const quoteId = await sentQuote(tenant.owner.token, customer.id);

    const declined = await query(tenant.owner.token, DECLINE, {
      input: { quoteId, reason: 'Went with another offer' },
    });
    const acceptAfter = await query(tenant.owner.token, ACCEPT, { input: { quoteId } });
    const declineAgain = await query(tenant.owner.token, DECLINE, { input: { quoteId } });

    expect(declined.quoteDecline).toEqual({
      quote: { id: quoteId, status: 'DECLINED', declineReason: 'Went with another offer' },
      userErrors: [],
    });
    expect(acceptAfter.quoteAccept.userErrors.map((error) => error.code)).toEqual(['QUOTE_NOT_SENT']);
    expect(declineAgain.quoteDecline.userErrors.map((error) => error.code)).toEqual(['QUOTE_NOT_SENT']);
    expect(await invoicesFromQuotes(tenant.partnerId)).toEqual([]);
  });

  it('should refuse a draft quote’s acceptance and a last valid day in the past', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const draft = await query(tenant.owner.token, CREATE, {
      input: { customerId: customer.id, validUntil: day(3), lines: LINES },
    });

    const acceptDraft = await query(tenant.owner.token, ACCEPT, { input: { quoteId: draft.quoteCreate.quote!.id } });
    const past = await query(tenant.owner.token, CREATE, {
      input: { customerId: customer.id, validUntil: day(-1), lines: LINES },
    });
    const noLines = await query(tenant.owner.token, CREATE, {
      input: { customerId: customer.id, validUntil: day(3), lines: [] },
    });
    const badQuantity = await query(tenant.owner.token, CREATE, {
      input: { customerId: customer.id, validUntil: day(3), lines: [{ ...LINES[0]!, quantity: '0' }] },
    });

    expect(acceptDraft.quoteAccept.userErrors.map((error) => error.code)).toEqual(['QUOTE_NOT_SENT']);
    expect(past.quoteCreate.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'validUntil'] }]);
    expect(noLines.quoteCreate.userErrors).toMatchObject([{ field: ['input', 'lines'] }]);
    expect(badQuantity.quoteCreate.userErrors).toMatchObject([{ field: ['input', 'lines', '0', 'quantity'] }]);
  });

  it('should expire SENT quotes past their last valid day on the scheduled sweep, and refuse accepting them', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const stale = await sentQuote(tenant.owner.token, customer.id, day(0));
    const fresh = await sentQuote(tenant.owner.token, customer.id, day(0));
    const lateAccept = await sentQuote(tenant.owner.token, customer.id, day(0));
    const billing = await database('billing');
    // The customer let them run out yesterday.
    await billing.query(`UPDATE billing.quotes SET valid_until = $2::date WHERE id = ANY($1::uuid[])`, [
      [stale, lateAccept],
      day(-1),
    ]);

    const accepted = await query(tenant.owner.token, ACCEPT, { input: { quoteId: lateAccept } });
    expect(accepted.quoteAccept.userErrors.map((error) => error.code)).toEqual(['QUOTE_EXPIRED']);

    const schedules = await billing.query<{ cron: string; timezone: string }[]>(
      `SELECT cron, timezone FROM queue.schedule WHERE name = $1`,
      [EXPIRE_QUOTES_QUEUE],
    );
    expect(schedules).toEqual([{ cron: '7 * * * *', timezone: 'UTC' }]);
    // What pg-boss sends when the schedule is due: the running billing subgraph works it.
    const bus = await EventBus.start({
      connectionString: testStack().databaseUrl,
      schema: 'queue',
      logger: createLogger('expire-quotes-test', 'silent'),
    });
    try {
      await bus.enqueue(billing.manager, EXPIRE_QUOTES_QUEUE, {});
    } finally {
      await bus.stop();
    }
    const statuses = async () => {
      const list = await query(tenant.owner.token, LIST, { filter: { customerId: customer.id } });
      return new Map(list.quotes.nodes.map((node) => [node.id, node.status]));
    };
    await eventually(
      async () => ((await statuses()).get(stale) === 'EXPIRED' ? true : null),
      'the stale quote expired',
    );

    expect(Object.fromEntries(await statuses())).toEqual({
      [stale]: 'EXPIRED',
      [fresh]: 'SENT',
      [lateAccept]: 'EXPIRED',
    });
  });

  it('should page the partner’s quotes newest first and keep other partners’ quotes out of reach', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await query(tenant.owner.token, CREATE, {
        input: { customerId: customer.id, validUntil: day(5), lines: LINES },
      });
      ids.push(created.quoteCreate.quote!.id);
    }
    const other = await seed.partner();

    const first = await query(tenant.owner.token, LIST, { first: 2 });
    const second = await query(tenant.owner.token, LIST, { first: 2, after: first.quotes.pageInfo.endCursor });
    const asOther = await query(other.owner.token, LIST, { filter: { customerId: customer.id } });
    const sendAsOther = await query(other.owner.token, SEND, { input: { quoteId: ids[0]! } });
    const acceptAsOther = await execute(other.owner.token, ACCEPT, { input: { quoteId: ids[0]! } });

    expect(first.quotes.totalCount).toBe(3);
    expect([...first.quotes.nodes, ...second.quotes.nodes].map((node) => node.id)).toEqual([...ids].reverse());
    expect(second.quotes.pageInfo.hasNextPage).toBe(false);
    expect(asOther.quotes).toMatchObject({ totalCount: 0, nodes: [] });
    expect(sendAsOther.quoteSend.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect(acceptAsOther.data?.quoteAccept.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });
});
