import { OPERATOR_PERMISSIONS } from '@clientele/subgraph-kit/contracts';
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { execute, query } from '../support/api';
import { seed } from '../support/seed';

const BILLING_VIEWER = graphql(`
  query BillingRoleViewer {
    viewer {
      role
      permissions
    }
  }
`);

const BILLING_READS = graphql(`
  query BillingRoleReads($id: ID!) {
    customers(first: 5) {
      totalCount
    }
    customer(id: $id) {
      id
      balance {
        minorUnits
      }
      messages(first: 1) {
        totalCount
      }
    }
    operators(first: 5) {
      totalCount
    }
  }
`);

const BILLING_API_KEYS = graphql(`
  query BillingRoleApiKeys {
    apiKeys {
      totalCount
    }
  }
`);

const BILLING_AUDIT_LOG = graphql(`
  query BillingRoleAuditLog {
    auditLog {
      totalCount
    }
  }
`);

const BILLING_CUSTOMER_CREATE = graphql(`
  mutation BillingRoleCustomerCreate {
    customerCreate(input: { name: "Not for billing", country: "GB", currency: "GBP" }) {
      customer {
        id
      }
    }
  }
`);

const BILLING_IMPERSONATE = graphql(`
  mutation BillingRoleImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
      }
    }
  }
`);

const BILLING_OPERATOR_INVITE = graphql(`
  mutation BillingRoleOperatorInvite($input: OperatorInviteInput!) {
    operatorInvite(input: $input) {
      operator {
        id
      }
    }
  }
`);

const BILLING_API_KEY_CREATE = graphql(`
  mutation BillingRoleApiKeyCreate {
    apiKeyCreate(input: { name: "Not for billing", scopes: [BILLING_READ] }) {
      secret
    }
  }
`);

describe('the BILLING role', () => {
  it('should hold exactly the permissions of the role table', async () => {
    const tenant = await seed.partner();
    const billing = await tenant.operator('BILLING');

    const viewer = await query(billing.token, BILLING_VIEWER);

    expect(viewer.viewer.role).toBe('BILLING');
    expect([...viewer.viewer.permissions].sort()).toEqual([...OPERATOR_PERMISSIONS.BILLING].sort());
  });

  it('should read customers, their balances and messages, and the staff', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    await tenant.ledgerEntry(customer.id, 1_250);
    const billing = await tenant.operator('BILLING');

    const reads = await query(billing.token, BILLING_READS, { id: customer.id });

    expect(reads).toEqual({
      customers: { totalCount: 1 },
      customer: { id: customer.id, balance: { minorUnits: 1_250 }, messages: { totalCount: 0 } },
      operators: { totalCount: 2 },
    });
  });

  it('should be refused customer changes, logging in as a customer, staff, API keys and the audit log', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const billing = await tenant.operator('BILLING');

    const refused = await Promise.all([
      execute(billing.token, BILLING_CUSTOMER_CREATE),
      execute(billing.token, BILLING_IMPERSONATE, { input: { customerId: customer.id, password: billing.password } }),
      execute(billing.token, BILLING_OPERATOR_INVITE, {
        input: { email: `x-${randomUUID().slice(0, 8)}@partner.test`, name: 'X', role: 'READ_ONLY' },
      }),
      execute(billing.token, BILLING_API_KEY_CREATE),
      execute(billing.token, BILLING_API_KEYS),
      execute(billing.token, BILLING_AUDIT_LOG),
    ]);

    expect(refused.map((result) => result.errors?.map((error) => error.extensions?.code))).toEqual(
      refused.map(() => ['FORBIDDEN']),
    );
    expect(refused.map((result) => result.data ?? null)).toEqual(refused.map(() => null));
  });
});
