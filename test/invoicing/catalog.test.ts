import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';
import {
  BILLING_ACCOUNT_UPDATE,
  FX_RATE_SET,
  RECIPIENT_PRICE_SET,
  TAX_RATE_SET,
  USAGE_RECORD,
  createService,
} from './catalog-support';

const SETTINGS = graphql(`
  query CatalogSettings($customerId: ID!) {
    billingSettings {
      taxRates {
        country
        rate
        reverseCharge
      }
      recipientPrice {
        amount
        minorUnits
        currency
      }
      fxRates {
        baseCurrency
        quoteCurrency
        rate
      }
    }
    customer(id: $customerId) {
      fxRates {
        baseCurrency
        quoteCurrency
        rate
        customerId
      }
      billingAccount {
        suspendForLatePayment
      }
    }
  }
`);

const SERVICES = graphql(`
  query CatalogServices($id: ID!) {
    customer(id: $id) {
      services {
        id
        description
        quantity
        unitPrice {
          minorUnits
          currency
        }
        startDate
        endDate
      }
    }
  }
`);

const SERVICE_UPDATE = graphql(`
  mutation CatalogServiceUpdate($input: ServiceUpdateInput!) {
    serviceUpdate(input: $input) {
      service {
        id
        quantity
        endDate
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const SERVICE_REMOVE = graphql(`
  mutation CatalogServiceRemove($input: ServiceRemoveInput!) {
    serviceRemove(input: $input) {
      service {
        id
        endDate
      }
      userErrors {
        code
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation CatalogCancel($input: CustomerCancelInput!) {
    customerCancel(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation CatalogWithdraw($input: CustomerCancellationWithdrawInput!) {
    customerCancellationWithdraw(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CREDITS_ADD = graphql(`
  mutation CatalogCreditsAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const BALANCE = graphql(`
  query CatalogBalance($id: ID!) {
    customer(id: $id) {
      balance {
        minorUnits
      }
    }
  }
`);

const MEMBER_CREATE = graphql(`
  mutation CatalogMemberCreate($input: MemberCreateInput!) {
    memberCreate(input: $input) {
      member {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const MEMBER_UPDATE = graphql(`
  mutation CatalogMemberUpdate($input: MemberUpdateInput!) {
    memberUpdate(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

async function endDatesOf(token: string, customerId: string): Promise<(string | null)[]> {
  const data = await query(token, SERVICES, { id: customerId });
  return (data.customer?.services ?? []).map((service) => service.endDate);
}

describe('the billing catalog', () => {
  it('should keep partner tax rates, the recipient price and exchange rates, and a customer’s own rates beside them', async () => {
    const tenant = await seed.partner({ resellers: 1 });
    const token = tenant.owner.token;
    const customer = await tenant.customer({ currency: 'EUR' });
    await query(token, TAX_RATE_SET, { input: { country: 'nl', rate: '21' } });
    await query(token, TAX_RATE_SET, { input: { country: 'DE', rate: '19', reverseCharge: true } });
    const badRate = await query(token, TAX_RATE_SET, { input: { country: 'FR', rate: '120' } });
    await query(token, RECIPIENT_PRICE_SET, { input: { amount: '3.10', currency: 'EUR' } });
    await query(token, FX_RATE_SET, { input: { baseCurrency: 'USD', quoteCurrency: 'EUR', rate: '0.9200' } });
    const own = await query(token, FX_RATE_SET, {
      input: { baseCurrency: 'USD', quoteCurrency: 'EUR', rate: '0.9', customerId: customer.id },
    });
    const late = await query(token, BILLING_ACCOUNT_UPDATE, {
      input: { customerId: customer.id, suspendForLatePayment: false },
    });

    const limited = await tenant.operator('ADMIN', tenant.resellers[0]!.id);
    const byLimited = await query(limited.token, TAX_RATE_SET, { input: { country: 'BE', rate: '21' } });
    const support = await tenant.operator('SUPPORT');
    const bySupport = await execute(support.token, TAX_RATE_SET, { input: { country: 'BE', rate: '21' } });

    expect(badRate.taxRateSet).toMatchObject({ taxRate: null, userErrors: [{ code: 'INVALID' }] });
    expect(own.fxRateSet.fxRate).toEqual({
      baseCurrency: 'USD',
      quoteCurrency: 'EUR',
      rate: '0.9',
      customerId: customer.id,
    });
    expect(late.billingAccountUpdate.billingAccount).toEqual({ pricingModel: 'PREPAID', suspendForLatePayment: false });
    expect(byLimited.taxRateSet).toMatchObject({ taxRate: null, userErrors: [{ code: 'PARTNER_WIDE_SETTING' }] });
    expect(bySupport.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const settings = await query(token, SETTINGS, { customerId: customer.id });
    expect(settings.billingSettings).toEqual({
      taxRates: [
        { country: 'DE', rate: '19', reverseCharge: true },
        { country: 'NL', rate: '21', reverseCharge: false },
      ],
      recipientPrice: { amount: '3.10', minorUnits: 310, currency: 'EUR' },
      fxRates: [{ baseCurrency: 'USD', quoteCurrency: 'EUR', rate: '0.92' }],
    });
    expect(settings.customer).toEqual({
      fxRates: [{ baseCurrency: 'USD', quoteCurrency: 'EUR', rate: '0.9', customerId: customer.id }],
      billingAccount: { suspendForLatePayment: false },
    });
  });

  it('should create, change and end services, and end them when the customer is cancelled', async () => {
    const tenant = await seed.partner();
    const token = tenant.owner.token;
    const customer = await tenant.customer({ currency: 'EUR' });
    const service = await createService(token, {
      customerId: customer.id,
      description: 'Plan',
      unitPrice: '19.99',
      period: 'MONTHLY',
      startDate: '2026-09-01',
    });
    const updated = await query(token, SERVICE_UPDATE, { input: { id: service.id, quantity: '2.5' } });
    const backwards = await query(token, SERVICE_UPDATE, { input: { id: service.id, endDate: '2026-08-01' } });
    const second = await createService(token, {
      customerId: customer.id,
      description: 'Extra',
      unitPrice: '1',
      period: 'YEARLY',
    });
    const removed = await query(token, SERVICE_REMOVE, { input: { id: second.id } });

    expect(service).toMatchObject({ unitPrice: { minorUnits: 1999, currency: 'EUR' }, quantity: '1', endDate: null });
    expect(updated.serviceUpdate.service).toMatchObject({ quantity: '2.5', endDate: null });
    expect(backwards.serviceUpdate).toMatchObject({
      service: null,
      userErrors: [{ field: ['input', 'endDate'], code: 'INVALID' }],
    });
    expect(removed.serviceRemove.service).toMatchObject({ endDate: today() });

    // Another partner sees none of it.
    const stranger = await seed.partner();
    const foreign = await query(stranger.owner.token, SERVICE_REMOVE, { input: { id: service.id } });
    expect(foreign.serviceRemove).toMatchObject({ service: null, userErrors: [{ code: 'NOT_FOUND' }] });

    const cancelled = await query(token, CANCEL, { input: { customerId: customer.id, mode: 'IMMEDIATELY' } });
    expect(cancelled.customerCancel.userErrors).toEqual([]);
    await eventually(async () => {
      const ends = await endDatesOf(token, customer.id);
      return ends.every((end) => end === today()) ? ends : null;
    }, 'the services to end with the cancellation');
  });

  it('should end services at a scheduled cancellation and give them back when it is withdrawn', async () => {
    const tenant = await seed.partner();
    const token = tenant.owner.token;
    const customer = await tenant.customer({ currency: 'EUR' });
    await createService(token, { customerId: customer.id, description: 'Plan', unitPrice: '5', period: 'MONTHLY' });
    await createService(token, {
      customerId: customer.id,
      description: 'Ends later',
      unitPrice: '5',
      period: 'MONTHLY',
      endDate: '2027-06-01',
    });

    const scheduled = await query(token, CANCEL, {
      input: { customerId: customer.id, mode: 'ON_DATE', effectiveOn: '2027-03-01' },
    });
    expect(scheduled.customerCancel.userErrors).toEqual([]);
    await eventually(async () => {
      const ends = await endDatesOf(token, customer.id);
      return ends.every((end) => end === '2027-03-01') ? ends : null;
    }, 'the services to end on the cancellation date');

    const withdrawn = await query(token, WITHDRAW, { input: { customerId: customer.id } });
    expect(withdrawn.customerCancellationWithdraw.userErrors).toEqual([]);
    await eventually(async () => {
      const ends = await endDatesOf(token, customer.id);
      return ends[0] === null && ends[1] === '2027-06-01' ? ends : null;
    }, 'the services to run on after the withdrawal');
  });

  it('should charge PREPAID usage at once and refuse usage the balance does not cover', async () => {
    const tenant = await seed.partner();
    const token = tenant.owner.token;
    const customer = await tenant.customer({ currency: 'EUR' });
    await query(token, CREDITS_ADD, { input: { customerId: customer.id, amount: 500, idempotencyKey: randomUUID() } });
    const usage = (quantity: string) =>
      query(token, USAGE_RECORD, {
        input: {
          customerId: customer.id,
          description: 'SMS',
          quantity,
          unitPrice: '0.05',
          idempotencyKey: randomUUID(),
        },
      });

    const tooMuch = await usage('101');
    const balanceAfterRefusal = await query(token, BALANCE, { id: customer.id });
    const enough = await usage('100');

    expect(tooMuch.usageRecord).toMatchObject({
      usageRecord: null,
      userErrors: [{ code: 'USAGE_BALANCE_INSUFFICIENT', field: ['input', 'quantity'] }],
    });
    expect(tooMuch.usageRecord.userErrors[0]!.message).toContain('5.05 EUR');
    expect(balanceAfterRefusal.customer?.balance?.minorUnits).toBe(500);
    expect(enough.usageRecord).toMatchObject({
      usageRecord: { status: 'CHARGED', amount: { minorUnits: 500, currency: 'EUR' } },
      customer: { balance: { minorUnits: 0 } },
      replayed: false,
    });
    expect(enough.usageRecord.usageRecord?.ledgerEntryId).toBeTruthy();
  });

  it('should record usage once under its key, and refuse the key with other input', async () => {
    const tenant = await seed.partner();
    const token = tenant.owner.token;
    const customer = await tenant.customer({ currency: 'EUR' });
    await query(token, CREDITS_ADD, { input: { customerId: customer.id, amount: 1000, idempotencyKey: randomUUID() } });
    const key = randomUUID();
    const input = {
      customerId: customer.id,
      description: 'Minutes',
      quantity: '10',
      unitPrice: '0.10',
      idempotencyKey: key,
    };

    const [first, twin] = await Promise.all([
      query(token, USAGE_RECORD, { input }),
      query(token, USAGE_RECORD, { input }),
    ]);
    const retry = await query(token, USAGE_RECORD, { input });
    const reused = await query(token, USAGE_RECORD, { input: { ...input, quantity: '11' } });
    const balance = await query(token, BALANCE, { id: customer.id });

    const ids = [first, twin, retry].map((answer) => answer.usageRecord.usageRecord?.id);
    expect(new Set(ids).size).toBe(1);
    expect([first, twin].map((answer) => answer.usageRecord.replayed).sort()).toEqual([false, true]);
    expect(retry.usageRecord.replayed).toBe(true);
    expect(reused.usageRecord).toMatchObject({ usageRecord: null, userErrors: [{ code: 'USAGE_KEY_REUSED' }] });
    expect(balance.customer?.balance?.minorUnits).toBe(900);
  });

  it('should keep when a member was a PAID recipient from accounts’ events', async () => {
    const tenant = await seed.partner();
    const token = tenant.owner.token;
    const customer = await tenant.customer({ currency: 'EUR' });
    const created = await query(token, MEMBER_CREATE, {
      input: {
        customerId: customer.id,
        name: 'Paid Person',
        email: `paid-${randomUUID()}@customer.test`,
        recipientStatus: 'PAID',
      },
    });
    const memberId = created.memberCreate.member!.id;
    const stretches = async () =>
      (await database('billing')).query<{ paidFrom: string; paidUntil: string | null }[]>(
        `SELECT paid_from::text AS "paidFrom", paid_until::text AS "paidUntil" FROM billing.recipient_charges
          WHERE partner_id = $1 AND member_id = $2`,
        [tenant.partnerId, memberId],
      );

    expect(
      await eventually(async () => ((await stretches()).length > 0 ? stretches() : null), 'the PAID stretch to open'),
    ).toEqual([{ paidFrom: today(), paidUntil: null }]);

    await query(token, MEMBER_UPDATE, { input: { id: memberId, recipientStatus: 'FREE' } });
    expect(
      await eventually(async () => {
        const rows = await stretches();
        return rows[0]?.paidUntil ? rows : null;
      }, 'the PAID stretch to close'),
    ).toEqual([{ paidFrom: today(), paidUntil: today() }]);
  });
});
