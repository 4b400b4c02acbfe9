import { graphql } from '../gql';
import { query } from '../support/api';
import { seed } from '../support/seed';

const ACTIVITY = graphql(`
  query ActivityOfCustomer($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      activity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          action
          occurredAt
          targetType
          targetId
          actor {
            kind
            id
            name
          }
          impersonator {
            kind
            id
            name
          }
          changes {
            field
            from
            to
          }
        }
      }
    }
  }
`);

const MEMBER_CREATE = graphql(`
  mutation ActivityMemberCreate($input: MemberCreateInput!) {
    memberCreate(input: $input) {
      member {
        id
      }
    }
  }
`);

const MEMBER_UPDATE = graphql(`
  mutation ActivityMemberUpdate($input: MemberUpdateInput!) {
    memberUpdate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const NOTE_CREATE = graphql(`
  mutation ActivityNoteCreate($input: CustomerNoteCreateInput!) {
    customerNoteCreate(input: $input) {
      note {
        id
      }
    }
  }
`);

const TAGS_ADD = graphql(`
  mutation ActivityTagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const IMPERSONATE = graphql(`
  mutation ActivityImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
      }
    }
  }
`);

const PORTAL_ACCOUNT_UPDATE = graphql(`
  mutation ActivityPortalAccountUpdate($input: PortalAccountUpdateInput!) {
    portalAccountUpdate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const VIEWER = graphql(`
  query ActivityViewer {
    viewer {
      id
      name
    }
  }
`);

describe('Customer.activity', () => {
  it('should tell who did what to the account, its members, notes and tags, newest first, with before and after', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const support = await tenant.operator('SUPPORT');
    const [owner, supporter] = await Promise.all([
      query(tenant.owner.token, VIEWER).then((result) => result.viewer),
      query(support.token, VIEWER).then((result) => result.viewer),
    ]);
    const created = await query(tenant.owner.token, MEMBER_CREATE, {
      input: { customerId: customer.id, name: 'Ann Example' },
    });
    const memberId = created.memberCreate.member!.id;
    await query(support.token, MEMBER_UPDATE, { input: { id: memberId, name: 'Ann B. Example', role: 'ADMIN' } });
    const note = await query(support.token, NOTE_CREATE, {
      input: { customerId: customer.id, body: 'Asked for a call' },
    });
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [customer.id], tags: ['VIP'] } });

    const result = await query(tenant.owner.token, ACTIVITY, { id: customer.id });

    const activity = result.customer!.activity;
    expect(activity.totalCount).toBe(5);
    expect(
      activity.nodes.map(({ action, targetType, targetId, actor, impersonator, changes }) => ({
        action,
        targetType,
        targetId,
        actor,
        impersonator,
        changes,
      })),
    ).toEqual([
      {
        action: 'customer.tags-added',
        targetType: 'Customer',
        targetId: customer.id,
        actor: { kind: 'OPERATOR', id: owner.id, name: owner.name },
        impersonator: null,
        changes: [{ field: 'tags', from: '[]', to: '["VIP"]' }],
      },
      {
        action: 'customer.note-created',
        targetType: 'CustomerNote',
        targetId: note.customerNoteCreate.note!.id,
        actor: { kind: 'OPERATOR', id: supporter.id, name: supporter.name },
        impersonator: null,
        changes: [{ field: 'body', from: null, to: 'Asked for a call' }],
      },
      {
        action: 'member.updated',
        targetType: 'Member',
        targetId: memberId,
        actor: { kind: 'OPERATOR', id: supporter.id, name: supporter.name },
        impersonator: null,
        changes: [
          { field: 'name', from: 'Ann Example', to: 'Ann B. Example' },
          { field: 'role', from: 'MEMBER', to: 'ADMIN' },
        ],
      },
      expect.objectContaining({ action: 'member.created', targetId: memberId }),
      expect.objectContaining({ action: 'customer.created', targetType: 'Customer', targetId: customer.id }),
    ]);
    const times = activity.nodes.map((entry) => entry.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('should page with cursors and name the operator behind a logged-in-as session', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const owner = (await query(tenant.owner.token, VIEWER)).viewer;
    const session = await query(tenant.owner.token, IMPERSONATE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    await query(session.customerImpersonate.session!.accessToken, PORTAL_ACCOUNT_UPDATE, {
      input: { phone: '+447700900123', timezone: 'Europe/London' },
    });

    const page1 = await query(tenant.owner.token, ACTIVITY, { id: customer.id, first: 2 });
    const page2 = await query(tenant.owner.token, ACTIVITY, {
      id: customer.id,
      first: 2,
      after: page1.customer!.activity.pageInfo.endCursor,
    });

    const entries = [...page1.customer!.activity.nodes, ...page2.customer!.activity.nodes];
    expect(page1.customer!.activity.pageInfo.hasNextPage).toBe(true);
    expect(page2.customer!.activity.pageInfo.hasNextPage).toBe(false);
    expect(entries.map((entry) => entry.action)).toEqual([
      'customer.contact-updated',
      'impersonation.mutation',
      'impersonation.started',
      'customer.created',
    ]);
    expect(entries[0]!.actor.kind).toBe('PORTAL');
    expect(entries[0]!.impersonator).toEqual({ kind: 'OPERATOR', id: owner.id, name: owner.name });
    expect(entries[2]!.actor).toEqual({ kind: 'OPERATOR', id: owner.id, name: owner.name });
  });

  it('should be readable by an operator limited to the customer’s reseller, and by no other partner', async () => {
    const tenant = await seed.partner({ resellers: 2 });
    const other = await seed.partner();
    const [resellerA, resellerB] = tenant.resellers;
    const [mine, notMine] = await Promise.all([
      tenant.customer({ resellerId: resellerA!.id }),
      tenant.customer({ resellerId: resellerB!.id }),
    ]);
    const limited = await tenant.operator('READ_ONLY', resellerA!.id);
    await query(tenant.owner.token, TAGS_ADD, { input: { customerIds: [mine.id, notMine.id], tags: ['Seen'] } });

    const own = await query(limited.token, ACTIVITY, { id: mine.id });
    const otherReseller = await query(limited.token, ACTIVITY, { id: notMine.id });
    const otherPartner = await query(other.owner.token, ACTIVITY, { id: mine.id });

    expect(own.customer!.activity.nodes.map((entry) => entry.action)).toEqual([
      'customer.tags-added',
      'customer.created',
    ]);
    expect(otherReseller.customer).toBeNull();
    expect(otherPartner.customer).toBeNull();
  });
});
