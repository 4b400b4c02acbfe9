import { randomUUID } from 'node:crypto';
import { PartnerProvisioner } from '@clientele/accounts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { operation } from '../support/gateway-api';
import { statementsBy } from '../support/statements';
import { type TenantSeed, seed } from '../support/seed';

const PAGE = 50;
const SMALL_PAGE = 2;

const OPERATORS_WITH_THEIR_RESELLER = graphql(`
  query StatementsOperatorsWithTheirReseller($first: Int!) {
    operators(first: $first) {
      nodes {
        id
        name
        partner {
          name
        }
        reseller {
          name
        }
      }
    }
  }
`);

const CUSTOMERS_WITH_THEIR_MESSAGES = graphql(`
  query StatementsCustomersWithTheirMessages($first: Int!) {
    customers(first: $first) {
      nodes {
        id
        name
        members {
          id
        }
        messages(first: 2) {
          totalCount
          nodes {
            id
            subject
          }
        }
      }
    }
  }
`);

const CUSTOMER_CREATE = graphql(`
  mutation StatementsCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
      }
    }
  }
`);

const CUSTOMERS_KNOWN_EVERYWHERE = graphql(`
  query StatementsCustomersKnownEverywhere($first: Int!) {
    customers(first: $first) {
      nodes {
        balance {
          currency
        }
        messages(first: 1) {
          totalCount
        }
      }
    }
  }
`);

/** Runs a page query under a request id of its own and answers the statements each subgraph ran for it. */
async function statementsFor(
  token: string,
  document: TypedDocumentNode<Record<string, { nodes: unknown[] }>, { first: number }>,
  first: number,
): Promise<Record<string, number>> {
  const requestId = `statements-${randomUUID()}`;
  const response = await operation(token, document, { variables: { first }, headers: { 'x-request-id': requestId } });
  expect(response.errors).toBeUndefined();
  expect(Object.values(response.data ?? {})[0]?.nodes).toHaveLength(first);
  // Each service logs as it goes; wait until the counts stop moving.
  let previous = '';
  return eventually(async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const counts = statementsBy(requestId);
    const now = JSON.stringify(counts);
    const settled = now === previous;
    previous = now;
    return settled ? counts : null;
  }, `the statements of request ${requestId}`);
}

describe('SQL statements per page', () => {
  let tenant: TenantSeed;

  beforeAll(async () => {
    tenant = await seed.partner({ resellers: 2 });
    const provisioner = new PartnerProvisioner(await database('accounts'));
    for (let i = 0; i < PAGE; i++) {
      await provisioner.addOperator({
        partnerId: tenant.partnerId,
        email: `staff-${i}-${randomUUID().slice(0, 6)}@partner.test`,
        name: `Staff ${i}`,
        password: `pw-${randomUUID()}`,
        role: 'SUPPORT',
        resellerId: tenant.resellers[i % 2]!.id,
      });
    }
    const customerIds: string[] = [];
    for (let i = 0; i < PAGE; i++) {
      const created = await query(tenant.owner.token, CUSTOMER_CREATE, {
        input: { name: `Customer ${i}`, country: 'GB', currency: 'GBP' },
      });
      customerIds.push(created.customerCreate.customer!.id);
    }
    // Billing and messaging open their side of each customer from its event, one event per
    // queue poll (half a second): 50 take about 25 s.
    await eventually(
      async () => {
        const page = await query(tenant.owner.token, CUSTOMERS_KNOWN_EVERYWHERE, { first: PAGE });
        return page.customers.nodes.every((customer) => customer.balance && customer.messages) ? true : null;
      },
      'billing and messaging to know every customer',
      60_000,
    );
    await (
      await database('messaging')
    ).query(
      `INSERT INTO messaging.messages (partner_id, id, customer_id, channel, recipient, body, status)
       SELECT $1, gen_random_uuid(), customer_id, 'EMAIL', 'someone@customer.test', 'Your invoice is ready', 'SENT'
         FROM unnest($2::uuid[]) AS customer_id, generate_series(1, 3)`,
      [tenant.partnerId, customerIds],
    );
  }, 120_000);

  it('should run as many statements for 50 operators with partner and reseller as for 2', async () => {
    const small = await statementsFor(tenant.owner.token, OPERATORS_WITH_THEIR_RESELLER, SMALL_PAGE);
    const full = await statementsFor(tenant.owner.token, OPERATORS_WITH_THEIR_RESELLER, PAGE);

    expect(small.accounts).toBeGreaterThan(0);
    expect(full).toEqual(small);
  });

  it('should run as many statements for 50 customers with their messages as for 2', async () => {
    const small = await statementsFor(tenant.owner.token, CUSTOMERS_WITH_THEIR_MESSAGES, SMALL_PAGE);
    const full = await statementsFor(tenant.owner.token, CUSTOMERS_WITH_THEIR_MESSAGES, PAGE);

    expect(small.messaging).toBeGreaterThan(0);
    expect(full).toEqual(small);
  });
});
