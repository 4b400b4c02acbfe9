import { createHash, randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { authRequest, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { seed } from '../support/seed';

/**
 * Bursts of simultaneous guesses: the throttle counts each attempt before its password is checked,
 * so however many arrive at once, at most five are checked per account in a window. What the
 * throttle recorded is read back from its table: a count of checks, not a measure of time.
 */

/** A client address of its own for each test (the gateway trusts X-Forwarded-For from loopback only). */
function clientAddress(): string {
  const bytes = randomUUID().replace(/-/g, '');
  return `2001:db8:${bytes.slice(0, 4)}:${bytes.slice(4, 8)}::1`;
}

async function post(path: string, body: unknown, from: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${testStack().gatewayUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** The attempts the throttle counted for a key in its current window, and whether it is blocked. */
async function recorded(key: string): Promise<{ attempts: number; blocked: boolean }> {
  const [row] = await (
    await database('accounts')
  ).query<{ failures: number; blocked: boolean }[]>(
    `SELECT failures, coalesce(blocked_until > now(), false) AS blocked FROM accounts.sign_in_failures WHERE key = $1`,
    [key],
  );
  return { attempts: row?.failures ?? 0, blocked: row?.blocked ?? false };
}

const TOO_MANY = { status: 429, body: { error: { code: 'TOO_MANY_ATTEMPTS' } } };

describe('sign-in throttle under a burst', () => {
  it('should check at most 5 of 20 simultaneous wrong passwords for one account, then refuse the right one while blocked', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const from = clientAddress();

    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post('/auth/sign-in', { email: support.email, password: `guess ${i}` }, from),
      ),
    );
    const right = await post('/auth/sign-in', { email: support.email, password: support.password }, from);

    expect(burst.filter(({ status }) => status !== 401 && status !== 429)).toEqual([]);
    expect(await recorded(`account:${support.email}`)).toEqual({ attempts: 5, blocked: true });
    // The refused attempts were never checked, so they count against the address no more than checks do.
    expect((await recorded(`address:${from}`)).attempts).toBe(5);
    expect(right).toMatchObject(TOO_MANY);
  });

  it('should let the right password through after fewer than 5 failures, and give the address its attempt back', async () => {
    const tenant = await seed.partner();
    const support = await tenant.operator('SUPPORT');
    const from = clientAddress();

    await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        post('/auth/sign-in', { email: support.email, password: `guess ${i}` }, from),
      ),
    );
    const right = await post('/auth/sign-in', { email: support.email, password: support.password }, from);

    expect(right.status).toBe(200);
    expect(await recorded(`account:${support.email}`)).toEqual({ attempts: 0, blocked: false });
    expect(await recorded(`address:${from}`)).toEqual({ attempts: 3, blocked: false });
  });
});

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

describe('invitation acceptance throttle', () => {
  it('should refuse an address that presents 40 unknown links at once after 20, and still take a real link from elsewhere', async () => {
    const tenant = await seed.partner();
    const invited = await query(tenant.owner.token, OPERATOR_INVITE, {
      input: { email: `inv-${randomUUID().slice(0, 8)}@partner.test`, name: 'Invited', role: 'SUPPORT' },
    });
    const token = new URL(invited.operatorInvite.invitation!.url).hash.replace('#token=', '');
    const prober = clientAddress();
    const password = 'a long enough password';

    const burst = await Promise.all(
      Array.from({ length: 40 }, () => post('/auth/invitation/accept', { token: randomUUID(), password }, prober)),
    );
    const realFromProber = await post('/auth/invitation/accept', { token, password }, prober);
    const realFromInvitee = await post('/auth/invitation/accept', { token, password }, clientAddress());

    expect(burst.filter(({ status }) => status !== 410 && status !== 429)).toEqual([]);
    expect(await recorded(`invitation-address:${prober}`)).toEqual({ attempts: 20, blocked: true });
    expect(realFromProber).toMatchObject(TOO_MANY);
    expect(realFromInvitee.status).toBe(200);
  });

  it('should refuse a link presented and refused 5 times, from any address', async () => {
    const token = randomUUID();
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      answers.push(
        (await post('/auth/invitation/accept', { token, password: 'a long enough password' }, clientAddress())).status,
      );
    }

    expect(answers).toEqual([410, 410, 410, 410, 429, 429]);
    expect(await recorded(`invitation:${digest(token)}`)).toEqual({ attempts: 5, blocked: true });
  });
});

const OPERATOR_INVITE = graphql(`
  mutation ThrottleOperatorInvite($input: OperatorInviteInput!) {
    operatorInvite(input: $input) {
      invitation {
        url
      }
    }
  }
`);

const MEMBER_INVITATION = graphql(`
  mutation ThrottleMemberInvitation($id: ID!) {
    memberInvitationCreate(input: { memberId: $id }) {
      invitation {
        url
      }
    }
  }
`);

const PASSWORD_CHANGE = graphql(`
  mutation ThrottlePasswordChange($input: PortalPasswordChangeInput!) {
    portalPasswordChange(input: $input) {
      changed
      userErrors {
        code
      }
    }
  }
`);

const IMPERSONATE = graphql(`
  mutation ThrottleImpersonate($input: CustomerImpersonateInput!) {
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

describe('password confirmations under a burst', () => {
  it('should check at most 5 of 12 simultaneous wrong current passwords in portalPasswordChange, then refuse the right one', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await tenant.member(customer.id, { portalAccess: true });
    const invited = await query(tenant.owner.token, MEMBER_INVITATION, { id: member.id });
    const password = 'member portal password';
    await authRequest('/auth/invitation/accept', {
      token: new URL(invited.memberInvitationCreate.invitation!.url).hash.replace('#token=', ''),
      password,
    });
    const portal = (await authRequest('/auth/portal/sign-in', { email: member.email, password })).body!
      .accessToken as string;

    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        query(portal, PASSWORD_CHANGE, {
          input: { currentPassword: `guess ${i}`, newPassword: 'a new long password' },
        }),
      ),
    );
    const right = await query(portal, PASSWORD_CHANGE, {
      input: { currentPassword: password, newPassword: 'a new long password' },
    });

    expect(burst.map((result) => result.portalPasswordChange.userErrors[0]?.code)).toContain('NOT_ALLOWED');
    expect(await recorded(`password-change:${member.id}`)).toEqual({ attempts: 5, blocked: true });
    expect(right.portalPasswordChange).toEqual({ changed: false, userErrors: [{ code: 'NOT_ALLOWED' }] });
  });

  it('should check at most 5 of 12 simultaneous wrong passwords to log in as a customer, then refuse the right one', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const support = await tenant.operator('SUPPORT');
    const operatorId = (await query(support.token, VIEWER_ID)).viewer.id;

    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        query(support.token, IMPERSONATE, { input: { customerId: customer.id, password: `guess ${i}` } }),
      ),
    );
    const right = await query(support.token, IMPERSONATE, {
      input: { customerId: customer.id, password: support.password },
    });

    expect(await recorded(`reauth:${operatorId}`)).toEqual({ attempts: 5, blocked: true });
    expect(right.customerImpersonate).toEqual({ session: null, userErrors: [{ code: 'NOT_ALLOWED' }] });
  });
});

const VIEWER_ID = graphql(`
  query ThrottleViewerId {
    viewer {
      id
    }
  }
`);
