import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import type { CustomersBulkActionInput } from '../gql/graphql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';
import { type TenantSeed, seed } from '../support/seed';
import { BATCH, BULK_SEND, SETTINGS_UPDATE } from '../messaging/operations';
import { FakeSmsProvider } from '../messaging/support/sms-provider';
import { SmtpSink } from '../messaging/support/smtp-sink';
import { BULK_PREVIEW } from './support/bulk';

const SEND_ACTION = graphql(`
  mutation BulkMessageAction($input: CustomersBulkActionInput!) {
    customersBulkAction(input: $input) {
      bulkOperation {
        id
        action
        status
        total
        processed
        changed
        skipped
        canUndo
        messageBatchId
        skippedReasons {
          reason
          count
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

const SEND_OUTCOMES = graphql(`
  query BulkMessageOutcomes($id: ID!, $outcome: CustomerBulkOutcomeKind) {
    customerBulkOperation(id: $id) {
      id
      messageBatchId
      outcomes(first: 50, outcome: $outcome) {
        totalCount
        nodes {
          outcome
          reason
          customer {
            id
          }
        }
      }
    }
  }
`);

const SEND_UNDO = graphql(`
  mutation BulkMessageUndo($input: CustomerBulkOperationUndoInput!) {
    customerBulkOperationUndo(input: $input) {
      bulkOperation {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const TAGS_ADD = graphql(`
  mutation BulkMessageTagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const CREDITS_ADD = graphql(`
  mutation BulkMessageCreditsAdd($input: CreditsAddInput!) {
    creditsAdd(input: $input) {
      userErrors {
        message
      }
    }
  }
`);

const FILTERED_IDS = graphql(`
  query BulkMessageFilteredIds($filter: CustomerFilter) {
    customers(filter: $filter, first: 100) {
      nodes {
        id
      }
    }
  }
`);

async function tag(tenant: TenantSeed, customerIds: string[], tags: string[]): Promise<void> {
  const data = await query(tenant.owner.token, TAGS_ADD, { input: { customerIds, tags } });
  expect(data.customerTagsAdd.userErrors).toEqual([]);
}

/** The customers of an operation with this outcome, with their reasons, by customer id. */
async function outcomesOf(token: string, id: string, outcome: 'DONE' | 'SKIPPED'): Promise<Map<string, string | null>> {
  const data = await query(token, SEND_OUTCOMES, { id, outcome });
  return new Map(
    data.customerBulkOperation!.outcomes.nodes.map((node) => [node.customer!.id, node.reason ?? null] as const),
  );
}

/** Waits for messaging's bulk send to have sent every message it queued, and answers it. */
function batchDone(token: string, id: string) {
  return eventually(async () => {
    const data = await query(token, BATCH, { id });
    return data.messageBatch?.status === 'DONE' ? data.messageBatch : null;
  }, 'the bulk send to finish');
}

describe('bulk actions that send email or SMS through messaging', () => {
  let sink: SmtpSink;
  let sms: FakeSmsProvider;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    sms = await FakeSmsProvider.start();
  });

  afterAll(async () => {
    await sink.stop();
    await sms.stop();
  });

  it('should email exactly the reachable customers a tag filter finds, skip the others with their reasons as the preview said, and never reach another partner', async () => {
    const tenant = await seed.partner();
    const other = await seed.partner();
    await query(tenant.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
    await query(other.owner.token, SETTINGS_UPDATE, { input: { smtpUrl: sink.url } });
    const run = randomUUID().slice(0, 8);
    const label = `news-${run}`;
    const address = (name: string) => `${name}-${run}@customer.test`;
    const reached = await Promise.all(
      ['a', 'b', 'c'].map((name) => tenant.customer({ name: `Reached ${name}`, email: address(name) })),
    );
    const unticked = await tenant.customer({ name: 'Unticked', email: address('unticked') });
    const noEmail = await tenant.customer({ name: 'No email', phone: '+447700900001' });
    const closed = await tenant.customer({ name: 'Closed', email: address('closed') });
    const untagged = await tenant.customer({ name: 'Untagged', email: address('untagged') });
    await tag(
      tenant,
      [...reached, unticked, noEmail, closed].map((customer) => customer.id),
      [label],
    );
    await tenant.customerStatus(closed.id, 'CLOSED');
    // Another partner's customer with the same tag text and an address.
    const stranger = await other.customer({ name: 'Stranger', email: address('stranger') });
    await query(other.owner.token, TAGS_ADD, { input: { customerIds: [stranger.id], tags: [label] } });

    const input: CustomersBulkActionInput = {
      target: {
        filter: { tags: { anyOf: [label.toUpperCase()] }, status: ['ACTIVE', 'CLOSED'] },
        excludeIds: [unticked.id],
      },
      action: 'SEND_EMAIL',
      message: { subject: 'News for {{customer.accountNumber}}', textBody: 'Hello {{customer.name}}' },
    };
    const preview = (await query(tenant.owner.token, BULK_PREVIEW, { input })).customersBulkActionPreview;
    expect(preview).toMatchObject({
      action: 'SEND_EMAIL',
      total: 5,
      willChange: 3,
      willSkip: 2,
      runsInBackground: false,
      userErrors: [],
    });
    expect(preview.skippedReasons).toEqual([
      { reason: 'is closed', count: 1 },
      { reason: 'no email address', count: 1 },
    ]);
    // The preview sent nothing.
    expect(sink.mails.filter((mail) => mail.to.some((to) => to.endsWith(`-${run}@customer.test`)))).toEqual([]);

    const started = (await query(tenant.owner.token, SEND_ACTION, { input })).customersBulkAction;
    expect(started.userErrors).toEqual([]);
    const operation = started.bulkOperation!;
    expect(operation).toMatchObject({
      action: 'SEND_EMAIL',
      status: 'COMPLETED',
      total: preview.total,
      processed: preview.total,
      changed: preview.willChange,
      skipped: preview.willSkip,
      canUndo: false,
    });
    expect(operation.skippedReasons).toEqual(preview.skippedReasons);
    expect(operation.messageBatchId).toEqual(expect.any(String));

    expect(await outcomesOf(tenant.owner.token, operation.id, 'DONE')).toEqual(
      new Map(reached.map((customer) => [customer.id, null])),
    );
    expect(await outcomesOf(tenant.owner.token, operation.id, 'SKIPPED')).toEqual(
      new Map([
        [noEmail.id, 'no email address'],
        [closed.id, 'is closed'],
      ]),
    );

    const batch = await batchDone(tenant.owner.token, operation.messageBatchId!);
    expect(batch).toMatchObject({ total: 5, sent: 3, failed: 0 });
    const ours = sink.mails.filter((mail) => mail.to.some((to) => to.endsWith(`-${run}@customer.test`)));
    expect(ours.map((mail) => mail.to[0]).sort()).toEqual(['a', 'b', 'c'].map(address));
    for (const customer of reached) {
      const mail = ours.find((candidate) => candidate.raw.includes(`Hello ${customer.name}`));
      expect(mail?.headers.get('subject')).toBe(`News for ${customer.accountNumber}`);
    }
    for (const never of [unticked, closed, untagged, stranger]) {
      expect(sink.mailsTo(address(never.name.toLowerCase()))).toEqual([]);
    }
    expect(sink.mailsTo(address('stranger'))).toEqual([]);

    const undone = (await query(tenant.owner.token, SEND_UNDO, { input: { id: operation.id } }))
      .customerBulkOperationUndo;
    expect(undone.bulkOperation).toBeNull();
    expect(undone.userErrors).toEqual([
      {
        field: ['input', 'id'],
        code: 'BULK_OPERATION_NOT_UNDOABLE',
        message: 'Messages cannot be unsent: a bulk email or SMS cannot be undone.',
      },
    ]);
  });

  it('should text the named customers with a phone number through the SMS provider and skip the one without', async () => {
    const tenant = await seed.partner();
    await query(tenant.owner.token, SETTINGS_UPDATE, {
      input: {
        smsProviderUrl: sms.url,
        smsAccountSid: 'AC0456',
        smsAuthToken: `t-${tenant.partnerId}`,
        smsSenderId: 'Acme',
      },
    });
    const suffix = String(Math.floor(Math.random() * 9000) + 1000);
    const phones = [`+447700${suffix}01`, `+447700${suffix}02`];
    const withPhone = await Promise.all(phones.map((phone, i) => tenant.customer({ name: `Texted ${i}`, phone })));
    const without = await tenant.customer({ name: 'No phone', email: `no-phone-${suffix}@customer.test` });
    const input: CustomersBulkActionInput = {
      target: { customerIds: [...withPhone, without].map((customer) => customer.id) },
      action: 'SEND_SMS',
      message: { textBody: 'Account {{customer.accountNumber}}: new prices from May' },
    };

    const preview = (await query(tenant.owner.token, BULK_PREVIEW, { input })).customersBulkActionPreview;
    expect(preview).toMatchObject({ action: 'SEND_SMS', total: 3, willChange: 2, willSkip: 1, userErrors: [] });
    expect(preview.skippedReasons).toEqual([{ reason: 'no phone number', count: 1 }]);

    const started = (await query(tenant.owner.token, SEND_ACTION, { input })).customersBulkAction;
    expect(started.userErrors).toEqual([]);
    const operation = started.bulkOperation!;
    expect(operation).toMatchObject({ status: 'COMPLETED', total: 3, changed: 2, skipped: 1, canUndo: false });
    expect(await outcomesOf(tenant.owner.token, operation.id, 'SKIPPED')).toEqual(
      new Map([[without.id, 'no phone number']]),
    );

    await batchDone(tenant.owner.token, operation.messageBatchId!);
    const texts = sms.received.filter((text) => phones.includes(text.form.To ?? ''));
    expect(texts.map((text) => text.form.To).sort()).toEqual([...phones].sort());
    for (const [i, customer] of withPhone.entries()) {
      expect(texts.find((text) => text.form.To === phones[i])?.form.Body).toBe(
        `Account ${customer.accountNumber}: new prices from May`,
      );
    }
    expect(sms.received.filter((text) => text.path.includes('/AC0456/'))).toHaveLength(2);
  });

  it('should refuse a send without messaging:send, and a send without a message, before anything is sent', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer({
      name: 'Reader',
      email: `reader-${randomUUID().slice(0, 8)}@customer.test`,
    });
    const input: CustomersBulkActionInput = {
      target: { customerIds: [customer.id] },
      action: 'SEND_EMAIL',
      message: { subject: 'Hi', textBody: 'Hello' },
    };
    const customersOnly = await tenant.apiKey(['CUSTOMERS_READ', 'CUSTOMERS_WRITE']);
    const refusal = {
      field: ['input', 'action'],
      code: 'NOT_ALLOWED',
      message: 'Sending messages needs an API key with the messaging:send scope.',
    };
    expect((await query(customersOnly.token, BULK_PREVIEW, { input })).customersBulkActionPreview.userErrors).toEqual([
      refusal,
    ]);
    const refused = (await query(customersOnly.token, SEND_ACTION, { input })).customersBulkAction;
    expect(refused).toEqual({ bulkOperation: null, userErrors: [refusal] });

    const both = await tenant.apiKey(['CUSTOMERS_READ', 'CUSTOMERS_WRITE', 'MESSAGING_SEND']);
    const preview = (await query(both.token, BULK_PREVIEW, { input })).customersBulkActionPreview;
    expect(preview).toMatchObject({ total: 1, willChange: 1, willSkip: 0, userErrors: [] });

    const empty = (
      await query(tenant.owner.token, SEND_ACTION, { input: { ...input, message: { subject: 'Only a subject' } } })
    ).customersBulkAction;
    expect(empty.bulkOperation).toBeNull();
    expect(empty.userErrors.map((error) => error.field)).toEqual([['input', 'message']]);

    const unknownTemplate = (
      await query(tenant.owner.token, SEND_ACTION, {
        input: { ...input, message: { templateKey: 'no-such-template' } },
      })
    ).customersBulkAction;
    expect(unknownTemplate.bulkOperation).toBeNull();
    expect(unknownTemplate.userErrors[0]?.field).toEqual(['input', 'message', 'templateKey']);

    const messaging = await database('messaging');
    const [messages] = await messaging.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM messaging.messages WHERE partner_id = $1`,
      [tenant.partnerId],
    );
    expect(messages?.count).toBe(0);
    const accounts = await database('accounts');
    const [written] = await accounts.query<{ operations: number }[]>(
      `SELECT count(*)::int AS operations FROM accounts.customer_bulk_operations WHERE partner_id = $1`,
      [tenant.partnerId],
    );
    expect(written?.operations).toBe(0);
  });

  it('should have messageBulkSend with a tag and balance filter select the same customers as customers(filter), and refuse a malformed filter naming its field', async () => {
    const tenant = await seed.partner();
    const label = `rich-${randomUUID().slice(0, 8)}`;
    const email = () => `c-${randomUUID().slice(0, 8)}@customer.test`;
    const richTagged = await Promise.all([1, 2].map(() => tenant.customer({ email: email() })));
    const poorTagged = await tenant.customer({ email: email() });
    const richUntagged = await tenant.customer({ email: email() });
    await tag(
      tenant,
      [...richTagged, poorTagged].map((customer) => customer.id),
      [label],
    );
    for (const customer of [...richTagged, richUntagged]) {
      const credited = await query(tenant.owner.token, CREDITS_ADD, {
        input: { customerId: customer.id, amount: 5_000, idempotencyKey: randomUUID() },
      });
      expect(credited.creditsAdd.userErrors).toEqual([]);
    }
    const filter = { tags: { allOf: [label] }, balance: { min: 1_000 } };
    const listed = await eventually(async () => {
      const ids = (await query(tenant.owner.token, FILTERED_IDS, { filter })).customers.nodes.map((node) => node.id);
      return ids.length === 2 ? ids : null;
    }, 'the balances in the search projection');
    expect([...listed].sort()).toEqual(richTagged.map((customer) => customer.id).sort());

    const sent = (
      await query(tenant.owner.token, BULK_SEND, {
        input: { channel: 'EMAIL', filter, subject: 'For the rich', textBody: 'Hello {{customer.name}}' },
      })
    ).messageBulkSend;
    expect(sent.userErrors).toEqual([]);
    const messaging = await database('messaging');
    const rows = await messaging.query<{ customer_id: string }[]>(
      `SELECT customer_id FROM messaging.messages WHERE partner_id = $1 AND batch_id = $2`,
      [tenant.partnerId, sent.batch!.id],
    );
    expect(rows.map((row) => row.customer_id).sort()).toEqual([...listed].sort());

    const malformed = (
      await query(tenant.owner.token, BULK_SEND, {
        input: {
          channel: 'EMAIL',
          filter: { tags: { anyOf: ['no-such-tag'] }, balance: { min: 500, max: -500 } },
          subject: 'Never',
          textBody: 'Never',
        },
      })
    ).messageBulkSend;
    expect(malformed.batch).toBeNull();
    expect(malformed.userErrors.map((error) => error.field)).toEqual([['input', 'filter', 'balance', 'max']]);
    const unknownTag = (
      await query(tenant.owner.token, BULK_SEND, {
        input: {
          channel: 'EMAIL',
          filter: { tags: { anyOf: [label, 'no-such-tag'] } },
          subject: 'Never',
          textBody: 'Never',
        },
      })
    ).messageBulkSend;
    expect(unknownTag.batch).toBeNull();
    expect(unknownTag.userErrors).toEqual([
      {
        field: ['input', 'filter', 'tags', 'anyOf', '1'],
        code: 'NOT_FOUND',
        message: 'No customer carries the tag “no-such-tag”.',
      },
    ]);
  });
});
