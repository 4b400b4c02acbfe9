import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';
import {
  BILLING_ACCOUNT_UPDATE,
  BILLING_RUN_START,
  FX_RATE_SET,
  RECIPIENT_PRICE_SET,
  TAX_RATE_SET,
  USAGE_RECORD,
  createService,
  invoicesOf,
  runBilling,
} from './catalog-support';

// The test's own arithmetic, written apart from billing's: exact integers, halves rounded up.
const halfUp = (numerator: bigint, denominator: bigint): number =>
  Number((2n * numerator + denominator) / (2n * denominator));
const tax21 = (amount: number): number => halfUp(BigInt(amount) * 21n, 100n);

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const CUSTOMER_SERVICES = graphql(`
  query BillingRunCustomerServices($id: ID!) {
    customer(id: $id) {
      services {
        id
      }
    }
  }
`);

describe('the billing run', () => {
  it('should refuse an empty or unknown customer id as not found, and start nothing', async () => {
    const tenant = await seed.partner();
    for (const customerId of ['', randomUUID()]) {
      const started = await query(tenant.owner.token, BILLING_RUN_START, { input: { customerId } });
      expect(started.billingRunStart).toEqual({
        billingRun: null,
        userErrors: [{ code: 'NOT_FOUND', message: 'That customer was not found.' }],
      });
    }
    const billing = await database('billing');
    const runs = await billing.query<unknown[]>('SELECT 1 FROM billing.billing_runs WHERE partner_id = $1', [
      tenant.partnerId,
    ]);
    expect(runs).toHaveLength(0);
  });

  it('should bill a month of services, part periods, recipients and usage with two tax rates and exchange rates to the cent', async () => {
    const tenant = await seed.partner();
    const token = tenant.owner.token;
    for (const input of [
      { country: 'NL', rate: '21' },
      { country: 'DE', rate: '19', reverseCharge: true },
    ]) {
      expect((await query(token, TAX_RATE_SET, { input })).taxRateSet.userErrors).toEqual([]);
    }
    expect(
      (await query(token, RECIPIENT_PRICE_SET, { input: { amount: '3.10', currency: 'EUR' } })).recipientPriceSet
        .userErrors,
    ).toEqual([]);
    expect(
      (await query(token, FX_RATE_SET, { input: { baseCurrency: 'USD', quoteCurrency: 'EUR', rate: '0.92' } }))
        .fxRateSet.userErrors,
    ).toEqual([]);

    const dutch = await tenant.customer({ country: 'NL', currency: 'EUR' });
    const german = await tenant.customer({ country: 'DE', currency: 'EUR' });
    const ownRate = await tenant.customer({ country: 'NL', currency: 'EUR' });
    const idle = await tenant.customer({ country: 'NL', currency: 'EUR' });
    const later = await tenant.customer({ country: 'NL', currency: 'EUR' });

    const terms = await query(token, BILLING_ACCOUNT_UPDATE, {
      input: { customerId: dutch.id, pricingModel: 'POSTPAID', creditLimit: 100_000, paymentTermsDays: 14 },
    });
    expect(terms.billingAccountUpdate.userErrors).toEqual([]);
    await createService(token, {
      customerId: dutch.id,
      description: 'Plan',
      unitPrice: '10.00',
      period: 'MONTHLY',
      startDate: '2026-09-01',
    });
    await createService(token, {
      customerId: dutch.id,
      description: 'Old add-on',
      unitPrice: '5.00',
      period: 'MONTHLY',
      startDate: '2026-09-01',
      endDate: '2026-10-11',
    });
    await createService(token, {
      customerId: dutch.id,
      description: 'Seats',
      unitPrice: '19.99',
      currency: 'USD',
      quantity: '3',
      period: 'MONTHLY',
      startDate: '2026-10-15',
    });
    const usageKey = randomUUID();
    const usage = await query(token, USAGE_RECORD, {
      input: {
        customerId: dutch.id,
        description: 'SMS',
        quantity: '120',
        unitPrice: '0.05',
        idempotencyKey: usageKey,
        occurredAt: '2026-10-10T12:00:00.000Z',
      },
    });
    expect(usage.usageRecord.usageRecord).toMatchObject({ status: 'UNINVOICED', amount: { minorUnits: 600 } });
    // A member PAID since 11 October: accounts' event can only say "since now", so the stretch is written as billing keeps it.
    await (
      await database('billing')
    ).query(
      `INSERT INTO billing.recipient_charges (partner_id, customer_id, member_id, paid_from) VALUES ($1, $2, $3, '2026-10-11')`,
      [tenant.partnerId, dutch.id, randomUUID()],
    );

    await createService(token, {
      customerId: german.id,
      description: 'Plan',
      unitPrice: '50.00',
      period: 'MONTHLY',
      startDate: '2026-01-01',
    });

    expect(
      (
        await query(token, FX_RATE_SET, {
          input: { baseCurrency: 'USD', quoteCurrency: 'EUR', rate: '0.9', customerId: ownRate.id },
        })
      ).fxRateSet.userErrors,
    ).toEqual([]);
    await createService(token, {
      customerId: ownRate.id,
      description: 'Seats',
      unitPrice: '19.99',
      currency: 'USD',
      quantity: '3',
      period: 'MONTHLY',
      startDate: '2026-10-15',
    });
    await createService(token, {
      customerId: later.id,
      description: 'Plan',
      unitPrice: '10.00',
      period: 'MONTHLY',
      startDate: '2026-11-05',
    });
    expect((await query(token, CUSTOMER_SERVICES, { id: idle.id })).customer?.services).toEqual([]);

    const run = await runBilling(token, { periodStart: '2026-10-01' });
    expect(run).toMatchObject({ total: 3, processed: 3, invoicesCreated: 3, alreadyInvoiced: 0, skipped: 0 });

    const invoices = await invoicesOf(tenant.partnerId);
    expect(invoices.map((invoice) => invoice.sequence)).toEqual([1, 2, 3]);
    const byCustomer = new Map(invoices.map((invoice) => [invoice.customerId, invoice]));
    expect(byCustomer.has(idle.id)).toBe(false);
    expect(byCustomer.has(later.id)).toBe(false);

    // Dutch: a whole month, 10 of 31 days, 17 of 31 days of 3 seats at 19.99 USD × 0.92, a recipient for 21 days, usage.
    const dutchLines = [
      1000,
      halfUp(500n * 10n, 31n),
      halfUp(1999n * 3n * 17n * 92n, 31n * 100n),
      halfUp(310n * 21n, 31n),
      600,
    ];
    const dutchInvoice = byCustomer.get(dutch.id)!;
    expect(dutchInvoice.lines.map((line) => line.amountMinor).sort((a, b) => a - b)).toEqual(
      [...dutchLines].sort((a, b) => a - b),
    );
    const dutchSubtotal = dutchLines.reduce((sum, amount) => sum + amount, 0);
    const dutchTax = dutchLines.reduce((sum, amount) => sum + tax21(amount), 0);
    expect(dutchInvoice).toMatchObject({
      currency: 'EUR',
      subtotalMinor: dutchSubtotal,
      taxMinor: dutchTax,
      totalMinor: dutchSubtotal + dutchTax,
      reverseCharge: false,
      fxRate: '0.92',
      fxSource: 'PARTNER',
    });
    expect(dutchInvoice.dueDate).toBe(addDays(dutchInvoice.issueDate, 14));
    expect(dutchInvoice.lines.every((line) => line.taxRatePpm === 210_000)).toBe(true);

    // German: reverse charge, no tax.
    expect(byCustomer.get(german.id)).toMatchObject({
      subtotalMinor: 5000,
      taxMinor: 0,
      totalMinor: 5000,
      reverseCharge: true,
      fxRate: null,
    });

    // The customer's own rate wins over the partner's.
    const ownSeats = halfUp(1999n * 3n * 17n * 9n, 31n * 10n);
    expect(byCustomer.get(ownRate.id)).toMatchObject({
      subtotalMinor: ownSeats,
      taxMinor: tax21(ownSeats),
      totalMinor: ownSeats + tax21(ownSeats),
      fxRate: '0.9',
      fxSource: 'CUSTOMER',
    });

    // The usage is marked invoiced: the same key answers the record as it is now.
    const replay = await query(token, USAGE_RECORD, {
      input: {
        customerId: dutch.id,
        description: 'SMS',
        quantity: '120',
        unitPrice: '0.05',
        idempotencyKey: usageKey,
        occurredAt: '2026-10-10T12:00:00.000Z',
      },
    });
    expect(replay.usageRecord).toMatchObject({ replayed: true, usageRecord: { status: 'INVOICED' } });

    // Run again for the same month: nothing new.
    const again = await runBilling(token, { periodStart: '2026-10-01' });
    expect(again).toMatchObject({ invoicesCreated: 0, alreadyInvoiced: 3 });
    expect((await invoicesOf(tenant.partnerId)).map((invoice) => invoice.sequence)).toEqual([1, 2, 3]);
  });

  it('should number invoices without gaps when two runs go at once and a third repeats one', async () => {
    const tenant = await seed.partner();
    const token = tenant.owner.token;
    const customers = [];
    for (let i = 0; i < 12; i++) {
      const customer = await tenant.customer({ country: 'GB', currency: 'GBP' });
      await createService(token, {
        customerId: customer.id,
        description: `Plan ${i}`,
        unitPrice: `${i + 1}.00`,
        period: 'MONTHLY',
        startDate: '2026-09-01',
      });
      customers.push(customer);
    }

    const runs = await Promise.all([
      runBilling(token, { periodStart: '2026-09-01' }),
      runBilling(token, { periodStart: '2026-10-01' }),
      runBilling(token, { periodStart: '2026-10-01' }),
    ]);

    expect(runs.reduce((sum, run) => sum + run.invoicesCreated, 0)).toBe(24);
    const invoices = await invoicesOf(tenant.partnerId);
    expect(invoices.map((invoice) => invoice.sequence)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(new Set(invoices.map((invoice) => invoice.number)).size).toBe(24);
    for (const customer of customers) {
      expect(invoices.filter((invoice) => invoice.customerId === customer.id)).toHaveLength(2);
    }
  });

  it('should not be told whom to bill another partner’s customer by accounts, and bill only its own', async () => {
    const victim = await seed.partner();
    const victimCustomer = await victim.customer({ country: 'NL', currency: 'EUR' });
    const tenant = await seed.partner();
    const own = await tenant.customer({ country: 'NL', currency: 'EUR' });
    await createService(tenant.owner.token, {
      customerId: own.id,
      description: 'Plan',
      unitPrice: '10',
      period: 'MONTHLY',
      startDate: '2026-09-01',
    });
    // A forged row: billing believes the victim's customer is this partner's, with a service. Only
    // accounts' billing-profiles route, asked as billing for this partner, stands between it and an invoice.
    const db = await database('billing');
    await db.query(
      `INSERT INTO billing.billing_accounts (partner_id, customer_id, currency, pricing_model) VALUES ($1, $2, 'EUR', 'POSTPAID')`,
      [tenant.partnerId, victimCustomer.id],
    );
    await db.query(
      `INSERT INTO billing.services (partner_id, id, customer_id, description, unit_price_minor, currency, quantity, period, start_date)
       VALUES ($1, $2, $3, 'Forged', 1000, 'EUR', 1, 'MONTHLY', '2026-09-01')`,
      [tenant.partnerId, randomUUID(), victimCustomer.id],
    );

    const run = await runBilling(tenant.owner.token, { periodStart: '2026-10-01' });

    expect(run).toMatchObject({ total: 2, invoicesCreated: 1, skipped: 1 });
    expect(run.skips).toEqual([
      { customerId: victimCustomer.id, reason: 'accounts has no billing profile for the customer' },
    ]);
    const invoices = await invoicesOf(tenant.partnerId);
    expect(invoices.map((invoice) => invoice.customerId)).toEqual([own.id]);
    expect(
      JSON.stringify(await db.query(`SELECT bill_to FROM billing.invoices WHERE partner_id = $1`, [tenant.partnerId])),
    ).not.toContain(victimCustomer.name);
  });
});
