import { randomUUID } from 'node:crypto';
import {
  MEMBER_INVITED,
  MEMBER_PASSWORD_RESET_REQUESTED,
  MEMBER_RECIPIENT_STATUS_CHANGED,
} from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { authRequest, eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';
import { auditEntriesFor, listenFor, tokenOf } from './support';

const MEMBER_CREATE = graphql(`
  mutation MembersMemberCreate($input: MemberCreateInput!) {
    memberCreate(input: $input) {
      member {
        id
        name
        email
        phone
        role
        portalAccess
        active
        recipientStatus
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MEMBER_UPDATE = graphql(`
  mutation MembersMemberUpdate($input: MemberUpdateInput!) {
    memberUpdate(input: $input) {
      member {
        id
        name
        email
        phone
        role
        portalAccess
        active
        recipientStatus
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MEMBER_DEACTIVATE = graphql(`
  mutation MembersMemberDeactivate($input: MemberDeactivateInput!) {
    memberDeactivate(input: $input) {
      member {
        id
        active
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MEMBER_REACTIVATE = graphql(`
  mutation MembersMemberReactivate($input: MemberReactivateInput!) {
    memberReactivate(input: $input) {
      member {
        id
        active
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const OWNERSHIP_TRANSFER = graphql(`
  mutation MembersOwnershipTransfer($input: CustomerOwnershipTransferInput!) {
    customerOwnershipTransfer(input: $input) {
      owner {
        id
        role
      }
      previousOwner {
        id
        role
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const INVITATION_CREATE = graphql(`
  mutation MembersInvitationCreate($input: MemberInvitationCreateInput!) {
    memberInvitationCreate(input: $input) {
      invitation {
        url
        expiresAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const PASSWORD_RESET_CREATE = graphql(`
  mutation MembersPasswordResetCreate($input: MemberPasswordResetCreateInput!) {
    memberPasswordResetCreate(input: $input) {
      link {
        url
        expiresAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CUSTOMER_MEMBERS = graphql(`
  query MembersOfCustomer($id: ID!) {
    customer(id: $id) {
      members {
        id
        name
        email
        phone
        role
        portalAccess
        active
        recipientStatus
      }
    }
  }
`);

const PORTAL_VIEWER = graphql(`
  query MembersPortalViewer {
    portalViewer {
      member {
        id
      }
    }
  }
`);

const email = () => `person-${randomUUID().slice(0, 8)}@customer.test`;

async function ownersOf(customerId: string): Promise<string[]> {
  const rows = await (
    await database('accounts')
  ).query<{ id: string }[]>(`SELECT id FROM accounts.members WHERE customer_id = $1 AND role = 'OWNER'`, [customerId]);
  return rows.map((row) => row.id);
}

describe('memberCreate', () => {
  it('should add a member with every field, default to a FREE contact, and audit the values it set', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const address = email();

    const full = await query(tenant.owner.token, MEMBER_CREATE, {
      input: {
        customerId: customer.id,
        name: '  Ada Lovelace ',
        email: address,
        phone: '+447700900123',
        role: 'ADMIN',
        portalAccess: true,
        recipientStatus: 'PAID',
      },
    });
    const contact = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Charles Babbage' },
    });

    expect(full.memberCreate.userErrors).toEqual([]);
    expect(full.memberCreate.member).toMatchObject({
      name: 'Ada Lovelace',
      email: address,
      phone: '+447700900123',
      role: 'ADMIN',
      portalAccess: true,
      active: true,
      recipientStatus: 'PAID',
    });
    expect(contact.memberCreate.member).toMatchObject({
      email: null,
      role: 'MEMBER',
      portalAccess: false,
      recipientStatus: 'FREE',
    });
    const [entry] = await auditEntriesFor(full.memberCreate.member!.id);
    expect(entry).toEqual({
      action: 'member.created',
      details: {
        customerId: customer.id,
        changes: {
          name: { from: null, to: 'Ada Lovelace' },
          email: { from: null, to: address },
          phone: { from: null, to: '+447700900123' },
          role: { from: null, to: 'ADMIN' },
          portalAccess: { from: null, to: true },
          recipientStatus: { from: null, to: 'PAID' },
          status: { from: null, to: 'ACTIVE' },
        },
      },
    });
  });

  it('should refuse each bad field with its own userError and add nothing', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();

    const result = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: ' ', email: 'not-an-email', phone: '07700 900123' },
    });
    const members = await query(tenant.owner.token, CUSTOMER_MEMBERS, { id: customer.id });

    expect(result.memberCreate.member).toBeNull();
    expect(result.memberCreate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.email', 'INVALID'],
      ['input.phone', 'INVALID'],
    ]);
    expect(members.customer!.members).toEqual([]);
  });

  it('should refuse an email address another member of the same customer has, in any case, but not one of another customer', async () => {
    const tenant = await seed.partner();
    const [customer, other] = await Promise.all([tenant.customer(), tenant.customer()]);
    const address = email();
    await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'First', email: address },
    });

    const again = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Second', email: address.toUpperCase() },
    });
    const elsewhere = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: other.id, name: 'Elsewhere', email: address },
    });

    expect(again.memberCreate).toEqual({
      member: null,
      userErrors: [{ field: ['input', 'email'], code: 'TAKEN', message: expect.stringMatching(/already/) as string }],
    });
    expect(elsewhere.memberCreate.userErrors).toEqual([]);
  });

  it('should refuse a second OWNER: ownership moves only by transfer', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const first = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Holder', role: 'OWNER' },
    });

    const second = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Usurper', role: 'OWNER' },
    });

    expect(first.memberCreate.member?.role).toBe('OWNER');
    expect(second.memberCreate.userErrors).toEqual([
      { field: ['input', 'role'], code: 'NOT_ALLOWED', message: expect.stringMatching(/transfer/) as string },
    ]);
    expect(await ownersOf(customer.id)).toEqual([first.memberCreate.member!.id]);
  });

  it('should answer a customer the caller cannot see as not found', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const foreign = await other.customer();

    const result = await query(tenant.owner.token, MEMBER_CREATE, { input: { customerId: foreign.id, name: 'Spy' } });

    expect(result.memberCreate.userErrors).toEqual([
      { field: ['input', 'customerId'], code: 'NOT_FOUND', message: 'That customer was not found.' },
    ]);
    expect((await query(other.owner.token, CUSTOMER_MEMBERS, { id: foreign.id })).customer!.members).toEqual([]);
  });
});

describe('memberUpdate', () => {
  it('should change only the fields given, remove a value set to null, and audit before and after', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const address = email();
    const created = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Grace Hopper', email: address, phone: '+15551234567' },
    });
    const id = created.memberCreate.member!.id;

    const updated = await query(tenant.owner.token, MEMBER_UPDATE, {
      input: { id, name: 'Grace B. Hopper', phone: null, role: 'ADMIN' },
    });

    expect(updated.memberUpdate.userErrors).toEqual([]);
    expect(updated.memberUpdate.member).toMatchObject({
      name: 'Grace B. Hopper',
      email: address,
      phone: null,
      role: 'ADMIN',
      portalAccess: false,
    });
    const entries = await auditEntriesFor(id);
    expect(entries.map((entry) => entry.action)).toEqual(['member.created', 'member.updated']);
    expect(entries[1]!.details).toEqual({
      customerId: customer.id,
      changes: {
        name: { from: 'Grace Hopper', to: 'Grace B. Hopper' },
        phone: { from: '+15551234567', to: null },
        role: { from: 'MEMBER', to: 'ADMIN' },
      },
    });
  });

  it('should record nothing and publish nothing for an update that changes nothing', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const created = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Same', email: email(), recipientStatus: 'PAID' },
    });
    const member = created.memberCreate.member!;
    const listener = await listenFor(MEMBER_RECIPIENT_STATUS_CHANGED);

    try {
      const result = await query(tenant.owner.token, MEMBER_UPDATE, {
        input: { id: member.id, name: 'Same', email: member.email, recipientStatus: 'PAID' },
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));

      expect(result.memberUpdate).toEqual({ member, userErrors: [] });
      expect((await auditEntriesFor(member.id)).map((entry) => entry.action)).toEqual(['member.created']);
      expect(listener.received.filter((event) => event.data.memberId === member.id)).toEqual([]);
    } finally {
      await listener.stop();
    }
  });

  it('should publish member.recipient-status-changed for each change of recipient status, deactivation included', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const listener = await listenFor(MEMBER_RECIPIENT_STATUS_CHANGED);

    try {
      const created = await query(tenant.owner.token, MEMBER_CREATE, {
        input: { customerId: customer.id, name: 'Recipient' },
      });
      const id = created.memberCreate.member!.id;
      await query(tenant.owner.token, MEMBER_UPDATE, { input: { id, recipientStatus: 'PAID' } });
      await query(tenant.owner.token, MEMBER_UPDATE, { input: { id, recipientStatus: 'INACTIVE' } });
      await query(tenant.owner.token, MEMBER_UPDATE, { input: { id, recipientStatus: 'PAID' } });
      // Someone deactivated is no longer paid for.
      const deactivated = await query(tenant.owner.token, MEMBER_DEACTIVATE, { input: { id } });

      const events = await eventually(() => {
        const mine = listener.received.filter((event) => event.data.memberId === id);
        return Promise.resolve(mine.length >= 4 ? mine : null);
      }, 'four recipient status events');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(deactivated.memberDeactivate.userErrors).toEqual([]);
      expect(events.map((event) => event.data)).toEqual([
        { customerId: customer.id, memberId: id, previousStatus: 'FREE', status: 'PAID' },
        { customerId: customer.id, memberId: id, previousStatus: 'PAID', status: 'INACTIVE' },
        { customerId: customer.id, memberId: id, previousStatus: 'INACTIVE', status: 'PAID' },
        { customerId: customer.id, memberId: id, previousStatus: 'PAID', status: 'INACTIVE' },
      ]);
      expect(events.every((event) => event.partnerId === tenant.partnerId)).toBe(true);
    } finally {
      await listener.stop();
    }
  });

  it('should refuse bad fields one by one, and refuse moving the OWNER role outside a transfer', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const owner = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Owner', role: 'OWNER' },
    });
    const member = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Member' },
    });

    const invalid = await query(tenant.owner.token, MEMBER_UPDATE, {
      input: { id: member.memberCreate.member!.id, name: 'x'.repeat(101), email: 'nope', phone: '12' },
    });
    const promote = await query(tenant.owner.token, MEMBER_UPDATE, {
      input: { id: member.memberCreate.member!.id, role: 'OWNER' },
    });
    const demote = await query(tenant.owner.token, MEMBER_UPDATE, {
      input: { id: owner.memberCreate.member!.id, role: 'MEMBER' },
    });

    expect(invalid.memberUpdate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.name', 'TOO_LONG'],
      ['input.email', 'INVALID'],
      ['input.phone', 'INVALID'],
    ]);
    expect(promote.memberUpdate.userErrors).toEqual([
      { field: ['input', 'role'], code: 'NOT_ALLOWED', message: expect.stringMatching(/ownership transfer/) as string },
    ]);
    expect(demote.memberUpdate.userErrors).toEqual([
      { field: ['input', 'role'], code: 'NOT_ALLOWED', message: expect.stringMatching(/Transfer ownership/) as string },
    ]);
    expect(await ownersOf(customer.id)).toEqual([owner.memberCreate.member!.id]);
    expect((await auditEntriesFor(member.memberCreate.member!.id)).map((entry) => entry.action)).toEqual([
      'member.created',
    ]);
  });

  it('should answer a member of another partner as not found and change nothing', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const foreignCustomer = await other.customer();
    const foreign = await other.member(foreignCustomer.id);

    const result = await query(tenant.owner.token, MEMBER_UPDATE, { input: { id: foreign.id, name: 'Taken over' } });
    const deactivated = await query(tenant.owner.token, MEMBER_DEACTIVATE, { input: { id: foreign.id } });

    expect(result.memberUpdate.userErrors).toEqual([
      { field: ['input', 'id'], code: 'NOT_FOUND', message: 'That member was not found.' },
    ]);
    expect(deactivated.memberDeactivate.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const members = await query(other.owner.token, CUSTOMER_MEMBERS, { id: foreignCustomer.id });
    expect(members.customer!.members).toEqual([
      expect.objectContaining({ id: foreign.id, name: `Member ${foreign.email}`, active: true }),
    ]);
  });
});

describe('a member’s portal login', () => {
  async function withLogin(tenant: Awaited<ReturnType<typeof seed.partner>>, customerId: string, password: string) {
    const member = await tenant.member(customerId, { portalAccess: true });
    const invited = await query(tenant.owner.token, INVITATION_CREATE, { input: { memberId: member.id } });
    await authRequest('/auth/invitation/accept', {
      token: tokenOf(invited.memberInvitationCreate.invitation!.url),
      password,
    });
    return member;
  }

  it('should move the login to a new email address, and refuse one another portal login uses', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await withLogin(tenant, customer.id, 'login that moves');
    const other = await withLogin(tenant, (await tenant.customer()).id, 'someone else');
    const moved = email();

    const taken = await query(tenant.owner.token, MEMBER_UPDATE, { input: { id: member.id, email: other.email } });
    const cleared = await query(tenant.owner.token, MEMBER_UPDATE, { input: { id: member.id, email: null } });
    const changed = await query(tenant.owner.token, MEMBER_UPDATE, { input: { id: member.id, email: moved } });
    const withOld = await authRequest('/auth/portal/sign-in', { email: member.email, password: 'login that moves' });
    const withNew = await authRequest('/auth/portal/sign-in', { email: moved, password: 'login that moves' });

    expect(taken.memberUpdate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.email', 'TAKEN'],
    ]);
    expect(cleared.memberUpdate.userErrors.map(({ field, code }) => [field?.join('.'), code])).toEqual([
      ['input.email', 'REQUIRED'],
    ]);
    expect(changed.memberUpdate.member?.email).toBe(moved);
    expect(withOld.status).toBe(401);
    expect(withNew.status).toBe(200);
  });

  it('should end the sessions of a member whose portal access is withdrawn', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await withLogin(tenant, customer.id, 'access withdrawn');
    const signedIn = await authRequest('/auth/portal/sign-in', { email: member.email, password: 'access withdrawn' });

    const withdrawn = await query(tenant.owner.token, MEMBER_UPDATE, { input: { id: member.id, portalAccess: false } });
    const withOldToken = await execute(signedIn.body!.accessToken as string, PORTAL_VIEWER);
    const again = await authRequest('/auth/portal/sign-in', { email: member.email, password: 'access withdrawn' });

    expect(withdrawn.memberUpdate.member).toMatchObject({ portalAccess: false, active: true });
    expect(withOldToken.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(again.status).toBe(403);
  });
});

describe('memberDeactivate and memberReactivate', () => {
  it('should end a deactivated member’s portal sessions and sign-ins until reactivated, and audit both', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await tenant.member(customer.id, { portalAccess: true });
    const invited = await query(tenant.owner.token, INVITATION_CREATE, { input: { memberId: member.id } });
    const password = `portal-${randomUUID()}`;
    await authRequest('/auth/invitation/accept', {
      token: tokenOf(invited.memberInvitationCreate.invitation!.url),
      password,
    });
    const signedIn = await authRequest('/auth/portal/sign-in', { email: member.email, password });
    const portalToken = signedIn.body!.accessToken as string;
    expect((await query(portalToken, PORTAL_VIEWER)).portalViewer?.member?.id).toBe(member.id);

    const deactivated = await query(tenant.owner.token, MEMBER_DEACTIVATE, { input: { id: member.id } });
    const again = await query(tenant.owner.token, MEMBER_DEACTIVATE, { input: { id: member.id } });
    const withOldToken = await execute(portalToken, PORTAL_VIEWER);
    const signInWhileInactive = await authRequest('/auth/portal/sign-in', { email: member.email, password });

    expect(deactivated.memberDeactivate).toEqual({ member: { id: member.id, active: false }, userErrors: [] });
    expect(again.memberDeactivate).toEqual({ member: { id: member.id, active: false }, userErrors: [] });
    expect(withOldToken.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(signInWhileInactive.status).toBe(403);

    const reactivated = await query(tenant.owner.token, MEMBER_REACTIVATE, { input: { id: member.id } });
    const signInAgain = await authRequest('/auth/portal/sign-in', { email: member.email, password });

    expect(reactivated.memberReactivate).toEqual({ member: { id: member.id, active: true }, userErrors: [] });
    expect(signInAgain.status).toBe(200);
    const entries = await auditEntriesFor(member.id);
    expect(entries.filter((entry) => entry.action !== 'member.invited')).toEqual([
      {
        action: 'member.deactivated',
        details: {
          customerId: customer.id,
          changes: {
            status: { from: 'ACTIVE', to: 'INACTIVE' },
            recipientStatus: { from: 'FREE', to: 'INACTIVE' },
          },
        },
      },
      {
        action: 'member.reactivated',
        details: { customerId: customer.id, changes: { status: { from: 'INACTIVE', to: 'ACTIVE' } } },
      },
    ]);
  });

  it('should refuse to deactivate the owner', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const owner = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Owner', role: 'OWNER' },
    });

    const result = await query(tenant.owner.token, MEMBER_DEACTIVATE, { input: { id: owner.memberCreate.member!.id } });

    expect(result.memberDeactivate).toEqual({
      member: null,
      userErrors: [
        { field: ['input', 'id'], code: 'NOT_ALLOWED', message: expect.stringMatching(/Transfer ownership/) as string },
      ],
    });
  });
});

describe('customerOwnershipTransfer', () => {
  it('should make the member the owner and the former owner an ADMIN, audited on the customer', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const owner = await tenant.member(customer.id, { role: 'OWNER' });
    const next = await tenant.member(customer.id);

    const result = await query(tenant.owner.token, OWNERSHIP_TRANSFER, {
      input: { customerId: customer.id, memberId: next.id },
    });

    expect(result.customerOwnershipTransfer).toEqual({
      owner: { id: next.id, role: 'OWNER' },
      previousOwner: { id: owner.id, role: 'ADMIN' },
      userErrors: [],
    });
    expect(await ownersOf(customer.id)).toEqual([next.id]);
    expect(await auditEntriesFor(customer.id)).toContainEqual({
      action: 'customer.ownership-transferred',
      details: {
        customerId: customer.id,
        memberId: next.id,
        previousOwnerId: owner.id,
        changes: { owner: { from: owner.id, to: next.id } },
      },
    });
  });

  it('should refuse a deactivated member, a member of another customer, and change nothing', async () => {
    const tenant = await seed.partner();
    const [customer, other] = await Promise.all([tenant.customer(), tenant.customer()]);
    const owner = await tenant.member(customer.id, { role: 'OWNER' });
    const inactive = await tenant.member(customer.id);
    const outsider = await tenant.member(other.id);
    await query(tenant.owner.token, MEMBER_DEACTIVATE, { input: { id: inactive.id } });

    const toInactive = await query(tenant.owner.token, OWNERSHIP_TRANSFER, {
      input: { customerId: customer.id, memberId: inactive.id },
    });
    const toOutsider = await query(tenant.owner.token, OWNERSHIP_TRANSFER, {
      input: { customerId: customer.id, memberId: outsider.id },
    });

    expect(toInactive.customerOwnershipTransfer.userErrors.map((error) => error.code)).toEqual(['NOT_ALLOWED']);
    expect(toOutsider.customerOwnershipTransfer.userErrors).toEqual([
      { field: ['input', 'memberId'], code: 'NOT_FOUND', message: 'That member was not found.' },
    ]);
    expect(await ownersOf(customer.id)).toEqual([owner.id]);
  });

  it('should leave exactly one owner when transfers to different members run at the same moment', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const owner = await tenant.member(customer.id, { role: 'OWNER' });
    const candidates = await Promise.all(Array.from({ length: 6 }, () => tenant.member(customer.id)));

    const results = await Promise.all(
      candidates.map((candidate) =>
        execute(tenant.owner.token, OWNERSHIP_TRANSFER, { input: { customerId: customer.id, memberId: candidate.id } }),
      ),
    );

    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result)).not.toMatch(/members_one_owner|duplicate key|constraint/);
    }
    const owners = await ownersOf(customer.id);
    expect(owners).toHaveLength(1);
    const succeeded = results.filter((result) => result.data?.customerOwnershipTransfer.userErrors.length === 0);
    expect(succeeded.map((result) => result.data!.customerOwnershipTransfer.owner!.id)).toContain(owners[0]);
    const members = await query(tenant.owner.token, CUSTOMER_MEMBERS, { id: customer.id });
    expect(members.customer!.members.map((member) => member.role).sort()).toEqual([
      'ADMIN',
      'ADMIN',
      'ADMIN',
      'ADMIN',
      'ADMIN',
      'ADMIN',
      'OWNER',
    ]);
    expect(members.customer!.members[0]!.role).toBe('OWNER');
    expect(owner.id).not.toBe(owners[0]);
  });
});

describe('portal links for members', () => {
  it('should hand messaging the invitation link as member.invited and show it to the operator', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await tenant.member(customer.id, { portalAccess: true });
    const listener = await listenFor(MEMBER_INVITED);

    try {
      const result = await query(tenant.owner.token, INVITATION_CREATE, { input: { memberId: member.id } });
      const invitation = result.memberInvitationCreate.invitation!;

      const [event] = await eventually(() => {
        const mine = listener.received.filter((item) => item.data.memberId === member.id);
        return Promise.resolve(mine.length > 0 ? mine : null);
      }, 'member.invited');
      expect(event!.data).toEqual({
        customerId: customer.id,
        memberId: member.id,
        name: `Member ${member.email}`,
        email: member.email,
        link: invitation.url,
        expiresAt: invitation.expiresAt,
      });
    } finally {
      await listener.stop();
    }
  });

  it('should make a password reset link that sets a new password, published as member.password-reset-requested', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await tenant.member(customer.id, { portalAccess: true });
    const invited = await query(tenant.owner.token, INVITATION_CREATE, { input: { memberId: member.id } });
    await authRequest('/auth/invitation/accept', {
      token: tokenOf(invited.memberInvitationCreate.invitation!.url),
      password: 'the forgotten password',
    });
    const listener = await listenFor(MEMBER_PASSWORD_RESET_REQUESTED);

    try {
      const reset = await query(tenant.owner.token, PASSWORD_RESET_CREATE, { input: { memberId: member.id } });
      const link = reset.memberPasswordResetCreate.link!;
      const accepted = await authRequest('/auth/invitation/accept', {
        token: tokenOf(link.url),
        password: 'the new portal password',
      });
      const withOld = await authRequest('/auth/portal/sign-in', {
        email: member.email,
        password: 'the forgotten password',
      });
      const withNew = await authRequest('/auth/portal/sign-in', {
        email: member.email,
        password: 'the new portal password',
      });

      expect(reset.memberPasswordResetCreate.userErrors).toEqual([]);
      expect(accepted.status).toBeLessThan(300);
      expect(withOld.status).toBe(401);
      expect(withNew.status).toBe(200);
      const [event] = await eventually(() => {
        const mine = listener.received.filter((item) => item.data.memberId === member.id);
        return Promise.resolve(mine.length > 0 ? mine : null);
      }, 'member.password-reset-requested');
      expect(event!.data).toMatchObject({ customerId: customer.id, link: link.url, email: member.email });
      expect((await auditEntriesFor(member.id)).map((entry) => entry.action)).toContain(
        'member.password-reset-requested',
      );
    } finally {
      await listener.stop();
    }
  });

  it('should refuse a reset for a contact without portal access and for a member of another partner', async () => {
    const [tenant, other] = await Promise.all([seed.partner(), seed.partner()]);
    const customer = await tenant.customer();
    const contact = await tenant.member(customer.id, { portalAccess: false });
    const foreign = await other.member((await other.customer()).id, { portalAccess: true });

    const forContact = await query(tenant.owner.token, PASSWORD_RESET_CREATE, { input: { memberId: contact.id } });
    const forForeign = await query(tenant.owner.token, PASSWORD_RESET_CREATE, { input: { memberId: foreign.id } });

    expect(forContact.memberPasswordResetCreate).toEqual({
      link: null,
      userErrors: [
        {
          field: ['input', 'memberId'],
          code: 'NOT_ALLOWED',
          message: expect.stringMatching(/portal access/) as string,
        },
      ],
    });
    expect(forForeign.memberPasswordResetCreate.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });
});
