import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PartnerProvisioner, createAccountsDataSource } from '@clientele/accounts';
import { BillingAccountService, LedgerService, createBillingDataSource } from '@clientele/billing';
import { type RunningStack, freePort, startStack } from '@clientele/stack';
import { EventBus, createLogger } from '@clientele/subgraph-kit';
import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import { graphql } from '../gql';
import { eventually } from '../support/api';

const CREATE = graphql(`
  mutation StandingRestartCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
      }
    }
  }
`);

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

/** A stack of its own: this test kills its accounts subgraph, which the shared stack's other tests need. */
describe('the customer standing projection across a restart', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-standing-'));
  chmodSync(scratch, 0o755);
  let stack: RunningStack;
  let accounts: DataSource;
  let billing: DataSource;

  beforeAll(async () => {
    stack = await startStack({
      embeddedDataDir: join(scratch, 'postgres'),
      embeddedPort: await freePort(),
      ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
      seedDemo: false,
      env: { LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      restartBackoff: { initialMs: 200, maxMs: 1_000, resetAfterMs: 60_000 },
    });
    const config = { databaseUrl: stack.databaseUrl };
    accounts = await createAccountsDataSource({
      ...config,
      databaseSchema: 'accounts',
      service: 'accounts',
    }).initialize();
    billing = await createBillingDataSource({ ...config, databaseSchema: 'billing', service: 'billing' }).initialize();
  }, 180_000);

  afterAll(async () => {
    await accounts?.destroy();
    await billing?.destroy();
    await stack?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }, 60_000);

  it('should catch up with a balance changed while the accounts subgraph was down', async () => {
    const password = 'a standing restart password';
    const { partner } = await new PartnerProvisioner(accounts).provision({
      name: 'Standing restart partner',
      owner: { email: 'owner@standing-restart.test', name: 'Owner', password },
    });
    const signedIn = await fetch(`${stack.gatewayUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@standing-restart.test', password }),
    });
    const token = ((await signedIn.json()) as { accessToken: string }).accessToken;
    const created = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: print(CREATE),
        variables: { input: { name: 'Kept Up', country: 'GB', currency: 'GBP' } },
      }),
    });
    const customerId = ((await created.json()) as { data: { customerCreate: { customer: { id: string } } } }).data
      .customerCreate.customer.id;
    const billingAccounts = new BillingAccountService(billing);
    await eventually(
      async () => ((await billingAccounts.findInTransaction(billing.manager, partner.id, customerId)) ? true : null),
      'billing to open the account',
      30_000,
    );
    const balanceHere = async () =>
      Number(
        (
          await accounts.query<{ balance_minor: string }[]>(
            `SELECT balance_minor FROM accounts.customer_standing WHERE partner_id = $1 AND customer_id = $2`,
            [partner.id, customerId],
          )
        )[0]!.balance_minor,
      );

    const killed = stack.pids().accounts!;
    process.kill(killed, 'SIGKILL');
    // Billing writes and announces the entry while accounts is down: the event waits in its queue.
    const bus = await EventBus.start({
      connectionString: stack.databaseUrl,
      schema: 'queue',
      logger: createLogger('standing-restart-test', 'silent'),
    });
    try {
      await new LedgerService(billing, billingAccounts, bus).record(partner.id, {
        customerId,
        amountMinor: 4_200n,
        kind: 'CREDIT',
        description: 'Added while accounts was down',
      });
    } finally {
      await bus.stop();
    }
    const whileDown = await balanceHere();
    await eventually(
      async () => (stack.pids().accounts !== killed && (await healthy(stack.subgraphUrls.accounts)) ? true : null),
      'accounts to be restarted',
      60_000,
    );
    await eventually(async () => ((await balanceHere()) === 4_200 ? true : null), 'the projection to catch up', 60_000);

    expect(whileDown).toBe(0);
    expect(await balanceHere()).toBe(4_200);
  }, 180_000);
});
