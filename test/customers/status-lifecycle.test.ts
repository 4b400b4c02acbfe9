import { graphql } from '../gql';
import { authRequest, eventually, execute, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const STATUS_FIELDS = graphql(`
  fragment LifecycleCustomer on Customer {
    id
    status
    closedAt
    scheduledCancellation {
      mode
      effectiveAt
      reason
    }
    statusChanges {
      transition
      fromStatus
      toStatus
      reason
      cancellationMode
      actorKind
      actorId
    }
  }
`);
void STATUS_FIELDS;

const SUSPEND = graphql(`
  mutation LifecycleSuspend($input: CustomerSuspendInput!) {
    customerSuspend(input: $input) {
      customer {
        ...LifecycleCustomer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const REENABLE = graphql(`
  mutation LifecycleReenable($input: CustomerReenableInput!) {
    customerReenable(input: $input) {
      customer {
        ...LifecycleCustomer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation LifecycleDeactivate($input: CustomerDeactivateInput!) {
    customerDeactivate(input: $input) {
      customer {
        ...LifecycleCustomer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const REACTIVATE = graphql(`
  mutation LifecycleReactivate($input: CustomerReactivateInput!) {
    customerReactivate(input: $input) {
      customer {
        ...LifecycleCustomer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation LifecycleCancel($input: CustomerCancelInput!) {
    customerCancel(input: $input) {
      customer {
        ...LifecycleCustomer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation LifecycleWithdraw($input: CustomerCancellationWithdrawInput!) {
    customerCancellationWithdraw(input: $input) {
      customer {
        ...LifecycleCustomer
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const READ = graphql(`
  query LifecycleRead($id: ID!) {
    customer(id: $id) {
      ...LifecycleCustomer
    }
  }
`);
const ACTIVITY = graphql(`
  query LifecycleActivity($customerId: ID!) {
    auditLog(first: 50, filter: { customerId: $customerId }) {
      nodes {
        action
        details
      }
    }
  }
`);
const INVITE = graphql(`
  mutation LifecycleInvite($id: ID!) {
    memberInvitationCreate(input: { memberId: $id }) {
      invitation {
        url
      }
    }
  }
`);
const PORTAL_VIEWER = graphql(`
  query LifecyclePortalViewer {
    portalViewer {
      customer {
        id
      }
    }
  }
`);

/** The queued events of a type about a customer, whoever subscribed. */
async function eventsAbout(customerId: string, type: string): Promise<Record<string, unknown>[]> {
  const rows = await (
    await database('accounts')
  ).query<{ data: Record<string, unknown> }[]>(
    `SELECT DISTINCT ON (data->>'id') data->'data' AS data FROM queue.job
      WHERE data->>'type' = $1 AND data->'data'->>'customerId' = $2`,
    [type, customerId],
  );
  return rows.map((row) => row.data);
}

describe('the customer status lifecycle', () => {
  it('should suspend and re-enable, recording who, why and when, auditing and publishing each change', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();

    const suspended = await query(tenant.owner.token, SUSPEND, {
      input: { customerId: customer.id, reason: 'Invoice 42 is overdue' },
    });
    const reenabled = await query(tenant.owner.token, REENABLE, { input: { customerId: customer.id } });
    const activity = await query(tenant.owner.token, ACTIVITY, { customerId: customer.id });

    expect(suspended.customerSuspend.userErrors).toEqual([]);
    expect(suspended.customerSuspend.customer?.status).toBe('SUSPENDED');
    expect(reenabled.customerReenable.customer).toMatchObject({
      status: 'ACTIVE',
      statusChanges: [
        { transition: 'REENABLE', fromStatus: 'SUSPENDED', toStatus: 'ACTIVE', reason: null, actorKind: 'operator' },
        {
          transition: 'SUSPEND',
          fromStatus: 'ACTIVE',
          toStatus: 'SUSPENDED',
          reason: 'Invoice 42 is overdue',
          actorKind: 'operator',
        },
      ],
    });
    expect(
      activity.auditLog.nodes.slice(0, 2).map((node) => ({ ...node, details: JSON.parse(node.details) as unknown })),
    ).toEqual([
      {
        action: 'customer.reenabled',
        details: { changes: { status: { from: 'SUSPENDED', to: 'ACTIVE' } }, reason: null },
      },
      {
        action: 'customer.suspended',
        details: { changes: { status: { from: 'ACTIVE', to: 'SUSPENDED' } }, reason: 'Invoice 42 is overdue' },
      },
    ]);
    const events = await eventually(async () => {
      const found = await eventsAbout(customer.id, 'customer.suspended');
      return found.length > 0 ? found : null;
    }, 'customer.suspended to be queued');
    expect(events).toEqual([
      {
        customerId: customer.id,
        previousStatus: 'ACTIVE',
        status: 'SUSPENDED',
        reason: 'Invoice 42 is overdue',
        actor: { kind: 'operator', id: expect.any(String) as unknown, impersonatorId: null },
      },
    ]);
  });

  it('should deactivate and reactivate, and refuse every transition the current status does not allow, naming it', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const input = { customerId: customer.id };

    const reenableActive = await query(tenant.owner.token, REENABLE, { input });
    const reactivateActive = await query(tenant.owner.token, REACTIVATE, { input });
    const deactivated = await query(tenant.owner.token, DEACTIVATE, { input: { ...input, reason: 'Moved away' } });
    const suspendInactive = await query(tenant.owner.token, SUSPEND, { input });
    const deactivateInactive = await query(tenant.owner.token, DEACTIVATE, { input });
    const cancelInactive = await query(tenant.owner.token, CANCEL, { input: { ...input, mode: 'IMMEDIATELY' } });
    const reactivated = await query(tenant.owner.token, REACTIVATE, { input });
    const suspended = await query(tenant.owner.token, SUSPEND, { input });
    const suspendSuspended = await query(tenant.owner.token, SUSPEND, { input });
    const read = await query(tenant.owner.token, READ, { id: customer.id });

    const refusal = (status: string, allowed: string, verb: string) => [
      {
        field: ['input', 'customerId'],
        code: 'TRANSITION_NOT_ALLOWED',
        message: `This customer is ${status}; only a customer that is ${allowed} can be ${verb}.`,
      },
    ];
    expect(reenableActive.customerReenable.userErrors).toEqual(refusal('ACTIVE', 'SUSPENDED', 're-enabled'));
    expect(reactivateActive.customerReactivate.userErrors).toEqual(refusal('ACTIVE', 'INACTIVE', 'reactivated'));
    expect(deactivated.customerDeactivate.customer?.status).toBe('INACTIVE');
    expect(suspendInactive.customerSuspend.userErrors).toEqual(refusal('INACTIVE', 'ACTIVE', 'suspended'));
    expect(deactivateInactive.customerDeactivate.userErrors).toEqual(
      refusal('INACTIVE', 'ACTIVE or SUSPENDED', 'deactivated'),
    );
    expect(cancelInactive.customerCancel.userErrors).toEqual(refusal('INACTIVE', 'ACTIVE or SUSPENDED', 'cancelled'));
    expect(reactivated.customerReactivate.customer?.status).toBe('ACTIVE');
    expect(suspended.customerSuspend.customer?.status).toBe('SUSPENDED');
    expect(suspendSuspended.customerSuspend.userErrors).toEqual(refusal('SUSPENDED', 'ACTIVE', 'suspended'));
    expect(read.customer?.statusChanges.map((change) => change.transition)).toEqual([
      'SUSPEND',
      'REACTIVATE',
      'DEACTIVATE',
    ]);
  });

  it('should refuse a suspended customer’s member at portal sign-in and end the sessions they had', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await tenant.member(customer.id, { portalAccess: true });
    const invited = await query(tenant.owner.token, INVITE, { id: member.id });
    const password = 'a member portal password';
    await authRequest('/auth/invitation/accept', {
      token: new URL(invited.memberInvitationCreate.invitation!.url).hash.replace('#token=', ''),
      password,
    });
    const signedIn = await authRequest('/auth/portal/sign-in', { email: member.email, password });
    const portalToken = signedIn.body!.accessToken as string;
    const before = await execute(portalToken, PORTAL_VIEWER);

    await query(tenant.owner.token, SUSPEND, { input: { customerId: customer.id, reason: 'Unpaid' } });
    const after = await execute(portalToken, PORTAL_VIEWER);
    const again = await authRequest('/auth/portal/sign-in', { email: member.email, password });

    expect(before.data?.portalViewer?.customer?.id).toBe(customer.id);
    expect(after.data?.portalViewer ?? null).toBeNull();
    expect(after.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(again).toMatchObject({
      status: 403,
      body: {
        error: {
          code: 'ACCOUNT_UNAVAILABLE',
          message: 'This account is suspended. Contact your provider to restore access.',
        },
      },
    });
  });

  it('should cancel immediately, schedule for the end of the period or a date, show it and let it be withdrawn', async () => {
    const tenant = await seed.partner();
    const now = await tenant.customer();
    const later = await tenant.customer();

    const immediate = await query(tenant.owner.token, CANCEL, {
      input: { customerId: now.id, mode: 'IMMEDIATELY', reason: 'Closing the shop' },
    });
    const endOfPeriod = await query(tenant.owner.token, CANCEL, {
      input: { customerId: later.id, mode: 'END_OF_PERIOD', reason: 'Contract ends' },
    });
    const twice = await query(tenant.owner.token, CANCEL, {
      input: { customerId: later.id, mode: 'ON_DATE', effectiveOn: '2099-01-01' },
    });
    const withdrawn = await query(tenant.owner.token, WITHDRAW, { input: { customerId: later.id } });
    const withdrawnAgain = await query(tenant.owner.token, WITHDRAW, { input: { customerId: later.id } });
    const past = await query(tenant.owner.token, CANCEL, {
      input: { customerId: later.id, mode: 'ON_DATE', effectiveOn: '2020-01-01' },
    });
    const noDate = await query(tenant.owner.token, CANCEL, { input: { customerId: later.id, mode: 'ON_DATE' } });
    const onDate = await query(tenant.owner.token, CANCEL, {
      input: { customerId: later.id, mode: 'ON_DATE', effectiveOn: '2099-01-01' },
    });

    const today = new Date();
    const endOfMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString();
    expect(immediate.customerCancel.customer).toMatchObject({
      status: 'INACTIVE',
      scheduledCancellation: null,
      statusChanges: [{ transition: 'CANCEL', cancellationMode: 'IMMEDIATELY', reason: 'Closing the shop' }],
    });
    expect(endOfPeriod.customerCancel.customer).toMatchObject({
      status: 'ACTIVE',
      // The seeded customer's time zone is UTC: the period ends at the first instant of next month.
      scheduledCancellation: { mode: 'END_OF_PERIOD', effectiveAt: endOfMonth, reason: 'Contract ends' },
      statusChanges: [],
    });
    expect(twice.customerCancel.userErrors.map((error) => error.code)).toEqual(['CANCELLATION_ALREADY_SCHEDULED']);
    expect(withdrawn.customerCancellationWithdraw.customer).toMatchObject({
      status: 'ACTIVE',
      scheduledCancellation: null,
    });
    expect(withdrawnAgain.customerCancellationWithdraw.userErrors.map((error) => error.code)).toEqual([
      'NO_SCHEDULED_CANCELLATION',
    ]);
    expect(past.customerCancel.userErrors).toEqual([
      {
        field: ['input', 'effectiveOn'],
        code: 'INVALID',
        message: 'Choose a date in the future; to cancel now, cancel IMMEDIATELY.',
      },
    ]);
    expect(noDate.customerCancel.userErrors.map(({ field, code }) => [field, code])).toEqual([
      [['input', 'effectiveOn'], 'REQUIRED'],
    ]);
    expect(onDate.customerCancel.customer?.scheduledCancellation).toMatchObject({
      mode: 'ON_DATE',
      effectiveAt: '2099-01-01T00:00:00.000Z',
    });
    const activity = await query(tenant.owner.token, ACTIVITY, { customerId: later.id });
    expect(
      activity.auditLog.nodes
        .filter((node) => node.action.startsWith('customer.cancellation'))
        .map((node) => ({ action: node.action, details: JSON.parse(node.details) as unknown })),
    ).toEqual([
      {
        action: 'customer.cancellation-scheduled',
        details: { customerId: later.id, mode: 'ON_DATE', effectiveAt: '2099-01-01T00:00:00.000Z', reason: null },
      },
      {
        action: 'customer.cancellation-withdrawn',
        details: {
          customerId: later.id,
          mode: 'END_OF_PERIOD',
          effectiveAt: endOfMonth,
          reason: null,
          scheduledReason: 'Contract ends',
        },
      },
      {
        action: 'customer.cancellation-scheduled',
        details: { customerId: later.id, mode: 'END_OF_PERIOD', effectiveAt: endOfMonth, reason: 'Contract ends' },
      },
    ]);
  });

  it('should carry out a cancellation scheduled for a moment later exactly once, when its time comes', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const effectiveOn = new Date(Date.now() + 3_000).toISOString();

    const scheduled = await query(tenant.owner.token, CANCEL, {
      input: { customerId: customer.id, mode: 'ON_DATE', effectiveOn, reason: 'Asked for it' },
    });
    const before = await query(tenant.owner.token, READ, { id: customer.id });
    const done = await eventually(
      async () => {
        const read = await query(tenant.owner.token, READ, { id: customer.id });
        return read.customer?.status === 'INACTIVE' ? read.customer : null;
      },
      'the scheduled cancellation to be carried out',
      30_000,
    );
    // Time for a second run of the job, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const settled = await query(tenant.owner.token, READ, { id: customer.id });

    expect(scheduled.customerCancel.userErrors).toEqual([]);
    expect(before.customer).toMatchObject({ status: 'ACTIVE', scheduledCancellation: { mode: 'ON_DATE' } });
    expect(done.scheduledCancellation).toBeNull();
    expect(settled.customer?.statusChanges).toEqual([
      expect.objectContaining({
        transition: 'CANCEL',
        fromStatus: 'ACTIVE',
        toStatus: 'INACTIVE',
        cancellationMode: 'ON_DATE',
        reason: 'Asked for it',
        actorKind: 'operator',
      }),
    ]);
  });
});
