import type { PartnerRates } from '../../billing-settings';
import type { BillTo } from '../../invoices';
import type { Service } from '../../services';
import type { UsageRecord } from '../../usage';
import { type CustomerToBill, priceInvoice } from '../billing-run.pricing';

const period = { start: '2026-10-01', end: '2026-11-01' };

const billTo: BillTo = {
  name: 'Acme BV',
  accountNumber: 'A-1',
  email: null,
  country: 'NL',
  addressLines: [],
  city: null,
  region: null,
  postcode: null,
};

const service: Service = {
  id: '00000000-0000-7000-8000-000000000001',
  customerId: '00000000-0000-7000-8000-0000000000c1',
  description: 'Plan',
  unitPriceMinor: 1000n,
  currency: 'EUR',
  quantity: '1',
  period: 'MONTHLY',
  startDate: '2026-01-01',
  endDate: null,
  assignedMemberId: null,
  createdAt: new Date(),
};

const usage: UsageRecord = {
  id: '00000000-0000-7000-8000-000000000002',
  customerId: service.customerId,
  description: 'SMS',
  quantity: '3',
  unitPriceMinor: 7n,
  currency: 'EUR',
  amountMinor: 21n,
  occurredAt: new Date('2026-10-05T10:00:00Z'),
  status: 'UNINVOICED',
  ledgerEntryId: null,
  invoiceId: null,
};

const rates: PartnerRates = {
  taxRates: new Map([
    ['NL', { country: 'NL', ratePpm: 210_000, reverseCharge: false }],
    ['DE', { country: 'DE', ratePpm: 190_000, reverseCharge: true }],
  ]),
  recipientPrice: { amountMinor: 310n, currency: 'EUR' },
  fxRates: new Map([['USD>EUR', { rate: { n: 92n, d: 100n }, text: '0.92' }]]),
};

const customer: CustomerToBill = {
  customerId: service.customerId,
  currency: 'EUR',
  paymentTermsDays: 14,
  billTo,
  services: [],
  recipients: [],
  usage: [],
};

describe('priceInvoice', () => {
  it('should make no invoice when the customer has nothing to bill', () => {
    expect(priceInvoice(customer, rates, period, '2026-11-02')).toEqual({ kind: 'nothing' });
  });

  it('should charge a whole month, recipients by days and usage as recorded, taxed per line', () => {
    const priced = priceInvoice(
      {
        ...customer,
        services: [service],
        recipients: [
          { customerId: customer.customerId, memberId: service.id, paidFrom: '2026-10-11', paidUntil: null },
        ],
        usage: [usage],
      },
      rates,
      period,
      '2026-11-02',
    );
    if (priced.kind !== 'invoice') throw new Error(`expected an invoice, got ${priced.kind}`);
    expect(priced.draft.dueDate).toBe('2026-11-16');
    expect(priced.draft.reverseCharge).toBe(false);
    expect(priced.draft.fx).toBeNull();
    expect(priced.usageIds).toEqual([usage.id]);
    // 1000; 310 × 21/31 = 210; 21 as recorded. Tax at 21%: 210, 44.1 → 44, 4.41 → 4.
    expect(priced.draft.lines.map((line) => [line.kind, line.amountMinor, line.taxMinor])).toEqual([
      ['SERVICE', 1000n, 210n],
      ['RECIPIENT', 210n, 44n],
      ['USAGE', 21n, 4n],
    ]);
  });

  it('should tax nothing and say reverse charge when the country’s rate is reverse charge', () => {
    const priced = priceInvoice(
      { ...customer, billTo: { ...billTo, country: 'DE' }, services: [service] },
      rates,
      period,
      '2026-11-02',
    );
    if (priced.kind !== 'invoice') throw new Error('expected an invoice');
    expect(priced.draft.reverseCharge).toBe(true);
    expect(priced.draft.lines[0]).toMatchObject({ taxRatePpm: 0, taxMinor: 0n });
  });

  it('should convert with the customer’s own rate over the partner’s and record it', () => {
    const dollars = { ...service, currency: 'USD', unitPriceMinor: 1999n, quantity: '3', startDate: '2026-10-15' };
    const withPartnerRate = priceInvoice({ ...customer, services: [dollars] }, rates, period, '2026-11-02');
    const withOwnRate = priceInvoice(
      {
        ...customer,
        services: [dollars],
        customerFx: new Map([['USD>EUR', { rate: { n: 9n, d: 10n }, text: '0.9' }]]),
      },
      rates,
      period,
      '2026-11-02',
    );
    if (withPartnerRate.kind !== 'invoice' || withOwnRate.kind !== 'invoice') throw new Error('expected invoices');
    // 1999 × 3 × 17/31 × 0.92 = 3025.58… → 3026; × 0.9 = 2959.81… → 2960.
    expect(withPartnerRate.draft.lines[0]!.amountMinor).toBe(3026n);
    expect(withPartnerRate.draft.fx).toEqual({ rate: '0.92', baseCurrency: 'USD', source: 'PARTNER' });
    expect(withOwnRate.draft.lines[0]!.amountMinor).toBe(2960n);
    expect(withOwnRate.draft.fx).toEqual({ rate: '0.9', baseCurrency: 'USD', source: 'CUSTOMER' });
  });

  it('should skip the customer, saying why, when a currency has no rate', () => {
    const pounds = { ...service, currency: 'GBP' };
    expect(priceInvoice({ ...customer, services: [pounds] }, rates, period, '2026-11-02')).toEqual({
      kind: 'skipped',
      reason: 'no exchange rate from GBP to EUR',
    });
  });

  it('should charge a yearly service its days over the days of the year', () => {
    const yearly = { ...service, period: 'YEARLY' as const, unitPriceMinor: 36_500n };
    const priced = priceInvoice({ ...customer, services: [yearly] }, rates, period, '2026-11-02');
    if (priced.kind !== 'invoice') throw new Error('expected an invoice');
    expect(priced.draft.lines[0]!.amountMinor).toBe(3100n); // 36500 × 31/365
  });
});
