import { randomUUID } from 'node:crypto';
import { PartnerProvisioner, PlatformStaffService } from '@clientele/accounts';
import { LedgerService } from '@clientele/billing';
import { newId, type OperatorRole, type PlatformRole } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import type { ApiKeyScope } from '../gql/graphql';
import { eventually, exchangeApiKey, execute, query, signIn } from './api';
import { database } from './databases';

export interface SeededOperator {
  email: string;
  password: string;
  token: string;
}

export interface SeededCustomer {
  id: string;
  name: string;
  accountNumber: string;
  currency: string;
}

export interface CustomerSeedInput {
  name?: string;
  accountNumber?: string;
  country?: string;
  currency?: string;
  resellerId?: string | null;
  email?: string;
  phone?: string;
}

const CUSTOMER_CREATE = graphql(`
  mutation SeedCustomer($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer {
        id
        name
        accountNumber
        currency
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CUSTOMER_READY = graphql(`
  query SeedCustomerReady($id: ID!) {
    customer(id: $id) {
      id
      balance {
        currency
      }
      messages(first: 1) {
        totalCount
      }
    }
  }
`);

/** A partner of its own for one test: its owner, resellers, operators and customers. */
export class TenantSeed {
  private constructor(
    readonly partnerId: string,
    readonly resellers: { id: string; name: string }[],
    readonly owner: SeededOperator,
  ) {}

  static async create(options: { resellers?: number } = {}): Promise<TenantSeed> {
    const tag = randomUUID().slice(0, 8);
    const password = `pw-${randomUUID()}`;
    const partners = new PartnerProvisioner(await database('accounts'));
    const { partner, resellers, owner } = await partners.provision({
      name: `Partner ${tag}`,
      resellers: Array.from({ length: options.resellers ?? 0 }, (_, i) => ({ name: `Reseller ${i + 1} of ${tag}` })),
      owner: { email: `owner-${tag}@partner.test`, name: `Owner ${tag}`, password },
    });
    return new TenantSeed(
      partner.id,
      resellers.map(({ id, name }) => ({ id, name })),
      { email: owner.email, password, token: await signIn(owner.email, password) },
    );
  }

  async operator(role: OperatorRole, resellerId: string | null = null): Promise<SeededOperator> {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@partner.test`;
    const password = `pw-${randomUUID()}`;
    await new PartnerProvisioner(await database('accounts')).addOperator({
      partnerId: this.partnerId,
      email,
      name: `${role} operator`,
      password,
      role,
      resellerId,
    });
    return { email, password, token: await signIn(email, password) };
  }

  /** Creates the customer through the public API and waits until billing and messaging know it. */
  async customer(input: CustomerSeedInput = {}, as: SeededOperator = this.owner): Promise<SeededCustomer> {
    const data = await query(as.token, CUSTOMER_CREATE, {
      input: { name: `Customer ${randomUUID().slice(0, 6)}`, country: 'GB', currency: 'GBP', ...input },
    });
    const customer = data.customerCreate.customer;
    if (!customer) throw new Error(`customerCreate refused: ${JSON.stringify(data.customerCreate.userErrors)}`);
    await eventually(async () => {
      const result = await execute(as.token, CUSTOMER_READY, { id: customer.id });
      return result.data?.customer?.balance && result.data.customer.messages ? true : null;
    }, `billing and messaging to open customer ${customer.id}`);
    return customer;
  }

  /** Creates an API key through the public API (as the owner) and exchanges it for a token. */
  async apiKey(scopes: ApiKeyScope[]): Promise<SeededApiKey> {
    const data = await query(this.owner.token, API_KEY_CREATE, {
      input: { name: `Key ${randomUUID().slice(0, 6)}`, scopes },
    });
    const { apiKey, secret } = data.apiKeyCreate;
    if (!apiKey || !secret) throw new Error(`apiKeyCreate refused: ${JSON.stringify(data.apiKeyCreate.userErrors)}`);
    return { id: apiKey.id, prefix: apiKey.prefix, secret, token: await exchangeApiKey(secret) };
  }

  /** Adds a member to a customer directly in the accounts database (members have no API of their own yet). */
  async member(
    customerId: string,
    options: { email?: string; portalAccess?: boolean; role?: 'OWNER' | 'ADMIN' | 'MEMBER' } = {},
  ): Promise<{ id: string; email: string }> {
    const id = newId();
    const email = options.email ?? `member-${randomUUID().slice(0, 8)}@customer.test`;
    await (
      await database('accounts')
    ).query(
      `INSERT INTO accounts.members (partner_id, id, customer_id, name, email, role, portal_access)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        this.partnerId,
        id,
        customerId,
        `Member ${email}`,
        email,
        options.role ?? 'MEMBER',
        options.portalAccess ?? true,
      ],
    );
    return { id, email };
  }

  /** Sets a customer's status directly (the status lifecycle has no API yet). */
  async customerStatus(customerId: string, status: 'ACTIVE' | 'SUSPENDED' | 'INACTIVE' | 'CLOSED'): Promise<void> {
    await (
      await database('accounts')
    ).query(`UPDATE accounts.customers SET status = $3 WHERE partner_id = $1 AND id = $2`, [
      this.partnerId,
      customerId,
      status,
    ]);
  }

  async ledgerEntry(customerId: string, amountMinor: number, description = 'Credit top-up'): Promise<void> {
    const ledger = new LedgerService(await database('billing'));
    const entry = await ledger.record(this.partnerId, {
      customerId,
      amountMinor: BigInt(amountMinor),
      kind: amountMinor > 0 ? 'CREDIT' : 'CHARGE',
      description,
    });
    if (!entry) throw new Error(`no billing account for customer ${customerId}`);
  }
}

const API_KEY_CREATE = graphql(`
  mutation SeedApiKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        id
        prefix
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export interface SeededApiKey {
  id: string;
  prefix: string;
  secret: string;
  /** An access token exchanged for the key. */
  token: string;
}

/** A platform staff member (they have no API of their own: operations provisions them). */
async function platformStaff(role: PlatformRole): Promise<SeededOperator> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@clientele.test`;
  const password = `pw-${randomUUID()}`;
  await new PlatformStaffService(await database('accounts')).provision({
    email,
    name: `${role} staff`,
    role,
    password,
  });
  return { email, password, token: await signIn(email, password) };
}

export const seed = {
  partner: (options?: { resellers?: number }) => TenantSeed.create(options),
  platformStaff,
};
