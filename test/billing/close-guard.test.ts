import { randomUUID } from 'node:crypto';
import { BillingAccountService } from '@clientele/billing';
import { type Caller, EventBus, createLogger, newId } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type TenantSeed, seed } from '../support/seed';
import { addCredits, keptAndSummed } from './ledger-support';

// The guard's HTTP routes (service key, caller token, permission) are tried in bank.test.ts, whose
// own stack knows its service key; here the guard's rules are checked on the service itself, with
// credit operations sent through the public API at the same time.

const ADD = graphql(`
  mutation CloseGuardAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      entry {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation CloseGuardWithdraw($input: CreditsWithdrawInput!) {
    creditsWithdraw(input: $input) {
      entry {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const CLOSE_STATE = graphql(`
  query CloseGuardState($id: ID!) {
    customer(id: $id) {
      billingAccount {
        closeState
      }
    }
  }
`);

function ownerOf(tenant: TenantSeed): Caller {
  return { kind: 'operator', operatorId: newId(), partnerId: tenant.partnerId, role: 'OWNER', resellerId: null, sessionId: newId() };
}

async function guard(): Promise<BillingAccountService> {
  return new BillingAccountService(await database('billing'));
}

const add = (token: string, customerId: string, amount = 100) =>
  query(token, ADD, { input: { customerId, amount, idempotencyKey: randomUUID() } });

describe('the close guard', () => {
  it('should answer not closable, and hold nothing, while the balance is not zero', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({ currency: 'JPY' });
    await addCredits(tenant.owner.token, customer.id, 1_200);

    const answer = await (await guard()).holdForClose(ownerOf(tenant), customer.id);
    const after = await add(tenant.owner.token, customer.id);

    expect(answer).toEqual({
      closable: false,
      balance: { amountMinor: 1_200, currency: 'JPY' },
      owed: { amountMinor: 0, currency: 'JPY' },
      found: true,
    });
    expect(after.creditsAdd.userErrors).toEqual([]);
  });

  it('should hold the ledger shut from a closable answer until released, and open it again when the close is abandoned', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const service = await guard();

    const answer = await service.holdForClose(ownerOf(tenant), customer.id);
    const whileHeld = await add(tenant.owner.token, customer.id);
    const withdrawWhileHeld = await query(tenant.owner.token, WITHDRAW, {
      input: { customerId: customer.id, amount: 1, idempotencyKey: randomUUID() },
    });
    const state = await query(tenant.owner.token, CLOSE_STATE, { id: customer.id });
    const released = await service.releaseClose(ownerOf(tenant), customer.id, false);
    const releasedAgain = await service.releaseClose(ownerOf(tenant), customer.id, false);
    const afterRelease = await add(tenant.owner.token, customer.id);

    expect(answer).toMatchObject({ closable: true, balance: { amountMinor: 0, currency: 'GBP' }, found: true });
    expect(whileHeld.creditsAdd).toEqual({
      entry: null,
      userErrors: [{ code: 'CUSTOMER_CLOSED', message: expect.stringContaining('being closed') }],
    });
    expect(withdrawWhileHeld.creditsWithdraw.userErrors.map((error) => error.code)).toEqual(['CUSTOMER_CLOSED']);
    expect(state.customer?.billingAccount?.closeState).toBe('CLOSING');
    expect([released, releasedAgain]).toEqual([{ closeState: 'OPEN' }, { closeState: 'OPEN' }]);
    expect(afterRelease.creditsAdd.userErrors).toEqual([]);
  });

  it('should keep a closed customer’s ledger shut, also after an abandoned-close release, until customer.restored', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const service = await guard();
    await service.holdForClose(ownerOf(tenant), customer.id);

    const closed = await service.releaseClose(ownerOf(tenant), customer.id, true);
    const late = await service.releaseClose(ownerOf(tenant), customer.id, false);
    const whileClosed = await add(tenant.owner.token, customer.id);
    await publish(tenant.partnerId, 'customer.restored', customer.id);
    const restored = await eventually(async () => {
      const result = await query(tenant.owner.token, CLOSE_STATE, { id: customer.id });
      return result.customer?.billingAccount?.closeState === 'OPEN' ? true : null;
    }, 'billing to reopen the restored customer');

    expect([closed, late]).toEqual([{ closeState: 'CLOSED' }, { closeState: 'CLOSED' }]);
    expect(whileClosed.creditsAdd.userErrors.map((error) => error.code)).toEqual(['CUSTOMER_CLOSED']);
    expect(restored).toBe(true);
    expect((await add(tenant.owner.token, customer.id)).creditsAdd.userErrors).toEqual([]);
  });

  it('should close the ledger for good from customer.closed when accounts never said release', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await (await guard()).holdForClose(ownerOf(tenant), customer.id);

    await publish(tenant.partnerId, 'customer.closed', customer.id);
    await eventually(async () => {
      const result = await query(tenant.owner.token, CLOSE_STATE, { id: customer.id });
      return result.customer?.billingAccount?.closeState === 'CLOSED' ? true : null;
    }, 'billing to close the ledger');

    expect((await add(tenant.owner.token, customer.id)).creditsAdd.userErrors.map((error) => error.code)).toEqual([
      'CUSTOMER_CLOSED',
    ]);
  });

  it('should let a hold expire by itself when the close is abandoned without a word', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await (await guard()).holdForClose(ownerOf(tenant), customer.id);

    // Five minutes on: the hold's expiry moved into the past.
    await (await database('billing')).query(
      `UPDATE billing.billing_accounts SET close_hold_expires_at = now() - interval '1 second'
        WHERE partner_id = $1 AND customer_id = $2`,
      [tenant.partnerId, customer.id],
    );

    expect((await add(tenant.owner.token, customer.id)).creditsAdd.userErrors).toEqual([]);
  });

  it('should let no credit slip past a close that raced with top-ups', async () => {
    const tenant = await seed.partner();
    const customers = await Promise.all(Array.from({ length: 6 }, () => tenant.customer()));
    const service = await guard();

    const outcomes = await Promise.all(
      customers.map(async (customer, i) => {
        // Half ask first and top up at once, half top up first and ask a moment later.
        const early = i % 2 === 0 ? service.holdForClose(ownerOf(tenant), customer.id) : null;
        const topUps = Array.from({ length: 8 }, () => add(tenant.owner.token, customer.id, 10));
        if (!early) await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
        const answer = await (early ?? service.holdForClose(ownerOf(tenant), customer.id));
        const results = await Promise.all(topUps);
        const after = await add(tenant.owner.token, customer.id, 10);
        return { customer, answer, results, after };
      }),
    );

    const accounts = await keptAndSummed(tenant.partnerId);
    for (const { customer, answer, results, after } of outcomes) {
      const account = accounts.find((row) => row.customerId === customer.id)!;
      const refused = [...results, after].filter((result) => result.creditsAdd.userErrors.length > 0);
      if (answer.closable) {
        // Closable means zero at the hold, so no top-up came before it, and none may come after.
        expect({ kept: account.kept, entries: account.entries, refused: refused.length }).toEqual({ kept: 0n, entries: 0, refused: 9 });
      } else {
        // Not closable: something was already in, nothing was held, and every top-up went through.
        expect(answer.balance.amountMinor).toBeGreaterThan(0);
        expect({ kept: account.kept, entries: account.entries, refused: refused.length }).toEqual({ kept: 90n, entries: 9, refused: 0 });
      }
      expect(account.kept).toBe(account.summed);
    }
    expect(outcomes.some((outcome) => outcome.answer.closable)).toBe(true);
  });
});

async function publish(partnerId: string, type: string, customerId: string): Promise<void> {
  const bus = await EventBus.start({
    connectionString: testStack().databaseUrl,
    schema: 'queue',
    logger: createLogger('close-guard-test', 'silent'),
  });
  try {
    await (await database('billing')).transaction((manager) =>
      bus.publish(manager, {
        type,
        partnerId,
        data: {
          customerId,
          previousStatus: 'ACTIVE',
          status: type === 'customer.closed' ? 'CLOSED' : 'ACTIVE',
          reason: null,
          actor: { kind: 'operator', id: newId(), impersonatorId: null },
        },
      }),
    );
  } finally {
    await bus.stop();
  }
}
