import { randomUUID } from 'node:crypto';
import { newId } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { eventually, execute, executeRaw, query } from '../support/api';
import { testStack } from '../support/env';
import { database } from '../support/databases';
import { seed } from '../support/seed';
import { addCredits, keptAndSummed } from './ledger-support';

const BALANCES = graphql(`
  query CreditsBalances($id: ID!) {
    customer(id: $id) {
      id
      balance {
        amount
        minorUnits
        currency
      }
      availableCredit {
        minorUnits
      }
      creditLimit {
        minorUnits
      }
      owed {
        minorUnits
      }
      billingAccount {
        pricingModel
        currency
        paymentTermsDays
        closeState
      }
    }
  }
`);

const LEDGER = graphql(`
  query CreditsLedger($id: ID!, $filter: LedgerFilterInput, $first: Int, $after: String) {
    customer(id: $id) {
      ledger(filter: $filter, first: $first, after: $after) {
        totalCount
        nodes {
          id
          kind
          amount {
            minorUnits
          }
          balanceAfter {
            minorUnits
          }
          description
          reference
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const ADD = graphql(`
  mutation CreditsAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      entry {
        id
        kind
        amount {
          amount
          minorUnits
        }
        balanceAfter {
          minorUnits
        }
        reference
      }
      customer {
        id
        balance {
          minorUnits
        }
      }
      replayed
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation CreditsWithdraw($input: CreditsWithdrawInput!) {
    creditsWithdraw(input: $input) {
      entry {
        id
        kind
        amount {
          minorUnits
        }
        balanceAfter {
          minorUnits
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ADJUST = graphql(`
  mutation CreditsAdjust($input: CreditsAdjustInput!) {
    creditsAdjust(input: $input) {
      entry {
        id
        kind
        description
        amount {
          minorUnits
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MOVE = graphql(`
  mutation CreditsMove($input: CreditsMoveInput!) {
    creditsMove(input: $input) {
      fromEntry {
        id
        kind
        amount {
          minorUnits
        }
        balanceAfter {
          minorUnits
        }
      }
      toEntry {
        id
        kind
        amount {
          minorUnits
        }
        balanceAfter {
          minorUnits
        }
      }
      fromCustomer {
        id
      }
      toCustomer {
        id
      }
      replayed
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ACCOUNT_UPDATE = graphql(`
  mutation CreditsBillingAccountUpdate($input: BillingAccountUpdateInput!) {
    billingAccountUpdate(input: $input) {
      billingAccount {
        pricingModel
        paymentTermsDays
      }
      customer {
        creditLimit {
          minorUnits
        }
        availableCredit {
          minorUnits
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const PRICING_CUSTOMER_CREATE = graphql(`
  mutation CreditsPricingCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
        pricingModel
      }
      userErrors {
        code
      }
    }
  }
`);

const PRICING = graphql(`
  query CreditsPricing($id: ID!) {
    customer(id: $id) {
      pricingModel
      billingAccount {
        pricingModel
      }
    }
  }
`);

const IMPERSONATE = graphql(`
  mutation CreditsImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
      }
      userErrors {
        code
      }
    }
  }
`);

const key = () => randomUUID();

async function auditOf(
  partnerId: string,
  action: string,
): Promise<{ actorKind: string; actorId: string; details: Record<string, unknown> }[]> {
  return (await database('accounts')).query(
    `SELECT actor_kind AS "actorKind", actor_id AS "actorId", details FROM accounts.audit_log
      WHERE partner_id = $1 AND action = $2`,
    [partnerId, action],
  );
}

describe('credits', () => {
  it('should add, withdraw and adjust credits, keep the balance equal to the ledger and list the ledger newest first', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ currency: 'EUR' });

    const added = await query(tenant.owner.token, ADD, {
      input: { customerId: customer.id, amount: 10_050, reference: 'pay_123', idempotencyKey: key() },
    });
    const withdrawn = await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: 2_000, idempotencyKey: key() },
    });
    const adjusted = await query(tenant.owner.token, ADJUST, {
      input: { customerId: customer.id, amount: -50, reason: 'Rounding correction', idempotencyKey: key() },
    });

    expect(added.creditsAdd).toMatchObject({
      entry: {
        kind: 'CREDIT',
        amount: { amount: '100.50', minorUnits: 10_050 },
        balanceAfter: { minorUnits: 10_050 },
        reference: 'pay_123',
      },
      customer: { id: customer.id, balance: { minorUnits: 10_050 } },
      replayed: false,
      userErrors: [],
    });
    expect(withdrawn.creditsWithdraw.entry).toMatchObject({
      kind: 'DEBIT',
      amount: { minorUnits: -2_000 },
      balanceAfter: { minorUnits: 8_050 },
    });
    expect(adjusted.creditsAdjust.entry).toMatchObject({
      kind: 'ADJUSTMENT',
      description: 'Rounding correction',
      amount: { minorUnits: -50 },
    });
    const balances = await query(tenant.owner.token, BALANCES, { id: customer.id });
    expect(balances.customer).toMatchObject({
      balance: { amount: '80.00', minorUnits: 8_000, currency: 'EUR' },
      availableCredit: { minorUnits: 8_000 },
      creditLimit: { minorUnits: 0 },
      owed: { minorUnits: 0 },
      billingAccount: { pricingModel: 'PREPAID', currency: 'EUR', paymentTermsDays: 0, closeState: 'OPEN' },
    });
    const ledger = await query(tenant.owner.token, LEDGER, { id: customer.id });
    expect(
      ledger.customer?.ledger?.nodes.map((entry) => [
        entry.kind,
        entry.amount.minorUnits,
        entry.balanceAfter.minorUnits,
      ]),
    ).toEqual([
      ['ADJUSTMENT', -50, 8_000],
      ['DEBIT', -2_000, 8_050],
      ['CREDIT', 10_050, 10_050],
    ]);
    expect(await keptAndSummed(tenant.partnerId)).toEqual([
      { customerId: customer.id, kept: 8_000n, summed: 8_000n, entries: 3 },
    ]);
  });

  it('should filter the ledger by kind and amount and page it with cursors', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    for (const amount of [100, 200, 300, 400]) await addCredits(tenant.owner.token, customer.id, amount);
    await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: 150, idempotencyKey: key() },
    });

    const credits = await query(tenant.owner.token, LEDGER, {
      id: customer.id,
      filter: { kinds: ['CREDIT'], minAmount: 200, maxAmount: 300 },
    });
    const debits = await query(tenant.owner.token, LEDGER, { id: customer.id, filter: { maxAmount: -1 } });
    const future = await query(tenant.owner.token, LEDGER, {
      id: customer.id,
      filter: { from: new Date(Date.now() + 3_600_000).toISOString() },
    });
    const first = await query(tenant.owner.token, LEDGER, { id: customer.id, first: 2 });
    const second = await query(tenant.owner.token, LEDGER, {
      id: customer.id,
      first: 2,
      after: first.customer!.ledger!.pageInfo.endCursor,
    });

    expect(credits.customer?.ledger?.nodes.map((entry) => entry.amount.minorUnits)).toEqual([300, 200]);
    expect(credits.customer?.ledger?.totalCount).toBe(2);
    expect(debits.customer?.ledger?.nodes.map((entry) => entry.kind)).toEqual(['DEBIT']);
    expect(future.customer?.ledger?.nodes).toEqual([]);
    expect(first.customer?.ledger?.pageInfo.hasNextPage).toBe(true);
    expect(
      [...first.customer!.ledger!.nodes, ...second.customer!.ledger!.nodes].map((entry) => entry.amount.minorUnits),
    ).toEqual([-150, 400, 300, 200]);
  });

  it('should refuse to withdraw below zero on PREPAID and allow it down to the credit limit on POSTPAID', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await addCredits(tenant.owner.token, customer.id, 500);

    const prepaid = await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: 501, idempotencyKey: key() },
    });
    const withLimitOnPrepaid = await query(tenant.owner.token, ACCOUNT_UPDATE, {
      input: { customerId: customer.id, creditLimit: 1_000 },
    });
    const postpaid = await query(tenant.owner.token, ACCOUNT_UPDATE, {
      input: { customerId: customer.id, pricingModel: 'POSTPAID', creditLimit: 1_000, paymentTermsDays: 30 },
    });
    const toTheLimit = await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: 1_500, idempotencyKey: key() },
    });
    const beyond = await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: 1, idempotencyKey: key() },
    });
    const backToPrepaid = await query(tenant.owner.token, ACCOUNT_UPDATE, {
      input: { customerId: customer.id, pricingModel: 'PREPAID' },
    });

    expect(prepaid.creditsWithdraw).toEqual({
      entry: null,
      userErrors: [
        {
          field: ['input', 'amount'],
          code: 'CREDITS_INSUFFICIENT',
          message: expect.stringContaining('5.00 GBP') as unknown,
        },
      ],
    });
    expect(withLimitOnPrepaid.billingAccountUpdate.userErrors).toEqual([
      { field: ['input', 'creditLimit'], code: 'INVALID', message: expect.stringContaining('prepaid') as unknown },
    ]);
    expect(postpaid.billingAccountUpdate).toEqual({
      billingAccount: { pricingModel: 'POSTPAID', paymentTermsDays: 30 },
      customer: { creditLimit: { minorUnits: 1_000 }, availableCredit: { minorUnits: 1_500 } },
      userErrors: [],
    });
    expect(toTheLimit.creditsWithdraw.entry?.balanceAfter.minorUnits).toBe(-1_000);
    expect(beyond.creditsWithdraw.userErrors.map((error) => error.code)).toEqual(['CREDITS_INSUFFICIENT']);
    expect(backToPrepaid.billingAccountUpdate.userErrors.map((error) => error.code)).toEqual(['BALANCE_BELOW_LIMIT']);
    const audited = await eventually(async () => {
      const entries = await auditOf(tenant.partnerId, 'billing-account.pricing-model-changed');
      return entries.length > 0 ? entries : null;
    }, 'the pricing model change in the audit log');
    expect(audited[0]).toMatchObject({
      actorKind: 'operator',
      details: { before: { pricingModel: 'PREPAID' }, after: { pricingModel: 'POSTPAID', creditLimitMinor: 1_000 } },
    });
  });

  it('should answer the pricing model from billing alone: the one it was created with, then what billingAccountUpdate sets', async () => {
    const tenant = await seed.partner();
    const created = await query(tenant.owner.token, PRICING_CUSTOMER_CREATE, {
      input: { name: 'Priced Ltd', country: 'GB', currency: 'GBP', pricingModel: 'POSTPAID' },
    });
    const customerId = created.customerCreate.customer!.id;
    const opened = await eventually(async () => {
      const data = await query(tenant.owner.token, PRICING, { id: customerId });
      return data.customer?.billingAccount ? data.customer : null;
    }, 'billing to open the account');
    await query(tenant.owner.token, ACCOUNT_UPDATE, { input: { customerId, pricingModel: 'PREPAID' } });
    const changed = await query(tenant.owner.token, PRICING, { id: customerId });

    // Until billing has opened the account (or once it has), the customer shows the model it was created with.
    expect(created.customerCreate).toEqual({ customer: { id: customerId, pricingModel: 'POSTPAID' }, userErrors: [] });
    expect(opened).toEqual({ pricingModel: 'POSTPAID', billingAccount: { pricingModel: 'POSTPAID' } });
    expect(changed.customer).toEqual({ pricingModel: 'PREPAID', billingAccount: { pricingModel: 'PREPAID' } });
  });

  it('should answer a customer billing has not opened only with the pricing model the representation carries', async () => {
    const north = await seed.partner();
    const south = await seed.partner();
    const northCustomer = await north.customer();
    await addCredits(north.owner.token, northCustomer.id, 700);
    const entities = (representation: Record<string, unknown>) =>
      executeRaw<{ _entities: unknown[] }>(
        south.owner.token,
        `query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on Customer { id pricingModel balance { minorUnits } ledger(first: 5) { totalCount } }
          }
        }`,
        { r: [{ __typename: 'Customer', ...representation }] },
        `${testStack().subgraphUrls.billing}/graphql`,
      );

    const unopened = await entities({ id: newId(), openingPricingModel: 'POSTPAID' });
    const foreign = await entities({ id: northCustomer.id, openingPricingModel: 'POSTPAID' });
    const bare = await entities({ id: newId() });

    expect(unopened.data?._entities).toEqual([
      { id: expect.any(String) as unknown, pricingModel: 'POSTPAID', balance: null, ledger: null },
    ]);
    // Another partner's customer looks exactly like one billing has never heard of: its balance stays hidden.
    expect(foreign.data?._entities).toEqual([
      { id: northCustomer.id, pricingModel: 'POSTPAID', balance: null, ledger: null },
    ]);
    expect(bare.data).toEqual({ _entities: [null] });
  });

  it('should move credits between two customers in one transaction and say when there is nothing to move', async () => {
    const tenant = await seed.partner();
    const [from, to, empty, euro] = await Promise.all([
      tenant.customer(),
      tenant.customer(),
      tenant.customer(),
      tenant.customer({ currency: 'EUR' }),
    ]);
    const billing = await tenant.operator('BILLING');
    await addCredits(tenant.owner.token, from.id, 1_000);

    const moved = await query(billing.token, MOVE, {
      input: { fromCustomerId: from.id, toCustomerId: to.id, amount: 400, idempotencyKey: key() },
    });
    const tooMuch = await query(billing.token, MOVE, {
      input: { fromCustomerId: from.id, toCustomerId: to.id, amount: 601, idempotencyKey: key() },
    });
    const otherCurrency = await query(billing.token, MOVE, {
      input: { fromCustomerId: from.id, toCustomerId: euro.id, amount: 1, idempotencyKey: key() },
    });
    const fromEmpty = await query(billing.token, MOVE, {
      input: { fromCustomerId: empty.id, toCustomerId: from.id, amount: 1, idempotencyKey: key() },
    });
    const toItself = await query(billing.token, MOVE, {
      input: { fromCustomerId: from.id, toCustomerId: from.id, amount: 1, idempotencyKey: key() },
    });

    expect(moved.creditsMove).toMatchObject({
      fromEntry: { kind: 'TRANSFER_OUT', amount: { minorUnits: -400 }, balanceAfter: { minorUnits: 600 } },
      toEntry: { kind: 'TRANSFER_IN', amount: { minorUnits: 400 }, balanceAfter: { minorUnits: 400 } },
      fromCustomer: { id: from.id },
      toCustomer: { id: to.id },
      replayed: false,
      userErrors: [],
    });
    expect(tooMuch.creditsMove.userErrors.map((error) => error.code)).toEqual(['CREDITS_INSUFFICIENT']);
    expect(otherCurrency.creditsMove.userErrors.map((error) => error.code)).toEqual(['CURRENCY_MISMATCH']);
    expect(fromEmpty.creditsMove.userErrors).toEqual([
      {
        field: ['input', 'fromCustomerId'],
        code: 'NOTHING_TO_MOVE',
        message: 'This customer has no credit available to move.',
      },
    ]);
    expect(toItself.creditsMove.userErrors.map((error) => error.code)).toEqual(['INVALID']);
    expect(await keptAndSummed(tenant.partnerId)).toEqual(
      expect.arrayContaining([
        { customerId: from.id, kept: 600n, summed: 600n, entries: 2 },
        { customerId: to.id, kept: 400n, summed: 400n, entries: 1 },
        { customerId: euro.id, kept: 0n, summed: 0n, entries: 0 },
      ]),
    );
    const audited = await eventually(async () => {
      const entries = await auditOf(tenant.partnerId, 'credits.moved');
      return entries.length > 0 ? entries : null;
    }, 'the move in the audit log');
    expect(audited).toEqual([
      expect.objectContaining({
        actorKind: 'operator',
        details: expect.objectContaining({
          toCustomerId: to.id,
          amountMinor: 400,
          fromBalanceMinor: 600,
          toBalanceMinor: 400,
        }) as unknown,
      }),
    ]);
  });

  it('should answer a move to another partner’s customer exactly as one to a customer that does not exist', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const [mine, theirs] = await Promise.all([tenant.customer(), other.customer()]);
    await addCredits(tenant.owner.token, mine.id, 1_000);
    await addCredits(other.owner.token, theirs.id, 1_000);
    const attempt = (fromCustomerId: string, toCustomerId: string) =>
      execute(tenant.owner.token, MOVE, {
        input: { fromCustomerId, toCustomerId, amount: 100, idempotencyKey: key() },
      });

    const toTheirs = await attempt(mine.id, theirs.id);
    const toNobody = await attempt(mine.id, newId());
    const fromTheirs = await attempt(theirs.id, mine.id);

    // The cost report's bucket level differs from call to call; the answer must not.
    const answerOf = ({ status, data, errors }: typeof toTheirs) => ({ status, data, errors });
    expect(answerOf(toTheirs)).toEqual(answerOf(toNobody));
    expect(toTheirs.data?.creditsMove.userErrors).toEqual([
      { field: ['input', 'toCustomerId'], code: 'NOT_FOUND', message: 'That customer was not found.' },
    ]);
    expect(fromTheirs.data?.creditsMove.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect((await keptAndSummed(other.partnerId))[0]).toMatchObject({ kept: 1_000n, entries: 1 });
  });

  it('should let API keys with billing:write add and withdraw but not adjust or move, and refuse keys without it', async () => {
    const tenant = await seed.partner();
    const [a, b] = await Promise.all([tenant.customer(), tenant.customer()]);
    const [writer, reader] = await Promise.all([
      tenant.apiKey(['BILLING_READ', 'BILLING_WRITE']),
      tenant.apiKey(['BILLING_READ']),
    ]);

    const added = await execute(writer.token, ADD, { input: { customerId: a.id, amount: 300, idempotencyKey: key() } });
    const updated = await execute(writer.token, ACCOUNT_UPDATE, { input: { customerId: a.id, paymentTermsDays: 14 } });
    const adjusted = await execute(writer.token, ADJUST, {
      input: { customerId: a.id, amount: 5, reason: 'Goodwill', idempotencyKey: key() },
    });
    const moved = await execute(writer.token, MOVE, {
      input: { fromCustomerId: a.id, toCustomerId: b.id, amount: 5, idempotencyKey: key() },
    });
    const readerAdd = await execute(reader.token, ADD, {
      input: { customerId: a.id, amount: 300, idempotencyKey: key() },
    });

    expect(added.data?.creditsAdd.userErrors).toEqual([]);
    expect(updated.data?.billingAccountUpdate.billingAccount?.paymentTermsDays).toBe(14);
    expect(adjusted.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(moved.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(readerAdd.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await keptAndSummed(tenant.partnerId)).find((row) => row.customerId === a.id)).toMatchObject({
      kept: 300n,
      entries: 1,
    });
    const audited = await eventually(async () => {
      const entries = await auditOf(tenant.partnerId, 'credits.added');
      return entries.length > 0 ? entries : null;
    }, 'the top-up in the audit log');
    expect(audited[0]).toMatchObject({ actorKind: 'apiKey', actorId: writer.id });
  });

  it('should refuse every credit operation to an operator logged in as the customer, and to roles without billing rights', async () => {
    const tenant = await seed.partner();
    const [customer, other] = await Promise.all([tenant.customer(), tenant.customer()]);
    await addCredits(tenant.owner.token, customer.id, 1_000);
    const support = await tenant.operator('SUPPORT');
    const session = await query(tenant.owner.token, IMPERSONATE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    const portal = session.customerImpersonate.session!.accessToken;

    const attempts = await Promise.all(
      [portal, support.token].flatMap((token) => [
        execute(token, MOVE, {
          input: { fromCustomerId: customer.id, toCustomerId: other.id, amount: 1, idempotencyKey: key() },
        }),
        execute(token, ADD, { input: { customerId: customer.id, amount: 1, idempotencyKey: key() } }),
        execute(token, WITHDRAW, { input: { customerId: customer.id, amount: 1, idempotencyKey: key() } }),
        execute(token, ADJUST, { input: { customerId: customer.id, amount: 1, reason: 'x', idempotencyKey: key() } }),
        execute(token, ACCOUNT_UPDATE, { input: { customerId: customer.id, paymentTermsDays: 1 } }),
      ]),
    );

    expect(attempts.map((result) => result.errors?.map((error) => error.extensions?.code))).toEqual(
      attempts.map(() => ['FORBIDDEN']),
    );
    expect(await keptAndSummed(tenant.partnerId)).toEqual(
      expect.arrayContaining([{ customerId: customer.id, kept: 1_000n, summed: 1_000n, entries: 1 }]),
    );
  });

  it('should refuse an adjustment without a reason and amounts that are not whole positive minor units', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();

    const noReason = await query(tenant.owner.token, ADJUST, {
      input: { customerId: customer.id, amount: 10, reason: '   ', idempotencyKey: key() },
    });
    const zero = await query(tenant.owner.token, ADD, {
      input: { customerId: customer.id, amount: 0, idempotencyKey: key() },
    });
    const negative = await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: -5, idempotencyKey: key() },
    });

    expect(noReason.creditsAdjust.userErrors.map((error) => [error.field, error.code])).toEqual([
      [['input', 'reason'], 'REQUIRED'],
    ]);
    expect(zero.creditsAdd.userErrors.map((error) => error.field)).toEqual([['input', 'amount']]);
    expect(negative.creditsWithdraw.userErrors.map((error) => error.field)).toEqual([['input', 'amount']]);
    expect(await keptAndSummed(tenant.partnerId)).toEqual([
      { customerId: customer.id, kept: 0n, summed: 0n, entries: 0 },
    ]);
  });
});
