import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { authRequest, eventually, executeRaw, query } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';

const ROOT = join(__dirname, '..', '..');

/** Every audit action the code can write: each `action: '…'` in the subgraphs and the kit. */
function auditedActions(): string[] {
  const actions = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', '__tests__', 'dist'].includes(entry.name)) visit(path);
      } else if (entry.name.endsWith('.ts')) {
        // `action: 'a'`, or `action: cond ? 'a' : 'b'`.
        for (const match of readFileSync(path, 'utf8').matchAll(
          /\baction: (?:[^\n?]*?\? )?'([\w.-]+)'(?: : '([\w.-]+)')?/g,
        )) {
          actions.add(match[1]!);
          if (match[2]) actions.add(match[2]);
        }
      }
    }
  };
  for (const dir of ['subgraphs', join('packages', 'subgraph-kit', 'src')]) {
    const base = join(ROOT, dir);
    if (dir === 'subgraphs') {
      for (const subgraph of readdirSync(base)) visit(join(base, subgraph, 'src'));
    } else {
      visit(base);
    }
  }
  return [...actions].sort();
}

const PARTNER_CREATE = graphql(`
  mutation AuditTrailPartnerCreate($input: PartnerCreateInput!) {
    partnerCreate(input: $input) {
      partner {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const RESELLER_CREATE = graphql(`
  mutation AuditTrailResellerCreate($input: ResellerCreateInput!) {
    resellerCreate(input: $input) {
      reseller {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const API_KEY_CREATE = graphql(`
  mutation AuditTrailApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const API_KEY_REVOKE = graphql(`
  mutation AuditTrailApiKeyRevoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const OPERATOR_INVITE = graphql(`
  mutation AuditTrailOperatorInvite($input: OperatorInviteInput!) {
    operatorInvite(input: $input) {
      operator {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const OPERATOR_UPDATE = graphql(`
  mutation AuditTrailOperatorUpdate($input: OperatorUpdateInput!) {
    operatorUpdate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const OPERATOR_DEACTIVATE = graphql(`
  mutation AuditTrailOperatorDeactivate($input: OperatorDeactivateInput!) {
    operatorDeactivate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const MEMBER_INVITATION_CREATE = graphql(`
  mutation AuditTrailMemberInvitationCreate($input: MemberInvitationCreateInput!) {
    memberInvitationCreate(input: $input) {
      invitation {
        url
      }
      userErrors {
        code
      }
    }
  }
`);

const IMPERSONATE = graphql(`
  mutation AuditTrailImpersonate($input: CustomerImpersonateInput!) {
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

const PORTAL_ACCOUNT_UPDATE = graphql(`
  mutation AuditTrailPortalAccountUpdate($input: PortalAccountUpdateInput!) {
    portalAccountUpdate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

const PORTAL_PASSWORD_CHANGE = graphql(`
  mutation AuditTrailPortalPasswordChange($input: PortalPasswordChangeInput!) {
    portalPasswordChange(input: $input) {
      changed
      userErrors {
        code
      }
    }
  }
`);

const VIEWER_ID = graphql(`
  query AuditTrailViewerId {
    viewer {
      id
    }
  }
`);

const tokenOf = (url: string) => new URL(url).hash.replace('#token=', '');

interface Entry {
  action: string;
  target: string | null;
}

async function entriesOf(partnerId: string): Promise<Entry[]> {
  return (await database('accounts')).query<Entry[]>(
    `SELECT action, target_id AS target FROM accounts.audit_log WHERE partner_id = $1 ORDER BY occurred_at, id`,
    [partnerId],
  );
}

/**
 * Audited actions whose own suites perform them and read their entries back (with the before and
 * after of what changed); each suite is named, and must still mention its action.
 */
const PROVEN_IN_THEIR_OWN_SUITES: Record<string, string> = {
  'credits.added': 'billing/credits.test.ts',
  'credits.moved': 'billing/credits.test.ts',
  'customer.created': 'customers/customer-details.test.ts',
  'customer-export.started': 'customers/export.test.ts',
  'customer.updated': 'customers/customer-details.test.ts',
  'customer.note-created': 'customers/notes-tags-notes.test.ts',
  'customer.note-updated': 'customers/notes-tags-notes.test.ts',
  'customer.note-deleted': 'customers/notes-tags-notes.test.ts',
  'customer.ownership-transferred': 'members/members.test.ts',
  'member.created': 'members/members.test.ts',
  'member.updated': 'members/members.test.ts',
  'member.deactivated': 'members/members.test.ts',
  'member.reactivated': 'members/members.test.ts',
  'member.password-reset-requested': 'members/members.test.ts',
  'customer.tags-added': 'customers/notes-tags-tags.test.ts',
  'customer.tags-removed': 'customers/notes-tags-tags.test.ts',
};

/**
 * Audited, but not yet performed by any suite: a bulk send can only be cancelled while it runs,
 * and a replay needs a delivery that finished. Named here so the gap stays visible.
 */
const NOT_YET_PERFORMED_BY_A_SUITE = ['message.bulk-cancel', 'webhookDelivery.replayed'];

/** A mutation's payload as `perform` reads it: its errors, and the id of what it made, when asked for. */
type Performed = Record<
  string,
  { userErrors: unknown[] } & Partial<Record<'batch' | 'service' | 'billingRun' | 'quote', { id: string }>>
>;

/** Runs a mutation the typed documents do not cover here and expects no errors of any kind. */
async function perform(token: string, text: string, input: Record<string, unknown>): Promise<Performed> {
  const result = await executeRaw<Performed>(token, text, { input });
  expect(result.errors).toBeUndefined();
  for (const payload of Object.values(result.data ?? {})) expect(payload.userErrors).toEqual([]);
  return result.data ?? {};
}

describe('the audit log', () => {
  it('should name, for each audited action proven elsewhere, a suite that mentions it', () => {
    for (const [action, suite] of Object.entries(PROVEN_IN_THEIR_OWN_SUITES)) {
      expect([action, readFileSync(join(__dirname, '..', suite), 'utf8').includes(`'${action}'`)]).toEqual([
        action,
        true,
      ]);
    }
  });

  it('should find the audited actions in the code, so the list below stays complete', () => {
    expect(auditedActions().length).toBeGreaterThan(5);
  });

  it('should hold an entry for every action the code audits, once it is performed, about its target', async () => {
    const tenant = await seed.partner();
    const customer = await tenant.customer();
    const member = await tenant.member(customer.id, { portalAccess: true });
    const admin = await seed.platformStaff('PLATFORM_ADMIN');
    const owner = tenant.owner.token;

    const partner = await query(admin.token, PARTNER_CREATE, {
      input: { name: 'Audited Partner', ownerEmail: `owner-${randomUUID().slice(0, 8)}@new.test`, ownerName: 'O' },
    });
    const reseller = await query(admin.token, RESELLER_CREATE, {
      input: { partnerId: tenant.partnerId, name: 'Audited Reseller' },
    });
    const key = await query(owner, API_KEY_CREATE, { input: { name: 'Audited key', scopes: ['CUSTOMERS_READ'] } });
    const keyId = key.apiKeyCreate.apiKey!.id;
    await query(owner, API_KEY_REVOKE, { input: { id: keyId } });
    const invited = await query(owner, OPERATOR_INVITE, {
      input: { email: `audited-${randomUUID().slice(0, 8)}@partner.test`, name: 'Audited', role: 'SUPPORT' },
    });
    const operatorId = invited.operatorInvite.operator!.id;
    // An active operator: deactivating one still invited is an internal error today (see identity.test.ts).
    const support = await tenant.operator('SUPPORT');
    const supportId = (await query(support.token, VIEWER_ID)).viewer.id;
    await query(owner, OPERATOR_UPDATE, { input: { id: supportId, role: 'READ_ONLY' } });
    await query(owner, OPERATOR_DEACTIVATE, { input: { id: supportId } });
    const memberInvitation = await query(owner, MEMBER_INVITATION_CREATE, { input: { memberId: member.id } });
    const memberPassword = 'member portal password';
    await authRequest('/auth/invitation/accept', {
      token: tokenOf(memberInvitation.memberInvitationCreate.invitation!.url),
      password: memberPassword,
    });
    const portal = await authRequest('/auth/portal/sign-in', { email: member.email, password: memberPassword });
    const changed = await query(portal.body!.accessToken as string, PORTAL_PASSWORD_CHANGE, {
      input: { currentPassword: memberPassword, newPassword: 'another portal password' },
    });
    const impersonation = await query(owner, IMPERSONATE, {
      input: { customerId: customer.id, password: tenant.owner.password },
    });
    const asCustomer = impersonation.customerImpersonate.session!.accessToken;
    await query(asCustomer, PORTAL_ACCOUNT_UPDATE, { input: { phone: '+447700900123', timezone: 'Europe/London' } });
    const ended = await authRequest('/auth/sign-out', {}, { token: asCustomer });

    const paying = await tenant.customer({ email: `paying-${randomUUID().slice(0, 8)}@customer.test` });
    const idempotencyKey = () => randomUUID();
    await perform(owner, `mutation ($input: CreditsAddInput!) { creditsAdd(input: $input) { userErrors { code } } }`, {
      customerId: paying.id,
      amount: 1_000,
      idempotencyKey: idempotencyKey(),
    });
    await perform(
      owner,
      `mutation ($input: CreditsWithdrawInput!) { creditsWithdraw(input: $input) { userErrors { code } } }`,
      { customerId: paying.id, amount: 100, idempotencyKey: idempotencyKey() },
    );
    await perform(
      owner,
      `mutation ($input: CreditsAdjustInput!) { creditsAdjust(input: $input) { userErrors { code } } }`,
      { customerId: paying.id, amount: -50, reason: 'Goodwill correction', idempotencyKey: idempotencyKey() },
    );
    await perform(
      owner,
      `mutation ($input: CustomerAccountNumberChangeInput!) { customerAccountNumberChange(input: $input) { userErrors { code } } }`,
      { customerId: paying.id, accountNumber: `AUD-${randomUUID().slice(0, 8)}` },
    );
    await perform(
      owner,
      `mutation ($input: LowCreditReminderUpdateInput!) { lowCreditReminderUpdate(input: $input) { userErrors { code } } }`,
      { customerId: paying.id, enabled: true, thresholdMinor: 500 },
    );
    await perform(
      owner,
      `mutation ($input: MessageSendInput!) { messageSend(input: $input) { userErrors { code } } }`,
      { customerId: paying.id, channel: 'EMAIL', subject: 'Audited', textBody: 'Hello' },
    );
    const bulk = await perform(
      owner,
      `mutation ($input: MessageBulkSendInput!) { messageBulkSend(input: $input) { batch { id } userErrors { code } } }`,
      { customerIds: [paying.id], channel: 'EMAIL', subject: 'Audited', textBody: 'Hello' },
    );

    // The invoicing actions, partner-wide ones targeting the partner (a tax rate its country), the
    // others the customer they are about; the billing run bills the tenant's two customers.
    await perform(owner, `mutation ($input: TaxRateSetInput!) { taxRateSet(input: $input) { userErrors { code } } }`, {
      country: 'NL',
      rate: '21',
    });
    await perform(
      owner,
      `mutation ($input: TaxRateRemoveInput!) { taxRateRemove(input: $input) { userErrors { code } } }`,
      { country: 'NL' },
    );
    await perform(
      owner,
      `mutation ($input: RecipientPriceSetInput!) { recipientPriceSet(input: $input) { userErrors { code } } }`,
      { amount: '4.50', currency: 'GBP' },
    );
    await perform(owner, `mutation ($input: FxRateSetInput!) { fxRateSet(input: $input) { userErrors { code } } }`, {
      baseCurrency: 'USD',
      quoteCurrency: 'GBP',
      rate: '0.79',
      customerId: paying.id,
    });
    await perform(
      owner,
      `mutation ($input: FxRateRemoveInput!) { fxRateRemove(input: $input) { userErrors { code } } }`,
      { baseCurrency: 'USD', quoteCurrency: 'GBP', customerId: paying.id },
    );
    await perform(
      owner,
      `mutation ($input: InvoiceHeaderUpdateInput!) { invoiceHeaderUpdate(input: $input) { userErrors { code } } }`,
      { legalName: 'Audited Partner Ltd', addressLines: ['1 Audit Street'], taxId: 'GB123456789' },
    );
    await perform(
      owner,
      `mutation ($input: InvoiceSettingsUpdateInput!) { invoiceSettingsUpdate(input: $input) { userErrors { code } } }`,
      { prefix: 'AUD-' },
    );
    const service = await perform(
      owner,
      `mutation ($input: ServiceCreateInput!) { serviceCreate(input: $input) { service { id } userErrors { code } } }`,
      { customerId: paying.id, description: 'Audited plan', unitPrice: '19.99', period: 'MONTHLY' },
    );
    const serviceId = service.serviceCreate!.service!.id;
    await perform(
      owner,
      `mutation ($input: ServiceUpdateInput!) { serviceUpdate(input: $input) { userErrors { code } } }`,
      { id: serviceId, quantity: '2' },
    );
    await perform(
      owner,
      `mutation ($input: ServiceRemoveInput!) { serviceRemove(input: $input) { userErrors { code } } }`,
      { id: serviceId },
    );
    const validUntil = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await perform(
      owner,
      `mutation ($input: QuoteCreateInput!) { quoteCreate(input: $input) { quote { id } userErrors { code } } }`,
      {
        customerId: paying.id,
        validUntil,
        lines: [{ description: 'Audited offer', quantity: '1', unitAmount: 1_000 }],
      },
    );
    const run = await perform(
      owner,
      `mutation ($input: BillingRunStartInput!) { billingRunStart(input: $input) { billingRun { id } userErrors { code } } }`,
      {},
    );

    const expected: Record<string, { partnerId: string; target: string | null }> = {
      'partner.created': { partnerId: partner.partnerCreate.partner!.id, target: partner.partnerCreate.partner!.id },
      'reseller.created': { partnerId: tenant.partnerId, target: reseller.resellerCreate.reseller!.id },
      'apiKey.created': { partnerId: tenant.partnerId, target: keyId },
      'apiKey.revoked': { partnerId: tenant.partnerId, target: keyId },
      'operator.invited': { partnerId: tenant.partnerId, target: operatorId },
      'operator.updated': { partnerId: tenant.partnerId, target: supportId },
      'operator.deactivated': { partnerId: tenant.partnerId, target: supportId },
      'member.invited': { partnerId: tenant.partnerId, target: member.id },
      'member.password-changed': { partnerId: tenant.partnerId, target: member.id },
      'impersonation.started': { partnerId: tenant.partnerId, target: customer.id },
      'impersonation.mutation': { partnerId: tenant.partnerId, target: customer.id },
      'customer.contact-updated': { partnerId: tenant.partnerId, target: customer.id },
      'impersonation.ended': { partnerId: tenant.partnerId, target: customer.id },
      'credits.withdrawn': { partnerId: tenant.partnerId, target: paying.id },
      'credits.adjusted': { partnerId: tenant.partnerId, target: paying.id },
      'customer.account-number-changed': { partnerId: tenant.partnerId, target: paying.id },
      'lowCreditReminder.updated': { partnerId: tenant.partnerId, target: paying.id },
      'message.send': { partnerId: tenant.partnerId, target: paying.id },
      'message.bulk-send': { partnerId: tenant.partnerId, target: bulk.messageBulkSend!.batch!.id },
      'billing-settings.tax-rate-set': { partnerId: tenant.partnerId, target: 'NL' },
      'billing-settings.tax-rate-removed': { partnerId: tenant.partnerId, target: 'NL' },
      'billing-settings.recipient-price-set': { partnerId: tenant.partnerId, target: tenant.partnerId },
      'billing-settings.fx-rate-set': { partnerId: tenant.partnerId, target: paying.id },
      'billing-settings.fx-rate-removed': { partnerId: tenant.partnerId, target: paying.id },
      'invoice-header.updated': { partnerId: tenant.partnerId, target: tenant.partnerId },
      'invoice-settings.updated': { partnerId: tenant.partnerId, target: tenant.partnerId },
      'service.created': { partnerId: tenant.partnerId, target: paying.id },
      'service.updated': { partnerId: tenant.partnerId, target: paying.id },
      'service.removed': { partnerId: tenant.partnerId, target: paying.id },
      'quote.created': { partnerId: tenant.partnerId, target: paying.id },
      'billing-run.started': { partnerId: tenant.partnerId, target: run.billingRunStart!.billingRun!.id },
    };
    const missing = async () => {
      const byPartner = new Map<string, Entry[]>();
      for (const partnerId of new Set(Object.values(expected).map((entry) => entry.partnerId))) {
        byPartner.set(partnerId, await entriesOf(partnerId));
      }
      return Object.entries(expected)
        .filter(
          ([action, { partnerId, target }]) =>
            !byPartner.get(partnerId)!.some((entry) => entry.action === action && entry.target === target),
        )
        .map(([action]) => action);
    };
    // Entries written by another subgraph arrive as events; give them time, then name what is missing.
    await eventually(async () => ((await missing()).length === 0 ? true : null), 'every audit entry').catch(
      () => undefined,
    );

    expect(changed.portalPasswordChange).toEqual({ changed: true, userErrors: [] });
    expect(ended.status).toBeLessThan(300);
    expect(
      [...Object.keys(expected), ...Object.keys(PROVEN_IN_THEIR_OWN_SUITES), ...NOT_YET_PERFORMED_BY_A_SUITE].sort(),
    ).toEqual(auditedActions());
    expect(await missing()).toEqual([]);
  });
});
