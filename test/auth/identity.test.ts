import { createHash, randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import {
  authRequest,
  cookieFrom,
  eventually,
  exchangeApiKey,
  execute,
  query,
  signIn,
  signInResponse,
} from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const INVITE = graphql(`
  mutation IdentityOperatorInvite($input: OperatorInviteInput!) {
    operatorInvite(input: $input) {
      operator {
        id
        status
      }
      invitation {
        url
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const VIEWER_ID = graphql(`
  query IdentityViewerId {
    viewer {
      id
    }
  }
`);

const OPERATOR_DEACTIVATE_ERRORS = graphql(`
  mutation IdentityOperatorDeactivateErrors($id: ID!) {
    operatorDeactivate(input: { id: $id }) {
      userErrors {
        code
      }
    }
  }
`);

const OPERATOR_DEACTIVATE = graphql(`
  mutation IdentityOperatorDeactivate($id: ID!) {
    operatorDeactivate(input: { id: $id }) {
      operator {
        status
      }
    }
  }
`);

const OPERATOR_MAKE_READ_ONLY = graphql(`
  mutation IdentityOperatorMakeReadOnly($id: ID!) {
    operatorUpdate(input: { id: $id, role: READ_ONLY }) {
      operator {
        role
      }
    }
  }
`);

const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

describe('operators', () => {
  it('should let an invited operator set a password once from the link, then sign in', async () => {
    const tenant = await seed.partner();
    const email = `new-${randomUUID().slice(0, 8)}@partner.test`;
    const invited = await query(tenant.owner.token, INVITE, {
      input: { email, name: 'New Person', role: 'SUPPORT' },
    });
    const url = invited.operatorInvite.invitation!.url;
    const password = 'a long enough password';

    expect(invited.operatorInvite.operator?.status).toBe('INVITED');
    expect((await signInResponse(email, password)).status).toBe(401);
    expect((await authRequest('/auth/invitation/accept', { token: tokenOf(url), password: 'short' })).status).toBe(400);
    expect(await authRequest('/auth/invitation/accept', { token: tokenOf(url), password })).toMatchObject({
      status: 200,
      body: { kind: 'operator', email },
    });
    expect((await authRequest('/auth/invitation/accept', { token: tokenOf(url), password })).status).toBe(410);
    expect(await signIn(email, password)).toEqual(expect.any(String));
  });

  it('should answer 410 to an invitation link past its expiry, and let nobody in with it', async () => {
    const tenant = await seed.partner();
    const email = `late-${randomUUID().slice(0, 8)}@partner.test`;
    const invited = await query(tenant.owner.token, INVITE, {
      input: { email, name: 'Late Person', role: 'SUPPORT' },
    });
    const password = 'a long enough password';
    // An UPDATE … RETURNING answers with its rows and how many it changed.
    const [, expired] = await (
      await database('accounts')
    ).query<[unknown[], number]>(
      `UPDATE accounts.invitations SET expires_at = now() - interval '1 minute'
        WHERE partner_id = $1 AND subject_id = $2 RETURNING 1`,
      [tenant.partnerId, invited.operatorInvite.operator!.id],
    );

    const accepted = await authRequest('/auth/invitation/accept', {
      token: tokenOf(invited.operatorInvite.invitation!.url),
      password,
    });

    expect(expired).toBe(1);
    expect(accepted.status).toBe(410);
    expect((await signInResponse(email, password)).status).toBe(401);
  });

  it('should deactivate an operator who has not accepted the invitation yet', async () => {
    const tenant = await seed.partner();
    const invited = await query(tenant.owner.token, INVITE, {
      input: { email: `never-${randomUUID().slice(0, 8)}@partner.test`, name: 'Never Came', role: 'SUPPORT' },
    });

    const result = await execute(tenant.owner.token, OPERATOR_DEACTIVATE, { id: invited.operatorInvite.operator!.id });

    expect(result.errors).toBeUndefined();
    expect(result.data?.operatorDeactivate.operator?.status).toBe('DEACTIVATED');
  });

  it('should keep the OWNER role for owners to grant, and an operator from changing themselves', async () => {
    const tenant = await seed.partner();
    const admin = await tenant.operator('ADMIN');
    const adminId = (await query(admin.token, VIEWER_ID)).viewer.id;

    const ownerByAdmin = await query(admin.token, INVITE, {
      input: { email: `x-${randomUUID().slice(0, 8)}@partner.test`, name: 'X', role: 'OWNER' },
    });
    const self = await query(admin.token, OPERATOR_DEACTIVATE_ERRORS, { id: adminId });

    expect(ownerByAdmin.operatorInvite.userErrors).toEqual([{ field: ['input', 'role'], code: 'NOT_ALLOWED' }]);
    expect(self.operatorDeactivate.userErrors).toEqual([{ code: 'NOT_ALLOWED' }]);
  });

  it('should end a deactivated operator’s sessions and refuse their sign-in', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const supportId = (await query(support.token, VIEWER_ID)).viewer.id;

    const result = await query(tenant.owner.token, OPERATOR_DEACTIVATE, { id: supportId });

    expect(result.operatorDeactivate.operator?.status).toBe('DEACTIVATED');
    expect((await execute(support.token, VIEWER_ID)).status).toBe(401);
    expect((await signInResponse(support.email, support.password)).status).toBe(401);
  });

  it('should apply a role change at once by ending the operator’s sessions', async () => {
    const tenant = await seed.partner();
    const admin = await tenant.operator('ADMIN');
    const adminId = (await query(admin.token, VIEWER_ID)).viewer.id;

    await query(tenant.owner.token, OPERATOR_MAKE_READ_ONLY, { id: adminId });

    expect((await execute(admin.token, VIEWER_ID)).status).toBe(401);
    const again = await signIn(admin.email, admin.password);
    const invite = await execute(again, INVITE, { input: { email: 'y@partner.test', name: 'Y', role: 'SUPPORT' } });
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sign-in throttling', () => {
  it('should block an account after repeated failures, even for the right password, with a retry hint', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) statuses.push((await signInResponse(support.email, 'wrong')).status);
    const blocked = await authRequest('/auth/sign-in', { email: support.email, password: support.password });

    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({
      error: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) as unknown },
    });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is not blocked by this one's failures.
    expect((await signInResponse(tenant.owner.email, tenant.owner.password)).status).toBe(200);
  });
});

const KEY_CUSTOMER_READ = graphql(`
  query IdentityKeyCustomerRead($id: ID!) {
    customer(id: $id) {
      id
      balance {
        amount
      }
    }
  }
`);

const KEY_CUSTOMER_CREATE = graphql(`
  mutation IdentityKeyCustomerCreate {
    customerCreate(input: { name: "x", country: "GB", currency: "GBP" }) {
      customer {
        id
      }
    }
  }
`);

const API_KEYS = graphql(`
  query IdentityApiKeys {
    apiKeys {
      nodes {
        id
        prefix
        lastUsedAt
      }
    }
  }
`);

const API_KEY_REVOKE = graphql(`
  mutation IdentityApiKeyRevoke($id: ID!) {
    apiKeyRevoke(input: { id: $id }) {
      apiKey {
        revokedAt
      }
    }
  }
`);

const CUSTOMER_COUNT = graphql(`
  query IdentityCustomerCount {
    customers {
      totalCount
    }
  }
`);

describe('API keys', () => {
  it('should hold a key to its scopes on every field and mutation', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const key = await tenant.apiKey(['CUSTOMERS_READ']);

    const read = await execute(key.token, KEY_CUSTOMER_READ, { id: customer.id });
    const write = await execute(key.token, KEY_CUSTOMER_CREATE);

    expect(read.data?.customer?.id).toBe(customer.id);
    expect(read.data?.customer?.balance).toBeNull();
    // Billing refuses the key before looking the customer up, so the error sits on the entity fetch.
    expect(read.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([['customer', 'FORBIDDEN']]);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should be shown once, stored only as a digest, and stop working when revoked', async () => {
    const tenant = await seed.partner();
    const key = await tenant.apiKey(['CUSTOMERS_READ']);
    const accounts = await database('accounts');
    const [stored] = await accounts.query<{ prefix: string; secret_hash: Buffer; row: string }[]>(
      `SELECT prefix, secret_hash, row_to_json(k)::text AS row FROM accounts.api_keys k WHERE id = $1`,
      [key.id],
    );
    const listed = await query(tenant.owner.token, API_KEYS);
    const secretPart = key.secret.slice(stored!.prefix.length + 1);

    expect(key.secret.startsWith(`${stored!.prefix}_`)).toBe(true);
    expect(stored!.secret_hash.toString('hex')).toBe(createHash('sha256').update(key.secret).digest('hex'));
    // Nowhere in the row, in any encoding PostgreSQL would show it in.
    expect(stored!.row).not.toContain(secretPart);
    expect(stored!.row).not.toContain(Buffer.from(key.secret).toString('hex'));
    expect(listed.apiKeys.nodes).toEqual([
      { id: key.id, prefix: stored!.prefix, lastUsedAt: expect.any(String) as unknown },
    ]);

    await query(tenant.owner.token, API_KEY_REVOKE, { id: key.id });

    await expect(exchangeApiKey(key.secret)).rejects.toThrow(/401/);
    await eventually(
      async () => ((await execute(key.token, CUSTOMER_COUNT)).status === 401 ? true : null),
      'the revoked key’s token to be refused',
      10_000,
    );
  });

  it('should note when a key was last used, at a later use too', async () => {
    const tenant = await seed.partner();
    const key = await tenant.apiKey(['CUSTOMERS_READ']);
    const accounts = await database('accounts');
    // Use is noted at most once a minute, so move the last use back past that minute.
    const [[moved]] = await accounts.query<[{ earlier: Date }[], number]>(
      `UPDATE accounts.api_keys SET last_used_at = now() - interval '2 hours' WHERE id = $1
       RETURNING last_used_at AS earlier`,
      [key.id],
    );
    const before = (await query(tenant.owner.token, API_KEYS)).apiKeys.nodes[0]!.lastUsedAt as string;
    const [usedFrom] = await accounts.query<{ now: Date }[]>(`SELECT now()`);

    await query(key.token, CUSTOMER_COUNT);
    const after = (await query(tenant.owner.token, API_KEYS)).apiKeys.nodes[0]!.lastUsedAt as string;

    expect(new Date(before).getTime()).toBe(moved!.earlier.getTime());
    expect(new Date(after).getTime()).toBeGreaterThanOrEqual(usedFrom!.now.getTime() - 1);
  });
});

const CUSTOMER = graphql(`
  query IdentityCustomer($id: ID!) {
    customer(id: $id) {
      id
    }
  }
`);

const PARTNER_CREATE = graphql(`
  mutation IdentityPartnerCreate($input: PartnerCreateInput!) {
    partnerCreate(input: $input) {
      partner {
        id
      }
      ownerInvitation {
        url
      }
      userErrors {
        code
      }
    }
  }
`);

describe('platform staff', () => {
  it('should read across partners, and only a platform admin may create a partner, audited', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const viewer = await seed.platformStaff('PLATFORM_VIEWER');
    const admin = await seed.platformStaff('PLATFORM_ADMIN');
    const input = {
      name: 'New Partner',
      ownerEmail: `owner-${randomUUID().slice(0, 8)}@new.test`,
      ownerName: 'New Owner',
    };

    const seen = await query(viewer.token, CUSTOMER, { id: customer.id });
    const refused = await execute(viewer.token, PARTNER_CREATE, { input });
    const created = await query(admin.token, PARTNER_CREATE, { input });
    const [entry] = await (
      await database('accounts')
    ).query<{ action: string; actor_kind: string }[]>(
      `SELECT action, actor_kind FROM accounts.audit_log WHERE partner_id = $1`,
      [created.partnerCreate.partner!.id],
    );

    expect(seen.customer?.id).toBe(customer.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(created.partnerCreate.ownerInvitation!.url).toContain('/invitation#token=');
    expect(entry).toEqual({ action: 'partner.created', actor_kind: 'platform' });
  });
});

const MEMBER_INVITATION_CREATE = graphql(`
  mutation IdentityMemberInvitationCreate($id: ID!) {
    memberInvitationCreate(input: { memberId: $id }) {
      invitation {
        url
      }
      userErrors {
        code
      }
    }
  }
`);

const PORTAL_VIEWER = graphql(`
  query IdentityPortalViewer {
    portalViewer {
      customer {
        id
      }
      member {
        id
      }
      impersonator {
        id
      }
    }
  }
`);

describe('customer portal members', () => {
  it('should let a member with portal access sign in with a password from their invitation, until the account is suspended', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await tenant.member(customer.id, { portalAccess: true });
    const contact = await tenant.member(customer.id, { portalAccess: false });

    const refused = await query(tenant.owner.token, MEMBER_INVITATION_CREATE, { id: contact.id });
    const invited = await query(tenant.owner.token, MEMBER_INVITATION_CREATE, { id: member.id });
    const password = 'member portal password';
    await authRequest('/auth/invitation/accept', {
      token: tokenOf(invited.memberInvitationCreate.invitation!.url),
      password,
    });
    const signedIn = await authRequest('/auth/portal/sign-in', { email: member.email, password });
    const portal = await query(signedIn.body!.accessToken as string, PORTAL_VIEWER);

    expect(refused.memberInvitationCreate.userErrors).toEqual([{ code: 'NOT_ALLOWED' }]);
    expect(signedIn.status).toBe(200);
    expect(portal.portalViewer).toEqual({
      customer: { id: customer.id },
      member: { id: member.id },
      impersonator: null,
    });

    await tenant.customerStatus(customer.id, 'SUSPENDED');
    const suspended = await authRequest('/auth/portal/sign-in', { email: member.email, password });
    const refresh = await authRequest(
      '/auth/portal/refresh',
      {},
      { cookie: cookieFrom(signedIn.setCookie, 'clientele_portal_session')! },
    );

    expect(suspended).toMatchObject({ status: 403, body: { error: { code: 'ACCOUNT_UNAVAILABLE' } } });
    expect(refresh.status).toBe(403);
  });
});
