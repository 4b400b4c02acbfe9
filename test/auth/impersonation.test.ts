import { decodeJwt } from 'jose';
import { graphql } from '../gql';
import { authRequest, eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const IMPERSONATE = graphql(`
  mutation ImpersonationStart($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
        expiresAt
        customer {
          id
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

const PORTAL_SESSION = graphql(`
  query ImpersonationPortalSession {
    portalViewer {
      customer {
        id
        name
      }
      member {
        id
      }
      impersonator {
        email
      }
    }
    customers {
      totalCount
    }
  }
`);

const CUSTOMER = graphql(`
  query ImpersonationCustomer($id: ID!) {
    customer(id: $id) {
      id
    }
  }
`);

const PORTAL_ACCOUNT_UPDATE = graphql(`
  mutation ImpersonationPortalAccountUpdate {
    portalAccountUpdate(input: { phone: "+447700900123", timezone: "Europe/London" }) {
      userErrors {
        code
      }
    }
  }
`);

const PORTAL_EXPIRES_AT = graphql(`
  query ImpersonationPortalExpiresAt {
    portalViewer {
      expiresAt
    }
  }
`);

const VIEWER_ID = graphql(`
  query ImpersonationViewerId {
    viewer {
      id
    }
  }
`);

const PORTAL_PASSWORD_CHANGE = graphql(`
  mutation ImpersonationPortalPasswordChange {
    portalPasswordChange(input: { currentPassword: "x", newPassword: "a new long password" }) {
      changed
    }
  }
`);

const API_KEY_CREATE = graphql(`
  mutation ImpersonationApiKeyCreate {
    apiKeyCreate(input: { name: "k", scopes: [CUSTOMERS_READ] }) {
      secret
    }
  }
`);

async function auditActions(partnerId: string, customerId: string): Promise<string[]> {
  const rows = await (
    await database('accounts')
  ).query<{ action: string }[]>(
    `SELECT action FROM accounts.audit_log WHERE partner_id = $1 AND target_id = $2 ORDER BY occurred_at, action`,
    [partnerId, customerId],
  );
  return rows.map((row) => row.action);
}

describe('logging in as a customer', () => {
  it('should refuse without the operator’s own password and start nothing', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const customer = await tenant.customer();

    const wrong = await query(support.token, IMPERSONATE, {
      input: { customerId: customer.id, password: 'not my password' },
    });
    const someoneElses = await query(support.token, IMPERSONATE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });

    for (const attempt of [wrong, someoneElses]) {
      expect(attempt.customerImpersonate.session).toBeNull();
      expect(attempt.customerImpersonate.userErrors).toEqual([
        { field: ['input', 'password'], code: 'INVALID', message: 'That is not your password.' },
      ]);
    }
    expect(await auditActions(tenant.partnerId, customer.id)).not.toContain('impersonation.started');
  });

  it('should refuse operators whose role does not allow it', async () => {
    const tenant = await seed.partner();
    const readOnly = await tenant.operator('READ_ONLY');
    const customer = await tenant.customer();

    const result = await execute(readOnly.token, IMPERSONATE, {
      input: { customerId: customer.id, password: readOnly.password },
    });

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should give a 30-minute portal session naming operator and customer, limited to that customer, audited at start, on each mutation and at the end', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const customer = await tenant.customer({ name: 'Impersonated Ltd' });
    const other = await tenant.customer({ name: 'Someone else' });

    const started = await query(support.token, IMPERSONATE, {
      input: { customerId: customer.id, password: support.password },
    });
    const session = started.customerImpersonate.session!;
    const claims = decodeJwt(session.accessToken);

    expect(started.customerImpersonate.userErrors).toEqual([]);
    expect(claims).toMatchObject({
      typ: 'portal',
      cid: customer.id,
      act: { sub: expect.any(String) as unknown, typ: 'operator' },
    });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(30 * 60);
    expect(new Date(session.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + 30 * 60 * 1000 + 1000);

    const viewer = await query(session.accessToken, PORTAL_SESSION);
    expect(viewer.portalViewer).toEqual({
      customer: { id: customer.id, name: 'Impersonated Ltd' },
      member: null,
      impersonator: { email: support.email },
    });
    expect(viewer.customers.totalCount).toBe(1);
    const elsewhere = await query(session.accessToken, CUSTOMER, { id: other.id });
    expect(elsewhere.customer).toBeNull();

    const updated = await query(session.accessToken, PORTAL_ACCOUNT_UPDATE);
    expect(updated.portalAccountUpdate.userErrors).toEqual([]);

    const ended = await authRequest('/auth/sign-out', {}, { token: session.accessToken });
    expect(ended.status).toBe(204);
    const afterEnd = await execute(session.accessToken, PORTAL_EXPIRES_AT);
    expect(afterEnd.status).toBe(401);
    expect(afterEnd.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect(await auditActions(tenant.partnerId, customer.id)).toEqual(
      expect.arrayContaining([
        'impersonation.started',
        'impersonation.mutation',
        'customer.contact-updated',
        'impersonation.ended',
      ]),
    );
    // The operator's own session is untouched by ending the customer's.
    expect((await execute(support.token, VIEWER_ID)).data).toBeTruthy();
  });

  it('should refuse security-sensitive actions and renewal while impersonating', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const started = await query(tenant.owner.token, IMPERSONATE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    const token = started.customerImpersonate.session!.accessToken;

    const passwordChange = await execute(token, PORTAL_PASSWORD_CHANGE);
    const apiKey = await execute(token, API_KEY_CREATE);
    const chained = await execute(token, IMPERSONATE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    const renewal = await authRequest('/auth/portal/refresh', {}, { token });

    expect(passwordChange.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(passwordChange.errors?.[0]?.message).toMatch(/logged in as this customer/);
    expect(apiKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(chained.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(renewal.status).toBe(401);
    expect(renewal.setCookie.filter((cookie) => !cookie.includes('Max-Age=0'))).toEqual([]);
  });

  it('should stop working when its time is up, and record the end in the audit log', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const started = await query(tenant.owner.token, IMPERSONATE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    const token = started.customerImpersonate.session!.accessToken;
    const sessionId = decodeJwt(token).sid as string;

    // Move the session's end into the past rather than wait 30 minutes.
    await (
      await database('accounts')
    ).query(`UPDATE accounts.sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [sessionId]);

    const expired = await execute(token, PORTAL_EXPIRES_AT);
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await eventually(
      async () => ((await auditActions(tenant.partnerId, customer.id)).includes('impersonation.ended') ? true : null),
      'the expired session to be recorded as ended',
      30_000,
    );
  });
});
