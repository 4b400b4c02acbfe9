import { newId } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import { type GraphQLResponse, eventually, exchangeApiKey, execute, executeRaw, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import {
  type EntityKey,
  type IdSlot,
  type RootField,
  argumentsFor,
  entityKeys,
  idSlotsOf,
  listFields,
  listOperationFor,
  listVariantsFor,
  loadSupergraph,
  operationFor,
  rootFields,
} from '../support/schema-discovery';
import { type SeededApiKey, type SeededOperator, type TenantSeed, seed } from '../support/seed';
import { WebhookReceiver } from '../webhooks/receiver';
import { issuedInvoice, line } from '../invoicing/lifecycle-support';
import type { WebhookEventType } from '../gql/graphql';

/**
 * Tries every query and mutation that takes an id, and `_entities` on every subgraph, with
 * another tenant's record, and reads every list for the other tenant's records; all are read
 * from the composed schema, so a field added later is tried too, and one whose id this suite
 * cannot supply fails it until a fixture is added below.
 */

/** The kinds of record an id can name; the suite seeds one of each for the victim and for each attacker. */
type RecordKind =
  | 'customer'
  | 'member'
  | 'reseller'
  | 'operator'
  | 'apiKey'
  | 'partner'
  | 'messageBatch'
  | 'note'
  /** A note of the attacker's own that its delete probe may remove; each attacker has its own. */
  | 'disposableNote'
  | 'webhookEndpoint'
  /** An endpoint of its own for the delete probe, so deleting one's own leaves the others' to probe. */
  | 'disposableWebhookEndpoint'
  | 'webhookDelivery'
  | 'service'
  | 'billingRun'
  | 'bulkOperation'
  | 'invoice'
  | 'quote'
  | 'customerExport'
  | 'customerListView'
  /** A saved view of the attacker's own that its delete probe may remove. */
  | 'disposableCustomerListView'
  /** A tag on a customer; a customer list filter names tags by their text. */
  | 'tag';
type Records = Partial<Record<RecordKind, string>>;

interface IdFixture {
  kind: RecordKind;
  /** Set when the caller's own id is answered like a missing one, so there is nothing to compare against. */
  ownIdIgnored?: string;
}

/** Which record each id argument names, by `field.argument[.inputField]`. */
const ID_FIXTURES: Record<string, IdFixture> = {
  'customer.id': { kind: 'customer' },
  'operator.id': { kind: 'operator' },
  'auditLog.filter.customerId': { kind: 'customer' },
  'customers.filter.resellerIds': { kind: 'reseller' },
  'resellers.partnerId': {
    kind: 'partner',
    ownIdIgnored: 'only platform staff choose the partner; everyone else gets their own partner’s resellers',
  },
  'apiKeyRevoke.input.id': { kind: 'apiKey' },
  'customerCreate.input.resellerId': { kind: 'reseller' },
  'customerUpdate.input.id': { kind: 'customer' },
  'customerUpdate.input.resellerId': { kind: 'reseller' },
  'customerAccountNumberChange.input.customerId': { kind: 'customer' },
  'customerSuspend.input.customerId': { kind: 'customer' },
  'customerReenable.input.customerId': { kind: 'customer' },
  'customerDeactivate.input.customerId': { kind: 'customer' },
  'customerReactivate.input.customerId': { kind: 'customer' },
  'customerCancel.input.customerId': { kind: 'customer' },
  'customerCancellationWithdraw.input.customerId': { kind: 'customer' },
  'customerClose.input.customerId': { kind: 'customer' },
  'customerRestore.input.customerId': { kind: 'customer' },
  'customerErase.input.customerId': { kind: 'customer' },
  'customerImpersonate.input.customerId': { kind: 'customer' },
  'operatorInvite.input.resellerId': { kind: 'reseller' },
  'operatorInvite.input.partnerId': { kind: 'partner' },
  'operatorUpdate.input.id': { kind: 'operator' },
  'operatorUpdate.input.resellerId': { kind: 'reseller' },
  'operatorDeactivate.input.id': { kind: 'operator' },
  'resellerCreate.input.partnerId': { kind: 'partner' },
  'memberInvitationCreate.input.memberId': { kind: 'member' },
  'messagePreview.input.customerId': { kind: 'customer' },
  'messageSend.input.customerId': { kind: 'customer' },
  'messageBulkSend.input.customerIds': { kind: 'customer' },
  'messageRecipientCount.input.customerIds': { kind: 'customer' },
  'messageBulkSend.input.filter.resellerIds': { kind: 'reseller' },
  'messageRecipientCount.input.filter.resellerIds': { kind: 'reseller' },
  'messageBatch.id': { kind: 'messageBatch' },
  'messageBatchCancel.input.id': { kind: 'messageBatch' },

  'webhookEndpoint.id': { kind: 'webhookEndpoint' },
  'webhookEndpointUpdate.input.id': { kind: 'webhookEndpoint' },
  'webhookEndpointDelete.input.id': { kind: 'disposableWebhookEndpoint' },
  'webhookDeliveryReplay.input.id': { kind: 'webhookDelivery' },
  'lowCreditReminderUpdate.input.customerId': { kind: 'customer' },
  'memberCreate.input.customerId': { kind: 'customer' },
  'memberUpdate.input.id': { kind: 'member' },
  'memberDeactivate.input.id': { kind: 'member' },
  'memberReactivate.input.id': { kind: 'member' },
  'memberPasswordResetCreate.input.memberId': { kind: 'member' },
  'customerOwnershipTransfer.input.customerId': { kind: 'customer' },
  'customerOwnershipTransfer.input.memberId': { kind: 'member' },
  'customerNoteCreate.input.customerId': { kind: 'customer' },
  'customerNoteUpdate.input.id': { kind: 'note' },
  'customerNoteDelete.input.id': { kind: 'disposableNote' },
  'customerTagsAdd.input.customerIds': { kind: 'customer' },
  'customerTagsRemove.input.customerIds': { kind: 'customer' },
  'billingAccountUpdate.input.customerId': { kind: 'customer' },
  'creditsAdd.input.customerId': { kind: 'customer' },
  'creditsWithdraw.input.customerId': { kind: 'customer' },
  'creditsAdjust.input.customerId': { kind: 'customer' },
  'creditsMove.input.fromCustomerId': { kind: 'customer' },
  'creditsMove.input.toCustomerId': { kind: 'customer' },
  'fxRateSet.input.customerId': { kind: 'customer' },
  'fxRateRemove.input.customerId': { kind: 'customer' },
  'serviceCreate.input.customerId': { kind: 'customer' },
  'serviceUpdate.input.id': { kind: 'service' },
  'serviceRemove.input.id': { kind: 'service' },
  'usageRecord.input.customerId': { kind: 'customer' },
  'billingRunStart.input.customerId': { kind: 'customer' },
  'billingRun.id': { kind: 'billingRun' },
  'invoice.id': { kind: 'invoice' },
  'invoices.filter.customerId': { kind: 'customer' },
  'invoiceCreate.input.customerId': { kind: 'customer' },
  'invoiceIssue.input.invoiceId': { kind: 'invoice' },
  'invoiceVoid.input.invoiceId': { kind: 'invoice' },
  'invoicePaymentRecord.input.invoiceId': { kind: 'invoice' },
  'creditNoteCreate.input.invoiceId': { kind: 'invoice' },
  'quotes.filter.customerId': { kind: 'customer' },
  'quoteCreate.input.customerId': { kind: 'customer' },
  'quoteSend.input.quoteId': { kind: 'quote' },
  'quoteAccept.input.quoteId': { kind: 'quote' },
  'quoteDecline.input.quoteId': { kind: 'quote' },
  'customerExport.id': { kind: 'customerExport' },
  'customerListViewUpdate.input.id': { kind: 'customerListView' },
  'customerListViewDelete.input.id': { kind: 'disposableCustomerListView' },
  'customerExportStart.input.filter.resellerIds': { kind: 'reseller' },
  'customerListViewCreate.input.filter.resellerIds': { kind: 'reseller' },
  'customerListViewUpdate.input.filter.resellerIds': { kind: 'reseller' },
  'customersBulkActionPreview.input.target.customerIds': { kind: 'customer' },
  'customersBulkActionPreview.input.target.excludeIds': { kind: 'customer' },
  'customersBulkActionPreview.input.resellerId': { kind: 'reseller' },
  'customersBulkActionPreview.input.target.filter.resellerIds': { kind: 'reseller' },
  'customersBulkAction.input.target.customerIds': { kind: 'customer' },
  'customersBulkAction.input.target.excludeIds': { kind: 'customer' },
  'customersBulkAction.input.resellerId': { kind: 'reseller' },
  'customersBulkAction.input.target.filter.resellerIds': { kind: 'reseller' },
  'customerBulkOperation.id': { kind: 'bulkOperation' },
  'customerBulkOperationCancel.input.id': { kind: 'bulkOperation' },
  'customerBulkOperationUndo.input.id': { kind: 'bulkOperation' },
};

/** Which record an entity's `id` key names, by entity type. */
const ENTITY_FIXTURES: Record<string, RecordKind> = { Customer: 'customer', Invoice: 'invoice' };

/** What a reseller limit hides. Operators, API keys and the partner itself are partner-wide by design. */
const RESELLER_SCOPED: readonly RecordKind[] = [
  'customer',
  'member',
  'reseller',
  'note',
  'disposableNote',
  'service',
  'billingRun',
  'bulkOperation',
  'invoice',
  'quote',
  'customerExport',
];

/** The only field an API key holds without any scope: knowing which key it is. */
const SCOPELESS_FIELDS = ['viewer'];

const schema = loadSupergraph();
const ROOT_FIELDS = rootFields(schema);
const PROBES = ROOT_FIELDS.flatMap((root) => idSlotsOf(root).map((slot) => ({ key: slot.key, root, slot })));
const ENTITIES = entityKeys(schema);

type Probe = (typeof PROBES)[number];

function fixtureOf(key: string): IdFixture {
  const fixture = ID_FIXTURES[key];
  if (!fixture) throw new Error(`add a fixture for ${key} to ID_FIXTURES: which record does this id name?`);
  return fixture;
}

function isResellerScoped(key: string): boolean {
  const fixture = ID_FIXTURES[key];
  // A field with no fixture stays in every list, so that it fails with its name.
  return !fixture || RESELLER_SCOPED.includes(fixture.kind);
}

type AttackerName = 'otherPartnerOwner' | 'resellerLimited' | 'otherPartnerKey';

/**
 * The probes an attacker's role or scopes refuse before any tenant check can run, with why no
 * attacker of that kind could hold the power. Every other probe must get past the role check
 * (its own record answered), so that the tenant check is what turns the victim's away; a probe
 * refused by role and not listed here fails by name.
 */
const ROLE_REFUSED: Record<AttackerName, Record<string, string>> = {
  otherPartnerOwner: {
    partners: 'platform staff only, and they read across partners by design',
    'resellerCreate.input.partnerId': 'platform admins only, and they act across partners by design',
  },
  resellerLimited: {
    apiKeys: 'a reseller limit takes away every partner-wide power (PARTNER_WIDE in permissions.ts)',
    messagingOutbox: 'a reseller limit takes away the partner-wide outbox (PARTNER_WIDE in permissions.ts)',
    auditLog: 'a reseller limit takes away every partner-wide power (PARTNER_WIDE in permissions.ts)',
    partners: 'platform staff only',
    'auditLog.filter.customerId': 'a reseller limit takes away the audit log (PARTNER_WIDE in permissions.ts)',
    'operatorInvite.input.resellerId': 'a reseller limit takes away managing operators (PARTNER_WIDE)',
    'operatorUpdate.input.resellerId': 'a reseller limit takes away managing operators (PARTNER_WIDE)',
    webhookEndpoints: 'a reseller limit takes away webhooks, which carry every reseller’s events (PARTNER_WIDE)',
  },
  otherPartnerKey: {
    apiKeys: 'no API key scope manages API keys',
    messagingOutbox: 'no API key scope reads the outbox',
    auditLog: 'no API key scope reads the audit log',
    partners: 'platform staff only',
    operators: 'no API key scope reads operators',
    'operator.id': 'no API key scope reads operators',
    'auditLog.filter.customerId': 'no API key scope reads the audit log',
    'apiKeyRevoke.input.id': 'no API key scope manages API keys',
    'customerImpersonate.input.customerId': 'logging in as a customer is for people, who re-enter a password',
    'customerErase.input.customerId': 'erasing a customer is for people, who re-enter a password',
    'operatorInvite.input.resellerId': 'no API key scope manages operators',
    'operatorInvite.input.partnerId': 'no API key scope manages operators',
    'operatorUpdate.input.id': 'no API key scope manages operators',
    'operatorUpdate.input.resellerId': 'no API key scope manages operators',
    'operatorDeactivate.input.id': 'no API key scope manages operators',
    'resellerCreate.input.partnerId': 'platform admins only',
    'creditsAdjust.input.customerId': 'adjusting and moving credits are for people (billing:transfer), not API keys',
    'creditsMove.input.fromCustomerId': 'adjusting and moving credits are for people (billing:transfer), not API keys',
    'creditsMove.input.toCustomerId': 'adjusting and moving credits are for people (billing:transfer), not API keys',

    webhookEndpoints: 'no API key scope manages webhooks',
    'webhookEndpoint.id': 'no API key scope manages webhooks',
    'webhookEndpointUpdate.input.id': 'no API key scope manages webhooks',
    'webhookEndpointDelete.input.id': 'no API key scope manages webhooks',
    'webhookDeliveryReplay.input.id': 'no API key scope manages webhooks',
    'customerListViewUpdate.input.id': 'saved views belong to operators; an API key has none',
    'customerListViewDelete.input.id': 'saved views belong to operators; an API key has none',
    'customerListViewCreate.input.filter.resellerIds': 'saved views belong to operators; an API key has none',
    'customerListViewCreate.input.filter.tags.allOf': 'saved views belong to operators; an API key has none',
    'customerListViewCreate.input.filter.tags.anyOf': 'saved views belong to operators; an API key has none',
    'customerListViewCreate.input.filter.tags.noneOf': 'saved views belong to operators; an API key has none',
    'customerListViewUpdate.input.filter.resellerIds': 'saved views belong to operators; an API key has none',
    'customerListViewUpdate.input.filter.tags.allOf': 'saved views belong to operators; an API key has none',
    'customerListViewUpdate.input.filter.tags.anyOf': 'saved views belong to operators; an API key has none',
    'customerListViewUpdate.input.filter.tags.noneOf': 'saved views belong to operators; an API key has none',
  },
};

function roleRefusalOf(name: AttackerName, key: string): string | undefined {
  return ROLE_REFUSED[name][key];
}

interface Attacker {
  token: string;
  password: string;
  /** The records the attacker must not reach. */
  victim: Records;
  /** The attacker's own records of the same kinds, which the same call does reach. */
  own: Records;
  /** Strings that only the victim's data contains: ids, names, emails. */
  fingerprints: string[];
  /** What to search a list's text filters for: the victim's names and addresses. */
  searches: string[];
}

interface World {
  victim: TenantSeed;
  victimRecords: Required<Records>;
  victimApiKey: SeededApiKey;
  attackers: Record<AttackerName, Attacker>;
  scopelessKey: SeededApiKey;
  platformViewer: SeededOperator;
}

let world: World;
/** Plays the partners' webhook receivers. */
let receiver: WebhookReceiver;

const VIEWER_ID = graphql(`
  query CrossTenantViewerId {
    viewer {
      id
    }
  }
`);

const IMPERSONATE = graphql(`
  mutation CrossTenantImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const NOTE_CREATE = graphql(`
  mutation CrossTenantNoteCreate($input: CustomerNoteCreateInput!) {
    customerNoteCreate(input: $input) {
      note {
        id
      }
    }
  }
`);

const QUOTE_CREATE = graphql(`
  mutation CrossTenantQuoteCreate($input: QuoteCreateInput!) {
    quoteCreate(input: $input) {
      quote {
        id
      }
    }
  }
`);

const TAGS_ADD = graphql(`
  mutation CrossTenantTagsAdd($input: CustomerTagsAddInput!) {
    customerTagsAdd(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

/** A note on a customer, written by whoever holds `token` (only they may edit or delete it). */
async function noteBy(token: string, customerId: string, body: string): Promise<string> {
  const result = await query(token, NOTE_CREATE, { input: { customerId, body } });
  return result.customerNoteCreate.note!.id;
}

/** A draft quote; any of the quote mutations still looks its id up whatever the quote's status. */
async function quoteBy(token: string, customerId: string): Promise<string> {
  const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const result = await query(token, QUOTE_CREATE, {
    input: { customerId, validUntil, lines: [{ description: 'Probe offer', quantity: '1', unitAmount: 100 }] },
  });
  return result.quoteCreate.quote!.id;
}

const EXPORT_START = graphql(`
  mutation CrossTenantExportStart($input: CustomerExportStartInput!) {
    customerExportStart(input: $input) {
      export {
        id
      }
    }
  }
`);

const VIEW_CREATE = graphql(`
  mutation CrossTenantViewCreate($input: CustomerListViewCreateInput!) {
    customerListViewCreate(input: $input) {
      customerListView {
        id
      }
    }
  }
`);

async function exportBy(token: string): Promise<string> {
  const result = await query(token, EXPORT_START, { input: { columns: ['NAME'] } });
  return result.customerExportStart.export!.id;
}

/** A saved view, shared so that every operator of its partner sees it. */
async function viewBy(token: string, name: string): Promise<string> {
  const result = await query(token, VIEW_CREATE, { input: { name, shared: true } });
  return result.customerListViewCreate.customerListView!.id;
}

async function tag(token: string, customerId: string, tagText: string): Promise<void> {
  const result = await query(token, TAGS_ADD, { input: { customerIds: [customerId], tags: [tagText] } });
  expect(result.customerTagsAdd.userErrors).toEqual([]);
}

async function idOf(operator: SeededOperator): Promise<string> {
  return (await query(operator.token, VIEWER_ID)).viewer.id;
}

/** An audit entry about the customer (a log-in-as starting), so that filtering the log by it finds something. */
async function auditSomethingAbout(customerId: string, as: SeededOperator): Promise<void> {
  const result = await query(as.token, IMPERSONATE, { input: { customerId, password: as.password } });
  expect(result.customerImpersonate.userErrors).toEqual([]);
}

/**
 * A finished bulk send of the partner's, a template and an outbox entry naming `fingerprint`,
 * written where messaging keeps them, so the messaging lists have something to leak.
 */
async function messageBatchOf(partnerId: string, fingerprint: string): Promise<string> {
  const messaging = await database('messaging');
  const id = newId();
  await messaging.query(
    `INSERT INTO messaging.message_batches (partner_id, id, channel, subject, status, total, created_by)
     VALUES ($1, $2, 'EMAIL', $3, 'SENDING', 0, 'seed')`,
    [partnerId, id, `News for ${fingerprint}`],
  );
  await messaging.query(
    `INSERT INTO messaging.templates (partner_id, key, channel, name, subject, text_body)
     VALUES ($1, 'seeded', 'EMAIL', $2, 'Hello', 'Hello')`,
    [partnerId, `Template of ${fingerprint}`],
  );
  await messaging.query(
    `INSERT INTO messaging.outbox (partner_id, id, message_id, channel, recipient, subject, raw)
     VALUES ($1, $2, $3, 'EMAIL', $4, 'Hello', $5)`,
    [partnerId, newId(), newId(), fingerprint, `To: ${fingerprint}`],
  );
  return id;
}

const SERVICE_CREATE = graphql(`
  mutation CrossTenantServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      service {
        id
      }
    }
  }
`);

const BILLING_RUN_START = graphql(`
  mutation CrossTenantBillingRunStart($input: BillingRunStartInput!) {
    billingRunStart(input: $input) {
      billingRun {
        id
      }
    }
  }
`);

/** A service of the customer's, created as `token`. */
async function serviceOf(token: string, customerId: string): Promise<string> {
  const data = await query(token, SERVICE_CREATE, {
    input: { customerId, description: 'Plan', unitPrice: '1.00', period: 'MONTHLY' },
  });
  return data.serviceCreate.service!.id;
}

/** A billing run started as `token` (for everyone it sees). */
const BULK_TAG = graphql(`
  mutation CrossTenantBulkTag($input: CustomersBulkActionInput!) {
    customersBulkAction(input: $input) {
      bulkOperation {
        id
      }
    }
  }
`);

/** A finished bulk operation that tagged one customer, so it can still be undone. */
async function bulkOperationBy(token: string, customerId: string): Promise<string> {
  const data = await query(token, BULK_TAG, {
    input: { target: { customerIds: [customerId] }, action: 'ADD_TAGS', tagIds: [`Bulk ${newId().slice(-8)}`] },
  });
  return data.customersBulkAction.bulkOperation!.id;
}

async function billingRunBy(token: string): Promise<string> {
  const data = await query(token, BILLING_RUN_START, { input: {} });
  return data.billingRunStart.billingRun!.id;
}

const WEBHOOK_ENDPOINT_CREATE = graphql(`
  mutation CrossTenantWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
      }
    }
  }
`);

const WEBHOOK_DELIVERIES = graphql(`
  query CrossTenantWebhookDeliveries($id: ID!) {
    webhookEndpoint(id: $id) {
      deliveries(first: 1) {
        nodes {
          id
          status
        }
      }
    }
  }
`);

/**
 * A partner's webhook endpoints: one for `customer.created` at a receiver that takes everything
 * (so its deliveries finish and queue nothing more while the probes run), and one to delete.
 */
async function webhookEndpoints(tenant: TenantSeed, url: string) {
  const create = async (eventTypes: WebhookEventType[]) => {
    const data = await query(tenant.owner.token, WEBHOOK_ENDPOINT_CREATE, { input: { url, eventTypes } });
    return data.webhookEndpointCreate.webhookEndpoint!.id;
  };
  return {
    webhookEndpoint: await create(['CUSTOMER_CREATED']),
    disposableWebhookEndpoint: await create(['INVOICE_PAID']),
  };
}

/** The endpoint's first delivery, once it has succeeded. */
function succeededDelivery(tenant: TenantSeed, endpointId: string): Promise<string> {
  return eventually(async () => {
    const data = await query(tenant.owner.token, WEBHOOK_DELIVERIES, { id: endpointId });
    const delivery = data.webhookEndpoint?.deliveries.nodes[0];
    return delivery?.status === 'SUCCEEDED' ? delivery.id : null;
  }, `a delivery to webhook endpoint ${endpointId}`);
}

async function seedWorld(): Promise<World> {
  const [victim, otherPartner] = await Promise.all([seed.partner({ resellers: 2 }), seed.partner({ resellers: 1 })]);
  const [victimWebhooks, otherWebhooks] = await Promise.all([
    webhookEndpoints(victim, receiver.endpoint()),
    webhookEndpoints(otherPartner, receiver.endpoint()),
  ]);
  const [resellerA, resellerB] = victim.resellers;
  const otherReseller = otherPartner.resellers[0];
  if (!resellerA || !resellerB || !otherReseller) throw new Error('seed the resellers');

  const [victimCustomer, customerOfA, otherCustomer] = await Promise.all([
    victim.customer({ name: `Victim ${newId().slice(-8)}`, resellerId: resellerB.id }),
    victim.customer({ resellerId: resellerA.id }),
    otherPartner.customer({ resellerId: otherReseller.id }),
  ]);
  const [victimMember, memberOfA, otherMember] = await Promise.all([
    victim.member(victimCustomer.id),
    victim.member(customerOfA.id),
    otherPartner.member(otherCustomer.id),
  ]);
  const [victimOperator, limitedAdmin, limitedTarget, otherTarget] = await Promise.all([
    victim.operator('SUPPORT'),
    victim.operator('ADMIN', resellerA.id),
    victim.operator('READ_ONLY', resellerA.id),
    otherPartner.operator('READ_ONLY'),
  ]);
  const [victimApiKey, scopelessKey, otherApiKey, otherAllScopesKey, platformViewer] = await Promise.all([
    victim.apiKey(['CUSTOMERS_READ']),
    victim.apiKey(['MESSAGING_SEND']),
    otherPartner.apiKey(['CUSTOMERS_READ']),
    otherPartner.apiKey([
      'CUSTOMERS_READ',
      'CUSTOMERS_WRITE',
      'BILLING_READ',
      'BILLING_WRITE',
      'MESSAGING_READ',
      'MESSAGING_SEND',
    ]),
    seed.platformStaff('PLATFORM_VIEWER'),
  ]);
  await Promise.all([
    auditSomethingAbout(victimCustomer.id, victim.owner),
    auditSomethingAbout(customerOfA.id, victim.owner),
    auditSomethingAbout(otherCustomer.id, otherPartner.owner),
  ]);

  const [victimDelivery, otherDelivery] = await Promise.all([
    succeededDelivery(victim, victimWebhooks.webhookEndpoint),
    succeededDelivery(otherPartner, otherWebhooks.webhookEndpoint),
  ]);

  const [victimBatch, otherBatch] = await Promise.all([
    messageBatchOf(victim.partnerId, victim.owner.email),
    messageBatchOf(otherPartner.partnerId, otherPartner.owner.email),
  ]);
  const [victimService, otherService, limitedService, victimRun, otherRun, limitedRun] = await Promise.all([
    serviceOf(victim.owner.token, victimCustomer.id),
    serviceOf(otherPartner.owner.token, otherCustomer.id),
    serviceOf(limitedAdmin.token, customerOfA.id),
    billingRunBy(victim.owner.token),
    billingRunBy(otherPartner.owner.token),
    billingRunBy(limitedAdmin.token),
  ]);
  const [victimView, otherView, otherDisposableView] = await Promise.all([
    viewBy(victim.owner.token, `Victim view ${newId().slice(-8)}`),
    viewBy(otherPartner.owner.token, 'Own view'),
    viewBy(otherPartner.owner.token, 'Own view to delete'),
  ]);
  const [victimBulk, otherBulk, limitedBulk] = await Promise.all([
    bulkOperationBy(victim.owner.token, victimCustomer.id),
    bulkOperationBy(otherPartner.owner.token, otherCustomer.id),
    bulkOperationBy(limitedAdmin.token, customerOfA.id),
  ]);
  const victimNoteBody = `Victim note ${newId().slice(-8)}`;
  const victimTag = `Victim tag ${newId().slice(-8)}`;
  const [victimNote, ownerNote, ownerDisposableNote, keyNote, keyDisposableNote, limitedNote, limitedDisposableNote] =
    await Promise.all([
      noteBy(victim.owner.token, victimCustomer.id, victimNoteBody),
      noteBy(otherPartner.owner.token, otherCustomer.id, 'Own note'),
      noteBy(otherPartner.owner.token, otherCustomer.id, 'Own note to delete'),
      noteBy(otherAllScopesKey.token, otherCustomer.id, 'Own note'),
      noteBy(otherAllScopesKey.token, otherCustomer.id, 'Own note to delete'),
      noteBy(limitedAdmin.token, customerOfA.id, 'Own note'),
      noteBy(limitedAdmin.token, customerOfA.id, 'Own note to delete'),
    ]);
  const [victimQuote, otherQuote, limitedQuote] = await Promise.all([
    quoteBy(victim.owner.token, victimCustomer.id),
    quoteBy(otherPartner.owner.token, otherCustomer.id),
    quoteBy(limitedAdmin.token, customerOfA.id),
  ]);
  await Promise.all([
    tag(victim.owner.token, victimCustomer.id, victimTag),
    tag(otherPartner.owner.token, otherCustomer.id, 'Own tag'),
  ]);
  const [victimExport, otherExport, limitedExport] = await Promise.all([
    exportBy(victim.owner.token),
    exportBy(otherPartner.owner.token),
    exportBy(limitedAdmin.token),
  ]);
  const [victimInvoice, otherInvoice, invoiceOfA] = await Promise.all([
    issuedInvoice(victim.owner.token, victimCustomer.id, [line(100)]),
    issuedInvoice(otherPartner.owner.token, otherCustomer.id, [line(100)]),
    issuedInvoice(victim.owner.token, customerOfA.id, [line(100)]),
  ]);

  const victimRecords = {
    ...victimWebhooks,
    webhookDelivery: victimDelivery,
    invoice: victimInvoice.id,
    messageBatch: victimBatch,
    service: victimService,
    billingRun: victimRun,
    bulkOperation: victimBulk,
    quote: victimQuote,
    customerExport: victimExport,
    customerListView: victimView,
    disposableCustomerListView: victimView,
    tag: victimTag,
    note: victimNote,
    disposableNote: victimNote,
    customer: victimCustomer.id,
    member: victimMember.id,
    reseller: resellerB.id,
    operator: await idOf(victimOperator),
    apiKey: victimApiKey.id,
    partner: victim.partnerId,
  };
  const resellerBData = [
    resellerB.id,
    resellerB.name,
    victimCustomer.id,
    victimCustomer.name,
    victimMember.id,
    victimNote,
    victimNoteBody,
    victimTag,
    victimQuote,
  ];
  const otherPartnerOwn = {
    messageBatch: otherBatch,
    service: otherService,
    billingRun: otherRun,
    customerExport: otherExport,
    customerListView: otherView,
    disposableCustomerListView: otherDisposableView,
    tag: 'Own tag',
    bulkOperation: otherBulk,

    ...otherWebhooks,
    webhookDelivery: otherDelivery,
    invoice: otherInvoice.id,
    quote: otherQuote,
    customer: otherCustomer.id,
    member: otherMember.id,
    reseller: otherReseller.id,
    operator: await idOf(otherTarget),
    apiKey: otherApiKey.id,
    partner: otherPartner.partnerId,
  };
  const partnerFingerprints = [
    ...resellerBData,
    ...Object.values(victimRecords),
    resellerA.id,
    resellerA.name,
    customerOfA.id,
    customerOfA.name,
    victimMember.email,
    victimOperator.email,
    victim.owner.email,
    victimApiKey.prefix,
  ];
  const partnerSearches = [victimCustomer.name, victimOperator.email, victimMember.email];
  return {
    victim,
    victimRecords,
    victimApiKey,
    scopelessKey,
    platformViewer,
    attackers: {
      otherPartnerOwner: {
        token: otherPartner.owner.token,
        password: otherPartner.owner.password,
        victim: victimRecords,
        own: { ...otherPartnerOwn, note: ownerNote, disposableNote: ownerDisposableNote },
        fingerprints: partnerFingerprints,
        searches: partnerSearches,
      },
      otherPartnerKey: {
        token: otherAllScopesKey.token,
        password: '',
        victim: victimRecords,
        own: { ...otherPartnerOwn, note: keyNote, disposableNote: keyDisposableNote },
        fingerprints: partnerFingerprints,
        searches: partnerSearches,
      },
      resellerLimited: {
        token: limitedAdmin.token,
        password: limitedAdmin.password,
        victim: {
          customer: victimCustomer.id,
          member: victimMember.id,
          reseller: resellerB.id,
          note: victimNote,
          disposableNote: victimNote,
          service: victimService,
          billingRun: victimRun,
          bulkOperation: victimBulk,
          invoice: victimInvoice.id,
          quote: victimQuote,
          customerExport: victimExport,
        },
        own: {
          customer: customerOfA.id,
          service: limitedService,
          billingRun: limitedRun,
          customerExport: limitedExport,
          bulkOperation: limitedBulk,
          invoice: invoiceOfA.id,
          quote: limitedQuote,
          member: memberOfA.id,
          reseller: resellerA.id,
          note: limitedNote,
          disposableNote: limitedDisposableNote,
          // Needed beside a reseller id (operatorUpdate): someone limited to the attacker's own reseller.
          operator: await idOf(limitedTarget),
        },
        fingerprints: [...resellerBData, victimMember.email, victimBulk],
        searches: [victimCustomer.name, victimCustomer.accountNumber, victimMember.email],
      },
    },
  };
}

/** Valid values for required inputs that are not ids, so that only the id can make a call fail. */
function scalarFor(password: string) {
  return (name: string, typeName: string): unknown => {
    if (typeName === 'String') {
      if (/email/i.test(name)) return `probe-${newId()}@partner.test`;
      if (name === 'newPassword') return `new-password-${newId()}`;
      if (/password/i.test(name)) return password;
      if (name === 'accountNumber') return `P-${newId().slice(-8)}`;
      const known: Record<string, string> = {
        country: 'GB',
        currency: 'GBP',
        timezone: 'Europe/London',
        baseCurrency: 'USD',
        quoteCurrency: 'GBP',
        rate: '1.25',
        unitPrice: '1.00',
        quantity: '1',
        taxRate: '0',
        validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      };
      return known[name] ?? `Probe ${newId().slice(-6)}`;
    }
    if (typeName === 'Int' || typeName === 'SafeInt' || typeName === 'Float') return 1;
    if (typeName === 'Boolean') return false;
    if (typeName === 'DateTime') return new Date().toISOString();
    throw new Error(`no value for a required ${typeName} (${name}); teach scalarFor one`);
  };
}

/** Calls a root field with `id` in the probed slot; every other required id is one of `ids`. */
async function call(
  token: string,
  password: string,
  root: RootField,
  ids: Records,
  probe?: { slot: IdSlot; id: string },
): Promise<GraphQLResponse<Record<string, unknown>>> {
  const args = argumentsFor(root, {
    probe: probe && { path: probe.slot.path, id: probe.id },
    ownId: (key) => ids[fixtureOf(key).kind] ?? newId(),
    scalar: scalarFor(password),
  });
  const { query: text, variables } = operationFor(root, args);
  return unthrottled(() => executeRaw(token, text, variables));
}

/** The part of a response a caller can read meaning into: not request ids, not cost reports. */
function answer(result: GraphQLResponse<unknown>) {
  return {
    status: result.status,
    data: result.data ?? null,
    errors: (result.errors ?? []).map(({ message, path, extensions }) => ({ message, path, code: extensions?.code })),
  };
}

function codesOf(result: GraphQLResponse<unknown>): string[] {
  return (result.errors ?? []).map((error) => error.extensions?.code ?? '(none)');
}

/** How a mutation turned an attempt down: FORBIDDEN, or its userErrors' codes; null if it did not. */
function refusalOf(result: GraphQLResponse<Record<string, unknown>>, field: string): string | null {
  if (codesOf(result).includes('FORBIDDEN')) return 'FORBIDDEN';
  const payload = result.data?.[field] as { userErrors?: { code: string }[] } | null | undefined;
  const codes = (payload?.userErrors ?? []).map((error) => error.code);
  return codes.length > 0 ? codes.join(',') : null;
}

function leaks(result: GraphQLResponse<unknown>, fingerprints: string[]): string[] {
  const text = JSON.stringify(answer(result));
  return fingerprints.filter((fingerprint) => text.includes(fingerprint));
}

const VICTIM_CUSTOMER = graphql(`
  query VictimCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      billingName
      accountNumber
      status
      email
      phone
      country
      currency
      timezone
      pricingModel
      members {
        id
        name
        email
        role
        portalAccess
        active
        recipientStatus
      }
      notes(first: 50) {
        nodes {
          id
          body
          updatedAt
        }
      }
      tags
    }
  }
`);
const VICTIM_OPERATOR = graphql(`
  query VictimOperator($id: ID!) {
    operator(id: $id) {
      id
      email
      role
      status
      reseller {
        id
      }
    }
  }
`);
const VICTIM_API_KEYS = graphql(`
  query VictimApiKeys {
    apiKeys(first: 50, filter: { includeRevoked: true }) {
      nodes {
        id
        scopes
        revokedAt
      }
    }
  }
`);

/**
 * Waits until no job of the victim's partner that is due is waiting in the queue: an audit entry a
 * subgraph sends as an event (billing's) lands a moment after its change, and a consumer may queue
 * a job of its own in answer to an event (a webhook delivery for a new customer); neither, nor one
 * caused by an earlier probe, may land between this probe's before and after.
 */
async function victimEventsSettled(): Promise<void> {
  if (stuckVictimJobs) throw new Error(`the victim’s queue never settled earlier: ${stuckVictimJobs}`);
  const accounts = await database('accounts');
  const due = () =>
    accounts.query<{ name: string; state: string; retry_count: number; started_on: Date | null }[]>(
      // Another suite's listener (a queue named test.…) is not one of the product's consumers.
      // A job held back for seconds (a retry, a delivery deferred by a rate limit) is waited for:
      // when it runs it may queue the next event, which would otherwise land between two reads.
      // A job for a later day (a scheduled cancellation) is not.
      `SELECT name, state, retry_count, started_on FROM queue.job WHERE data->>'partnerId' = $1
          AND state IN ('created', 'retry', 'active') AND start_after <= now() + interval '30 seconds'
          AND name NOT LIKE 'test.%' AND created_on >= $2`,
      [world.victimRecords.partner, victimSince],
    );
  try {
    await eventually(
      async () => ((await due()).length === 0 ? true : null),
      'the victim’s queued events to be handled',
      60_000,
    );
  } catch (err) {
    // Every later probe would wait as long again; they fail at once, naming what is stuck.
    stuckVictimJobs = JSON.stringify(await due());
    throw new Error(`${(err as Error).message}; still due: ${stuckVictimJobs}`);
  }
}
let stuckVictimJobs: string | undefined;
/**
 * When the suite began, before the victim's partner existed: none of its events is older, and the
 * queue's tables hold every other suite's jobs too, so the reads skip those by their age first.
 */
let victimSince: Date;

/** Everything an attempt could change about the victim, read as the victim's owner and from the database. */
async function victimState() {
  const { victim, victimRecords } = world;
  await victimEventsSettled();
  const accounts = await database('accounts');
  const counted = (sql: string, parameters: unknown[]) =>
    accounts.query<{ n: string }[]>(sql, parameters).then((rows) => Number(rows[0]!.n));
  // Read side by side: the queue has settled, and the attempt is over before the first read.
  return allOf({
    customer: query(victim.owner.token, VICTIM_CUSTOMER, { id: victimRecords.customer }),
    operator: query(victim.owner.token, VICTIM_OPERATOR, { id: victimRecords.operator }),
    apiKeys: query(victim.owner.token, VICTIM_API_KEYS),
    invitations: counted(`SELECT count(*) AS n FROM accounts.invitations WHERE subject_id = ANY($1)`, [
      [victimRecords.member, victimRecords.operator],
    ]),
    impersonations: counted(`SELECT count(*) AS n FROM accounts.sessions WHERE customer_id = $1`, [
      victimRecords.customer,
    ]),
    resellerUse: counted(
      `SELECT (SELECT count(*) FROM accounts.customers WHERE reseller_id = $1)
            + (SELECT count(*) FROM accounts.operators WHERE reseller_id = $1) AS n`,
      [victimRecords.reseller],
    ),
    resellers: counted(`SELECT count(*) AS n FROM accounts.resellers WHERE partner_id = $1`, [victimRecords.partner]),
    operators: counted(`SELECT count(*) AS n FROM accounts.operators WHERE partner_id = $1`, [victimRecords.partner]),
    auditEntries: counted(`SELECT count(*) AS n FROM accounts.audit_log WHERE partner_id = $1`, [
      victimRecords.partner,
    ]),
    // Every event queued for the victim's partner, whether still waiting, done or archived, by
    // queue, so that a difference names the event. Another suite's listener (a queue named
    // test.…) copies every partner's events while it lives and takes them with it when removed.
    queuedEvents: queueTables()
      .then((tables) =>
        accounts.query<{ name: string; n: string }[]>(
          `SELECT name, count(*) AS n FROM ${tables}
            WHERE created_on >= $2 AND data->>'partnerId' = $1 AND name NOT LIKE 'test.%'
            GROUP BY name ORDER BY name`,
          [victimRecords.partner, victimSince],
        ),
      )
      .then((rows) => Object.fromEntries(rows.map(({ name, n }) => [name, Number(n)]))),
  });
}

/** Every value of an object of promises, awaited together, under the same keys. */
async function allOf<T extends Record<string, Promise<unknown>>>(
  pending: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(pending);
  const values = await Promise.all(Object.values(pending));
  return Object.fromEntries(keys.map((key, at) => [key, values[at]])) as { [K in keyof T]: Awaited<T[K]> };
}

let queueTablesSql: string | undefined;

/** The queue's job tables: pg-boss keeps jobs in `job`, and older versions move finished ones to `archive`. */
async function queueTables(): Promise<string> {
  if (!queueTablesSql) {
    const [found] = await (
      await database('accounts')
    ).query<{ archive: string | null }[]>(`SELECT to_regclass('queue.archive')::text AS archive`);
    queueTablesSql = found?.archive
      ? `(SELECT name, data, created_on FROM queue.job UNION ALL SELECT name, data, created_on FROM queue.archive) AS jobs`
      : `queue.job AS jobs`;
  }
  return queueTablesSql;
}

async function entities(
  entity: EntityKey,
  token: string,
  id: string,
): Promise<GraphQLResponse<{ _entities: (Record<string, unknown> | null)[] }>> {
  const url = `${testStack().subgraphUrls[entity.subgraph as keyof ReturnType<typeof testStack>['subgraphUrls']]}/graphql`;
  return executeRaw(
    token,
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${entity.typeName} { ${entity.selection} } } }`,
    { representations: [{ __typename: entity.typeName, [entity.key]: id }] },
    url,
  );
}

function entityFixtureOf(entity: EntityKey): RecordKind {
  const kind = ENTITY_FIXTURES[entity.typeName];
  if (!kind || entity.key !== 'id') {
    throw new Error(`add a fixture for the ${entity.typeName} entity (key "${entity.key}") to ENTITY_FIXTURES`);
  }
  return kind;
}

const API_KEY_CREATE = graphql(`
  mutation CrossTenantApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      userErrors {
        code
      }
    }
  }
`);

const CUSTOMER = graphql(`
  query CrossTenantCustomer($id: ID!) {
    customer(id: $id) {
      id
    }
  }
`);

const VIEWER = graphql(`
  query CrossTenantViewer {
    viewer {
      id
      kind
    }
  }
`);

const ATTACKERS: { who: string; name: AttackerName; probes: Probe[] }[] = [
  { who: 'the owner of another partner', name: 'otherPartnerOwner', probes: PROBES },
  {
    who: 'an operator limited to another reseller of the same partner',
    name: 'resellerLimited',
    probes: PROBES.filter((probe) => isResellerScoped(probe.key)),
  },
  { who: 'an API key of another partner with every scope', name: 'otherPartnerKey', probes: PROBES },
];

const LIST_FIELDS = listFields(schema);

/** Reads a list field with the given arguments, as `token`. */
function readList(token: string, root: RootField, args: Record<string, unknown>) {
  const { query: text, variables } = listOperationFor(root, args);
  return unthrottled(() => executeRaw(token, text, variables));
}

/**
 * The probes spend an API key's rate-limit budget quickly; a throttled answer says nothing about
 * tenancy, so wait as long as it says and ask again.
 */
async function unthrottled<T>(ask: () => Promise<GraphQLResponse<T>>): Promise<GraphQLResponse<T>> {
  for (let attempt = 0; ; attempt++) {
    const result = await ask();
    const throttled = result.errors?.find((error) => error.extensions?.code === 'THROTTLED');
    if (!throttled || attempt === 5) return result;
    const seconds = (throttled.extensions as { retryAfterSeconds?: number }).retryAfterSeconds ?? 1;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/** Root fields guarded by `messaging:send`, the one scope the "scopeless" key holds. */
const NEEDS_MESSAGING_SEND = [
  'messageTemplates',
  'messagePreview',
  'messageBatch',
  'messageSend',
  'messageBulkSend',
  'messageBatchCancel',
  'messageRecipientCount',
];

describe('cross-tenant access to every field that takes an id, discovered from the schema', () => {
  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    const [started] = await (await database('accounts')).query<{ now: Date }[]>('SELECT now()');
    victimSince = started!.now;
    world = await seedWorld();
  }, 120_000);

  afterAll(() => receiver.stop());

  it('should have a fixture for every id argument of every query and mutation', () => {
    const missing = PROBES.filter((probe) => !ID_FIXTURES[probe.key]).map(({ key }) => `add a fixture for ${key}`);

    expect(missing).toEqual([]);
  });

  it('should find every id argument it has a fixture for, so the discovery itself works', () => {
    const discovered = PROBES.map((probe) => probe.key);

    expect(discovered).toEqual(expect.arrayContaining(Object.keys(ID_FIXTURES)));
  });

  it('should have a fixture for every entity type a subgraph resolves by key', () => {
    const missing = ENTITIES.filter((entity) => !ENTITY_FIXTURES[entity.typeName] || entity.key !== 'id').map(
      (entity) => `add a fixture for the ${entity.typeName} entity (key "${entity.key}") on ${entity.subgraph}`,
    );

    expect(ENTITIES.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  describe.each(ATTACKERS)('as $who', ({ name, probes }) => {
    it.each(probes)(
      'should answer $key with the victim’s id exactly as with an id that does not exist',
      async ({ key, root, slot }: Probe) => {
        const fixture = fixtureOf(key);
        const attacker = world.attackers[name];
        const victimId = attacker.victim[fixture.kind];
        const ownId = attacker.own[fixture.kind];
        if (!victimId || !ownId) throw new Error(`seed a victim and an own ${fixture.kind} for ${name}`);
        const attempt = (id: string) => call(attacker.token, attacker.password, root, attacker.own, { slot, id });
        const before = await victimState();

        const foreign = await attempt(victimId);
        const missing = await attempt(newId());
        // Read before the attacker acts on its own record, which may well change things.
        const after = await victimState();
        const own = await attempt(ownId);

        expect(answer(foreign)).toEqual(answer(missing));
        expect(leaks(foreign, attacker.fingerprints)).toEqual([]);
        if (root.operation === 'mutation') {
          expect(refusalOf(foreign, root.name)).toMatch(/^(FORBIDDEN|NOT_FOUND|NOT_ALLOWED)$/);
        }
        expect(after).toEqual(before);
        // The role must let the attacker call the field with its own record, so that the tenant
        // check is what refused the victim's; only the refusals listed in ROLE_REFUSED are by role.
        const roleRefused = codesOf(own).includes('FORBIDDEN');
        expect({ key, roleRefused }).toEqual({ key, roleRefused: roleRefusalOf(name, key) !== undefined });
        // The attacker's own record must be answered differently: the call really looks the id up.
        if (!roleRefused && !fixture.ownIdIgnored) {
          expect(answer(own)).not.toEqual(answer(missing));
        }
      },
    );

    it.each(ENTITIES)(
      'should resolve no $typeName of the victim through _entities on $subgraph called directly',
      async (entity) => {
        const kind = entityFixtureOf(entity);
        const attacker = world.attackers[name];
        const victimId = attacker.victim[kind]!;
        const ownId = attacker.own[kind]!;

        const foreign = await entities(entity, attacker.token, victimId);
        const missing = await entities(entity, attacker.token, newId());
        const own = await entities(entity, attacker.token, ownId);

        expect(answer(foreign)).toEqual(answer(missing));
        expect(missing.data).toEqual({ _entities: [null] });
        expect(own.data?._entities).toEqual([expect.objectContaining({ __typename: entity.typeName, id: ownId })]);
      },
    );
  });

  it('should refuse an operator limited to one reseller an API key, which would reach every reseller', async () => {
    const { token } = world.attackers.resellerLimited;
    const before = await victimState();

    const created = await execute(token, API_KEY_CREATE, {
      input: { name: 'Reseller escape', scopes: ['CUSTOMERS_READ'] },
    });

    expect(codesOf(created)).toEqual(['FORBIDDEN']);
    expect(created.data ?? null).toBeNull();
    expect(await victimState()).toEqual(before);
  });

  it('should have found the list fields, so the discovery itself works', () => {
    expect(LIST_FIELDS.map((root) => root.name)).toEqual(
      expect.arrayContaining(['apiKeys', 'auditLog', 'customers', 'operators', 'partners', 'resellers']),
    );
  });

  describe.each(ATTACKERS)('reading every list as $who', ({ name }) => {
    // A deep page of customers (notes, activity and messages for each of 100) costs an API key's
    // rate budget several times its capacity across the variants, so the probe waits out throttling.
    it.each(LIST_FIELDS)(
      'should show none of the victim’s records in $name',
      async (root) => {
        const attacker = world.attackers[name];
        const variants = listVariantsFor(root, attacker.searches);
        const before = await victimState();

        const answers = await Promise.all(variants.map((args) => readList(attacker.token, root, args)));

        const refusal = roleRefusalOf(name, root.name);
        for (const [i, result] of answers.entries()) {
          const asked = { field: root.name, args: variants[i] };
          expect({ ...asked, leaks: leaks(result, attacker.fingerprints) }).toEqual({ ...asked, leaks: [] });
          // Refused by role only where listed; otherwise the list is answered, without the victim's records.
          expect({ ...asked, status: result.status, codes: codesOf(result) }).toEqual({
            ...asked,
            status: 200,
            codes: refusal ? ['FORBIDDEN'] : [],
          });
        }
        expect(await victimState()).toEqual(before);
      },
      300_000,
    );
  });

  describe('reading every list as someone who may see the victim’s records', () => {
    /** The victim's own owner; platform staff for what only they may read. Shows each probe can fail. */
    it.each(LIST_FIELDS)('should show the victim’s records in $name, so a leak there would be seen', async (root) => {
      const { victim, platformViewer, attackers } = world;
      const { fingerprints, searches } = attackers.otherPartnerOwner;
      const token = roleRefusalOf('otherPartnerOwner', root.name) ? platformViewer.token : victim.owner.token;

      const answers = await Promise.all(listVariantsFor(root, searches).map((args) => readList(token, root, args)));

      expect(answers.map(codesOf)).toEqual(answers.map(() => []));
      expect(answers.flatMap((result) => leaks(result, fingerprints)).length).toBeGreaterThan(0);
    });
  });

  describe('as an API key of the victim’s own partner without the scope a field needs', () => {
    it.each(ROOT_FIELDS.filter((root) => !SCOPELESS_FIELDS.includes(root.name)))(
      'should refuse $name with FORBIDDEN',
      async (root) => {
        const { scopelessKey, victimApiKey, victimRecords } = world;
        // The scopeless key holds MESSAGING_SEND, which these need: a key with another scope is tried instead.
        const key = NEEDS_MESSAGING_SEND.includes(root.name) ? victimApiKey : scopelessKey;
        const before = await victimState();

        const result = await call(key.token, '', root, victimRecords);

        expect(codesOf(result)).toEqual(['FORBIDDEN']);
        expect(result.data?.[root.name] ?? null).toBeNull();
        expect(await victimState()).toEqual(before);
      },
    );

    it('should still let the key see which key it is', async () => {
      const viewer = await query(world.scopelessKey.token, VIEWER);

      expect(viewer.viewer).toEqual({ id: world.scopelessKey.id, kind: 'API_KEY' });
    });

    it.each(ENTITIES)('should refuse $typeName through _entities on $subgraph called directly', async (entity) => {
      const kind = entityFixtureOf(entity);

      const result = await entities(entity, world.scopelessKey.token, world.victimRecords[kind]);
      const missing = await entities(entity, world.scopelessKey.token, newId());

      expect(codesOf(result)).toEqual(['FORBIDDEN']);
      expect(result.data?._entities[0] ?? null).toBeNull();
      expect(answer(result)).toEqual(answer(missing));
    });
  });

  describe('as a platform viewer', () => {
    it('should read a customer of any partner', async () => {
      const { platformViewer, victimRecords, attackers } = world;

      const victims = await query(platformViewer.token, CUSTOMER, { id: victimRecords.customer });
      const others = await query(platformViewer.token, CUSTOMER, { id: attackers.otherPartnerOwner.own.customer! });

      expect(victims.customer).toEqual({ id: victimRecords.customer });
      expect(others.customer).toEqual({ id: attackers.otherPartnerOwner.own.customer });
    });

    it.each(ROOT_FIELDS.filter((root) => root.operation === 'mutation'))(
      'should refuse $name with FORBIDDEN',
      async (root) => {
        const { platformViewer, victimRecords } = world;
        const before = await victimState();

        const result = await call(platformViewer.token, platformViewer.password, root, victimRecords);

        expect(codesOf(result)).toEqual(['FORBIDDEN']);
        expect(await victimState()).toEqual(before);
      },
    );
  });

  it('should leave the victim’s API key working after every attempt', async () => {
    const token = await exchangeApiKey(world.victimApiKey.secret);

    const viewer = await query(token, VIEWER_ID);

    expect(viewer.viewer.id).toBe(world.victimApiKey.id);
  });
});
