import { randomUUID } from 'node:crypto';
import type { EventBus } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { type Listener, listenFor } from '../support/listener';
import { type TenantSeed, seed } from '../support/seed';
import { bulkCustomers, startBulk } from '../customers/support/bulk';
import { WebhookReceiver } from '../webhooks/receiver';
import { CUSTOMER_MESSAGES, SETTINGS_UPDATE, TEMPLATE_SAVE } from './operations';
import { SmtpSink, readable } from './support/smtp-sink';

const SUSPEND = graphql(`
  mutation NoticesSuspend($input: CustomerSuspendInput!) {
    customerSuspend(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const REENABLE = graphql(`
  mutation NoticesReenable($input: CustomerReenableInput!) {
    customerReenable(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation NoticesCancel($input: CustomerCancelInput!) {
    customerCancel(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const INVITE = graphql(`
  mutation NoticesInvite($input: MemberInvitationCreateInput!) {
    memberInvitationCreate(input: $input) {
      invitation {
        url
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const PASSWORD_RESET = graphql(`
  mutation NoticesPasswordReset($input: MemberPasswordResetCreateInput!) {
    memberPasswordResetCreate(input: $input) {
      link {
        url
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const ENDPOINT_CREATE = graphql(`
  mutation NoticesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

const ENDPOINT_STATUS = graphql(`
  query NoticesWebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      status
    }
  }
`);

let sink: SmtpSink;
let receiver: WebhookReceiver;
let bus: EventBus;
/** Every `customer.suspended` as accounts published it, to hand the same event to messaging again. */
let suspensions: Listener<Record<string, unknown>>;

beforeAll(async () => {
  sink = await SmtpSink.start();
  receiver = await WebhookReceiver.start();
  suspensions = await listenFor('customer.suspended');
  bus = suspensions.bus;
});

afterAll(async () => {
  await suspensions.stop();
  await receiver.stop();
  await sink.stop();
});

/** A partner whose email goes to the test's SMTP server. */
async function partnerWithSmtp(): Promise<TenantSeed> {
  const tenant = await seed.partner();
  const settings = await query(tenant.owner.token, SETTINGS_UPDATE, {
    input: { smtpUrl: sink.url, fromAddress: 'Acme <notices@acme.test>' },
  });
  expect(settings.messagingSettingsUpdate.userErrors).toEqual([]);
  return tenant;
}

/** An address no other test writes to. */
const address = (who: string) => `${who}-${randomUUID().slice(0, 8)}@customer.test`;

describe('notices on account events', () => {
  it('should email the suspension notice to the account holder from the partner’s edited template, and re-enabling', async () => {
    const tenant = await partnerWithSmtp();
    const saved = await query(tenant.owner.token, TEMPLATE_SAVE, {
      input: {
        key: 'customer-suspended',
        channel: 'EMAIL',
        name: 'Paused',
        subject: 'Acme paused {{customer.accountNumber}}',
        textBody: 'Dear {{member.name}}, Acme paused your account because: {{reason}}.',
      },
    });
    expect(saved.messageTemplateSave.userErrors).toEqual([]);
    // No address of its own: the notice goes to the account holder, the owning member.
    const customer = await tenant.customer();
    const holder = address('holder');
    await tenant.member(customer.id, { email: holder, role: 'OWNER' });

    const suspended = await query(tenant.owner.token, SUSPEND, {
      input: { customerId: customer.id, reason: 'Unpaid invoice' },
    });
    expect(suspended.customerSuspend.userErrors).toEqual([]);

    const [notice] = await sink.mailTo(holder);
    expect(notice!.headers.get('subject')).toBe(`Acme paused ${customer.accountNumber}`);
    expect(notice!.from).toBe('notices@acme.test');
    expect(readable(notice!)).toContain(`Dear Member ${holder}, Acme paused your account because: Unpaid invoice.`);

    const reenabled = await query(tenant.owner.token, REENABLE, { input: { customerId: customer.id } });
    expect(reenabled.customerReenable.userErrors).toEqual([]);

    const [, back] = await sink.mailTo(holder, 2);
    expect(back!.headers.get('subject')).toBe(`Your account ${customer.accountNumber} is active again`);
    expect(readable(back!)).toContain(`Your account ${customer.accountNumber} is active again.`);
  });

  it('should send nothing twice when the same event is delivered again', async () => {
    const tenant = await partnerWithSmtp();
    const holder = address('redelivered');
    const customer = await tenant.customer({ email: holder });
    await query(tenant.owner.token, SUSPEND, { input: { customerId: customer.id, reason: 'Fraud check' } });
    await sink.mailTo(holder);
    const event = await eventually(
      () =>
        Promise.resolve(
          suspensions.received.find((e) => (e.data as { customerId: string }).customerId === customer.id),
        ),
      'the suspension event',
    );

    // The very same event (same id) reaches messaging's queue a second time, as after a crash before the ack.
    const messaging = await database('messaging');
    await bus.enqueue(messaging.manager, 'messaging.notices.customer-suspended', event);
    await eventually(async () => {
      const rows = await messaging.query<{ state: string }[]>(
        `SELECT state FROM queue.job WHERE name = 'messaging.notices.customer-suspended' AND data->>'id' = $1`,
        [event.id],
      );
      return rows.length === 2 && rows.every((row) => row.state === 'completed') ? true : null;
    }, 'the redelivered event to be handled');
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(sink.mailsTo(holder)).toHaveLength(1);
    const history = await query(tenant.owner.token, CUSTOMER_MESSAGES, { id: customer.id });
    expect(history.customer?.messages?.totalCount).toBe(1);
  });

  it('should reach no other partner’s customer when an event names one under the wrong partner', async () => {
    const [tenant, other] = await Promise.all([partnerWithSmtp(), partnerWithSmtp()]);
    const theirs = address('theirs');
    const customer = await other.customer({ email: theirs });
    const eventId = randomUUID();

    // Messaging asks accounts as itself for the event's partner only, so another partner's customer is not found.
    const messaging = await database('messaging');
    await bus.enqueue(messaging.manager, 'messaging.notices.customer-suspended', {
      id: eventId,
      type: 'customer.suspended',
      partnerId: tenant.partnerId,
      occurredAt: new Date().toISOString(),
      data: {
        customerId: customer.id,
        previousStatus: 'ACTIVE',
        status: 'SUSPENDED',
        reason: 'Forged',
        actor: { kind: 'operator', id: randomUUID(), impersonatorId: null },
      },
    });
    await eventually(async () => {
      const rows = await messaging.query<{ state: string }[]>(
        `SELECT state FROM queue.job WHERE name = 'messaging.notices.customer-suspended' AND data->>'id' = $1`,
        [eventId],
      );
      return rows[0]?.state === 'completed' ? true : null;
    }, 'the event to be handled');

    expect(sink.mailsTo(theirs)).toEqual([]);
    const history = await query(other.owner.token, CUSTOMER_MESSAGES, { id: customer.id });
    expect(history.customer?.messages?.totalCount).toBe(0);
  });

  it('should email a scheduled cancellation with its date, and an effective one', async () => {
    const tenant = await partnerWithSmtp();
    const laterAddress = address('later');
    const nowAddress = address('now');
    const later = await tenant.customer({ email: laterAddress });
    const now = await tenant.customer({ email: nowAddress });

    const scheduled = await query(tenant.owner.token, CANCEL, {
      input: { customerId: later.id, mode: 'ON_DATE', effectiveOn: '2099-01-01', reason: 'Contract ends' },
    });
    const immediate = await query(tenant.owner.token, CANCEL, {
      input: { customerId: now.id, mode: 'IMMEDIATELY', reason: 'Closing the shop' },
    });
    expect([scheduled.customerCancel.userErrors, immediate.customerCancel.userErrors]).toEqual([[], []]);

    const [willCancel] = await sink.mailTo(laterAddress);
    expect(willCancel!.headers.get('subject')).toBe(`Your account ${later.accountNumber} will be cancelled`);
    expect(readable(willCancel!)).toMatch(/will be cancelled on 2099-01-01/);
    const [cancelled] = await sink.mailTo(nowAddress);
    expect(cancelled!.headers.get('subject')).toBe(`Your account ${now.accountNumber} is cancelled`);
    expect(readable(cancelled!)).toContain('Reason: Closing the shop.');
  });

  it('should email an invitation and a password reset to the member, each with its link', async () => {
    const tenant = await partnerWithSmtp();
    const customer = await tenant.customer({ email: address('account') });
    const member = await tenant.member(customer.id, { email: address('member'), portalAccess: true });

    const invited = await query(tenant.owner.token, INVITE, { input: { memberId: member.id } });
    expect(invited.memberInvitationCreate.userErrors).toEqual([]);
    const [invitation] = await sink.mailTo(member.email);
    expect(invitation!.headers.get('subject')).toBe(`You are invited to ${customer.name}`);
    expect(readable(invitation!)).toContain(invited.memberInvitationCreate.invitation!.url);

    const reset = await query(tenant.owner.token, PASSWORD_RESET, { input: { memberId: member.id } });
    expect(reset.memberPasswordResetCreate.userErrors).toEqual([]);
    const [, resetMail] = await sink.mailTo(member.email, 2);
    expect(resetMail!.headers.get('subject')).toBe('Reset your password');
    expect(readable(resetMail!)).toContain(reset.memberPasswordResetCreate.link!.url);
    // Only the member hears of their own link.
    expect(sink.mails.filter((mail) => mail.to.some((to) => to.startsWith('account-')))).toEqual([]);
  });

  it('should tell each customer of a bulk suspension once, recording unsent the notices of those with no address', async () => {
    const tenant = await partnerWithSmtp();
    const holders = [address('bulk-a'), address('bulk-b'), address('bulk-c')];
    const customers = [];
    for (const email of holders) customers.push(await tenant.customer({ email }));
    // And two with no address, whose notices are recorded unsent.
    const unreachable = await bulkCustomers(tenant.partnerId, 2);

    // One commit for all five suspensions: messaging fetches their events together.
    await startBulk(tenant.owner.token, {
      target: { customerIds: [...customers.map((customer) => customer.id), ...unreachable] },
      action: 'SUSPEND',
      reason: 'Unpaid invoice',
    });

    for (const email of holders) {
      const [mail] = await sink.mailTo(email);
      expect(readable(mail!)).toContain('Unpaid invoice');
    }
    const messaging = await database('messaging');
    const notices = await eventually(async () => {
      const rows = await messaging.query<{ customerId: string; status: string }[]>(
        `SELECT customer_id AS "customerId", status FROM messaging.messages
          WHERE partner_id = $1 AND template_key = 'customer-suspended'`,
        [tenant.partnerId],
      );
      return rows.length >= 5 && rows.every((row) => row.status !== 'QUEUED') ? rows : null;
    }, 'a notice recorded for each customer');
    expect(notices.map((row) => row.customerId).sort()).toEqual(
      [...customers.map((customer) => customer.id), ...unreachable].sort(),
    );
    expect(notices.filter((row) => unreachable.includes(row.customerId)).map((row) => row.status)).toEqual([
      'FAILED',
      'FAILED',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const email of holders) expect(sink.mailsTo(email)).toHaveLength(1);
  });

  it('should record a notice for a customer with no email address as failed, with the reason, and send nothing', async () => {
    const tenant = await partnerWithSmtp();
    const customer = await tenant.customer();
    const before = sink.mails.length;

    await query(tenant.owner.token, SUSPEND, { input: { customerId: customer.id, reason: 'Unpaid invoice' } });

    const failed = await eventually(async () => {
      const data = await query(tenant.owner.token, CUSTOMER_MESSAGES, { id: customer.id });
      return data.customer?.messages?.nodes.find((node) => node.status === 'FAILED') ?? null;
    }, 'the unsent notice in the history');
    expect(failed).toMatchObject({ channel: 'EMAIL', attempts: 0, recipient: '' });
    expect(failed.lastError).toMatch(/no email address/);
    // It was handled once and for all: the event's job completed rather than failing into retries.
    // Event jobs are marked done when their batch is through, a moment after the notice is recorded.
    const messaging = await database('messaging');
    const jobs = await eventually(async () => {
      const rows = await messaging.query<{ state: string; retryCount: number }[]>(
        `SELECT state, retry_count AS "retryCount" FROM queue.job
          WHERE name = 'messaging.notices.customer-suspended' AND data->'data'->>'customerId' = $1`,
        [customer.id],
      );
      return rows.every((row) => row.state !== 'active' && row.state !== 'created') ? rows : null;
    }, 'the event job to be settled');
    expect(jobs).toEqual([{ state: 'completed', retryCount: 0 }]);
    expect(sink.mails.length).toBe(before);
  });
});

describe('notice to the partner’s owners', () => {
  it('should email every owner, and no other operator, when a failing webhook endpoint is disabled', async () => {
    const tenant = await partnerWithSmtp();
    const admin = await tenant.operator('ADMIN');
    const url = receiver.endpoint([], 500);
    const created = await query(tenant.owner.token, ENDPOINT_CREATE, {
      input: { url, eventTypes: ['CUSTOMER_CREATED'] },
    });
    const endpointId = created.webhookEndpointCreate.webhookEndpoint!.id;
    await tenant.customer();
    await eventually(() => Promise.resolve(receiver.at(url).length >= 1 ? true : null), 'a failed delivery');
    const messaging = await database('messaging');
    await eventually(async () => {
      const [row] = await messaging.query<{ failingSince: Date | null }[]>(
        `SELECT failing_since AS "failingSince" FROM messaging.webhook_endpoints WHERE partner_id = $1 AND id = $2`,
        [tenant.partnerId, endpointId],
      );
      return row?.failingSince ? true : null;
    }, 'the endpoint to be failing');

    // As if every attempt had failed since yesterday; the next failure disables it.
    await messaging.query(
      `UPDATE messaging.webhook_endpoints SET failing_since = now() - interval '25 hours' WHERE partner_id = $1 AND id = $2`,
      [tenant.partnerId, endpointId],
    );
    await tenant.customer();
    await eventually(async () => {
      const data = await query(tenant.owner.token, ENDPOINT_STATUS, { id: endpointId });
      return data.webhookEndpoint?.status === 'DISABLED' ? true : null;
    }, 'the endpoint to be disabled');

    const [notice] = await sink.mailTo(tenant.owner.email);
    expect(notice!.headers.get('subject')).toBe('A webhook endpoint was disabled after failing');
    const text = readable(notice!);
    expect(text).toContain(url);
    expect(text).toMatch(/failed for 24 hours/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(sink.mailsTo(tenant.owner.email)).toHaveLength(1);
    expect(sink.mailsTo(admin.email)).toEqual([]);
  });
});
