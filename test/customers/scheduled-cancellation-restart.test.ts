import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PartnerProvisioner, createAccountsDataSource } from '@clientele/accounts';
import { type RunningStack, freePort, startStack } from '@clientele/stack';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { DataSource } from 'typeorm';
import { graphql } from '../gql';
import { eventually } from '../support/api';

const CREATE = graphql(`
  mutation RestartCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation RestartCancel($input: CustomerCancelInput!) {
    customerCancel(input: $input) {
      customer {
        scheduledCancellation {
          effectiveAt
        }
      }
      userErrors {
        message
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
describe('a scheduled cancellation across a restart', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'clientele-cancellation-'));
  chmodSync(scratch, 0o755);
  let stack: RunningStack;
  let accounts: DataSource;

  async function send<TResult, TVariables>(
    token: string,
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as { data?: TResult; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  beforeAll(async () => {
    stack = await startStack({
      embeddedDataDir: join(scratch, 'postgres'),
      embeddedPort: await freePort(),
      ports: { gateway: 0, accounts: 0, billing: 0, messaging: 0 },
      seedDemo: false,
      env: { LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      restartBackoff: { initialMs: 200, maxMs: 1_000, resetAfterMs: 60_000 },
    });
    accounts = await createAccountsDataSource({
      databaseUrl: stack.databaseUrl,
      databaseSchema: 'accounts',
      service: 'accounts',
    }).initialize();
  }, 180_000);

  afterAll(async () => {
    await accounts?.destroy();
    await stack?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }, 60_000);

  it('should be carried out once, at its time, by the accounts subgraph that started after it was scheduled', async () => {
    const password = 'a restart test password';
    await new PartnerProvisioner(accounts).provision({
      name: 'Restart partner',
      owner: { email: 'owner@restart.test', name: 'Owner', password },
    });
    const signedIn = await fetch(`${stack.gatewayUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@restart.test', password }),
    });
    const token = ((await signedIn.json()) as { accessToken: string }).accessToken;
    const created = await send(token, CREATE, { input: { name: 'Leaving Soon', country: 'GB', currency: 'GBP' } });
    const customerId = created.customerCreate.customer!.id;
    const effectiveOn = new Date(Date.now() + 8_000).toISOString();

    const scheduled = await send(token, CANCEL, { input: { customerId, mode: 'ON_DATE', effectiveOn } });
    const killed = stack.pids().accounts!;
    process.kill(killed, 'SIGKILL');
    const statusNow = async () =>
      (
        await accounts.query<{ status: string }[]>(`SELECT status FROM accounts.customers WHERE id = $1`, [customerId])
      )[0]!.status;
    const statusWhileDown = await statusNow();
    await eventually(
      async () => (stack.pids().accounts !== killed && (await healthy(stack.subgraphUrls.accounts)) ? true : null),
      'accounts to be restarted',
      60_000,
    );
    await eventually(
      async () => ((await statusNow()) === 'INACTIVE' ? true : null),
      'the cancellation to be carried out',
      60_000,
    );
    // Time for a second run of the job, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const changes = await accounts.query<{ transition: string; occurred_at: Date }[]>(
      `SELECT transition, occurred_at FROM accounts.customer_status_changes WHERE customer_id = $1`,
      [customerId],
    );
    const states = await accounts.query<{ state: string }[]>(
      `SELECT state FROM accounts.customer_scheduled_cancellations WHERE customer_id = $1`,
      [customerId],
    );

    expect(scheduled.customerCancel.userErrors).toEqual([]);
    expect(statusWhileDown).toBe('ACTIVE');
    expect(changes.map((change) => change.transition)).toEqual(['CANCEL']);
    expect(changes[0]!.occurred_at.getTime()).toBeGreaterThanOrEqual(new Date(effectiveOn).getTime());
    expect(states).toEqual([{ state: 'CARRIED_OUT' }]);
  }, 180_000);
});
