import {
  CUSTOMER_CLOSED,
  CUSTOMER_RESTORED,
  type Caller,
  CustomerProjection,
  type EventSubscription,
  type RequestContext,
  type Transaction,
  UserErrorCode,
  createKeyedLoader,
  customerStatusChangedData,
  defineSubscription,
  isValidId,
  parseInput,
  partnerOf,
  scopeConditions,
  scopeOf,
  userError,
} from '@clientele/subgraph-kit';
import type DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';

import { BillingAccountEntity, type PricingModel } from './billing-account.entity';
import type { BillingAccount, CloseState } from './billing-account.model';
import {
  BILLING_ACCOUNT_ERRORS,
  type BillingAccountUpdateInput,
  type BillingAccountUpdatePayload,
  billingAccountUpdateSchema,
} from './billing-account.inputs';
import { toBillingAccountType } from './billing-account.type';
import { toBillingCustomer } from './customer.type';

/** How long a close guard's hold lasts if accounts never says how the close ended. */
export const CLOSE_HOLD_MINUTES = 5;

/** What the close guard answers accounts before it closes a customer. */
export interface CloseGuardAnswer {
  closable: boolean;
  balance: { amountMinor: number; currency: string };
  owed: { amountMinor: number; currency: string };
  /**
   * False when billing has no account for the customer (not opened yet, or not the caller's):
   * then nothing could be held, so the answer is "not closable" and the amounts are empty.
   */
  found: boolean;
}

function closeStateOf(hold: string | null, expiresAt: Date | null, now = Date.now()): CloseState {
  if (hold === 'CLOSED') return 'CLOSED';
  if (hold === 'HOLD' && expiresAt && expiresAt.getTime() > now) return 'CLOSING';
  return 'OPEN';
}

function toAccount(entity: BillingAccountEntity): BillingAccount {
  return {
    customerId: entity.customerId,
    resellerId: entity.resellerId,
    currency: entity.currency.trim(),
    pricingModel: entity.pricingModel,
    balanceMinor: BigInt(entity.balanceMinor),
    lastSequence: BigInt(entity.lastSequence),
    creditLimitMinor: BigInt(entity.creditLimitMinor),
    paymentTermsDays: entity.paymentTermsDays,
    suspendForLatePayment: entity.suspendForLatePayment,
    closeState: closeStateOf(entity.closeHold, entity.closeHoldExpiresAt),
  };
}

interface AccountRow {
  customerId: string;
  resellerId: string | null;
  currency: string;
  pricingModel: PricingModel;
  balanceMinor: string;
  lastSequence: string;
  creditLimitMinor: string;
  paymentTermsDays: number;
  suspendForLatePayment: boolean;
  closeState: CloseState;
}

const ACCOUNT_COLUMNS = `
  a.customer_id AS "customerId", a.reseller_id AS "resellerId", a.currency, a.pricing_model AS "pricingModel",
  a.balance_minor::text AS "balanceMinor", a.last_sequence::text AS "lastSequence",
  a.credit_limit_minor::text AS "creditLimitMinor", a.payment_terms_days AS "paymentTermsDays",
  a.suspend_for_late_payment AS "suspendForLatePayment",
  CASE WHEN a.close_hold = 'CLOSED' THEN 'CLOSED'
       WHEN a.close_hold = 'HOLD' AND a.close_hold_expires_at > now() THEN 'CLOSING'
       ELSE 'OPEN' END AS "closeState"`;

function fromRow(row: AccountRow): BillingAccount {
  return {
    ...row,
    currency: row.currency.trim(),
    balanceMinor: BigInt(row.balanceMinor),
    lastSequence: BigInt(row.lastSequence),
    creditLimitMinor: BigInt(row.creditLimitMinor),
  };
}

/** An account's balance as of the `sequence`-th entry of its ledger (0: none yet), in minor units. */
export interface AccountBalance {
  customerId: string;
  currency: string;
  balanceMinor: number;
  sequence: number;
}

/** What a customer owes on its invoices, read in the close guard's transaction. */
export type OwedReader = (transaction: EntityManager, partnerId: string, customerId: string) => Promise<bigint>;

export class BillingAccountService {
  private readonly projection: CustomerProjection<BillingAccountEntity>;
  // Invoices are built on billing accounts, not the other way round: the invoices module tells the
  // close guard how to read what is owed. Until it does (seeding), nothing is owed.
  private owedReader: OwedReader | null = null;

  constructor(private readonly dataSource: DataSource) {
    this.projection = new CustomerProjection(dataSource, {
      entity: BillingAccountEntity,
      // A new account holds nothing, owes nothing and has no credit until someone grants it.
      extraColumns: (event) => ({
        currency: event.data.currency,
        pricingModel: event.data.pricingModel,
        balanceMinor: '0',
        lastSequence: '0',
        creditLimitMinor: '0',
        paymentTermsDays: 0,
        suspendForLatePayment: true,
        closeHold: null,
        closeHoldExpiresAt: null,
        updatedAt: new Date(),
      }),
    });
  }

  /** Lets the close guard count what the customer owes on its invoices. */
  readOwedWith(reader: OwedReader): void {
    this.owedReader = reader;
  }

  /**
   * The SQL of the reseller of the customer in `customerColumn` (of the partner in `partnerColumn`),
   * for modules that keep rows per customer and scope them as the customer is scoped.
   */
  resellerOfCustomerSql(partnerColumn: string, customerColumn: string): string {
    return `(SELECT ra.reseller_id FROM ${this.table} ra WHERE ra.partner_id = ${partnerColumn} AND ra.customer_id = ${customerColumn})`;
  }

  /** The account of a partner's customer, read in the transaction of a change about to be written beside it. */
  async findInTransaction(
    transaction: Transaction,
    partnerId: string,
    customerId: string,
  ): Promise<BillingAccount | null> {
    const entity = await this.projection.findInTransaction(transaction, partnerId, customerId);
    return entity && toAccount(entity);
  }

  /** The accounts among `customerIds` the caller may see; others, and malformed ids, are absent. */
  async findVisible(caller: Caller, customerIds: readonly string[]): Promise<BillingAccount[]> {
    return (await this.projection.findVisible(caller, customerIds)).map(toAccount);
  }

  /**
   * Each account's balance with the place in its ledger it is as of, for accounts' search
   * projection to rebuild from; accounts the caller may not see, and malformed ids, are absent.
   */
  async balancesOf(caller: Caller, customerIds: readonly string[]): Promise<AccountBalance[]> {
    return (await this.projection.findVisible(caller, customerIds)).map((entity) => ({
      customerId: entity.customerId,
      currency: entity.currency.trim(),
      balanceMinor: Number(entity.balanceMinor),
      sequence: Number(entity.lastSequence),
    }));
  }

  /** This request's loader of the billing accounts the caller may see, by customer id. */
  visibleAccountLoader(caller: Caller): DataLoader<string, BillingAccount | null> {
    return createKeyedLoader(
      (ids: readonly string[]) => this.findVisible(caller, ids),
      (account) => account.customerId,
    );
  }

  /**
   * Locks the accounts among `customerIds` that the caller may write to, in customer id order
   * (every writer takes them in that order, so crossing moves cannot deadlock), and answers them
   * as they are under the lock. Ids of other partners, of other resellers and malformed ones are
   * simply absent: to the caller they do not exist.
   */
  async lockForLedger(
    transaction: EntityManager,
    caller: Caller,
    customerIds: readonly string[],
  ): Promise<BillingAccount[]> {
    const partnerId = partnerOf(caller);
    if (!partnerId) return [];
    const scope = scopeConditions(scopeOf(caller), {
      partner: 'a.partner_id',
      reseller: 'a.reseller_id',
      customer: 'a.customer_id',
    });
    return this.lock(transaction, partnerId, customerIds, scope);
  }

  /**
   * The accounts among `customerIds` the caller may see, read without a lock on the transaction's
   * own connection: a request already holding a connection must never wait for a second one,
   * or enough of them at once would starve the pool.
   */
  async findVisibleInTransaction(
    transaction: EntityManager,
    caller: Caller,
    customerIds: readonly string[],
  ): Promise<BillingAccount[]> {
    const partnerId = partnerOf(caller);
    if (!partnerId) return [];
    const scope = scopeConditions(scopeOf(caller), {
      partner: 'a.partner_id',
      reseller: 'a.reseller_id',
      customer: 'a.customer_id',
    });
    return this.lock(transaction, partnerId, customerIds, scope, false);
  }

  /** `lockForLedger` for work that is no caller's (seeding, events): the partner's accounts, whoever's reseller. */
  lockInPartner(
    transaction: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
  ): Promise<BillingAccount[]> {
    return this.lock(transaction, partnerId, customerIds, []);
  }

  private async lock(
    transaction: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
    scope: { sql: string; parameters: Record<string, string> }[],
    forUpdate = true,
  ): Promise<BillingAccount[]> {
    const ids = [...new Set(customerIds.filter(isValidId))];
    if (ids.length === 0) return [];
    const sql = `SELECT ${ACCOUNT_COLUMNS} FROM ${this.table} a
                  WHERE a.partner_id = :partnerId AND a.customer_id = ANY(:ids::uuid[])
                    ${scope.map((condition) => `AND ${condition.sql}`).join(' ')}
                  ORDER BY a.customer_id
                    ${forUpdate ? 'FOR UPDATE' : ''}`;
    const parameters = Object.assign({ partnerId, ids }, ...scope.map((condition) => condition.parameters)) as Record<
      string,
      unknown
    >;
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return (await transaction.query<AccountRow[]>(text, values)).map(fromRow);
  }

  /** Keeps the balances the ledger has just written entries for, in the same transaction. */
  async keepBalances(
    transaction: EntityManager,
    partnerId: string,
    balances: readonly { customerId: string; balanceMinor: bigint; lastSequence: bigint }[],
  ): Promise<void> {
    await transaction.query(
      `UPDATE ${this.table} a
          SET balance_minor = kept.balance_minor, last_sequence = kept.last_sequence, updated_at = now()
         FROM unnest($2::uuid[], $3::bigint[], $4::bigint[]) AS kept (customer_id, balance_minor, last_sequence)
        WHERE a.partner_id = $1 AND a.customer_id = kept.customer_id`,
      [
        partnerId,
        balances.map((balance) => balance.customerId),
        balances.map((balance) => balance.balanceMinor.toString()),
        balances.map((balance) => balance.lastSequence.toString()),
      ],
    );
  }

  /** Pricing model, credit limit, payment terms and late-payment suspension; a change is audited with who made it. */
  async update(context: RequestContext, input: BillingAccountUpdateInput): Promise<BillingAccountUpdatePayload> {
    const parsed = parseInput(billingAccountUpdateSchema, input);
    if (!parsed.ok) return { billingAccount: null, customer: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const partnerId = partnerOf(context.caller);
    if (!partnerId) throw new Error('billingAccountUpdate needs a partner caller');
    return this.dataSource.transaction(async (transaction) => {
      const [account] = await this.lockForLedger(transaction, context.caller, [command.customerId]);
      if (!account) {
        return {
          billingAccount: null,
          customer: null,
          userErrors: [userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])],
        };
      }
      const pricingModel = command.pricingModel ?? account.pricingModel;
      if (
        pricingModel === 'PREPAID' &&
        command.creditLimit !== undefined &&
        command.creditLimit !== null &&
        command.creditLimit > 0
      ) {
        return {
          billingAccount: null,
          customer: null,
          userErrors: [
            userError(UserErrorCode.INVALID, 'A prepaid account has no credit limit: leave it at 0.', [
              'input',
              'creditLimit',
            ]),
          ],
        };
      }
      const creditLimitMinor =
        pricingModel === 'PREPAID'
          ? 0n
          : command.creditLimit != null
            ? BigInt(command.creditLimit)
            : account.creditLimitMinor;
      // The rule the balance keeps may not be moved under it: settle the balance first.
      if (account.balanceMinor < -creditLimitMinor) {
        return {
          billingAccount: null,
          customer: null,
          userErrors: [
            userError(
              BILLING_ACCOUNT_ERRORS.BALANCE_BELOW_LIMIT,
              pricingModel === 'PREPAID'
                ? 'The balance is below zero: settle it before making the account prepaid.'
                : 'The balance is below that credit limit: settle it first or choose a higher limit.',
              ['input', command.pricingModel ? 'pricingModel' : 'creditLimit'],
            ),
          ],
        };
      }
      const paymentTermsDays = command.paymentTermsDays ?? account.paymentTermsDays;
      const suspendForLatePayment = command.suspendForLatePayment ?? account.suspendForLatePayment;
      const before = {
        pricingModel: account.pricingModel,
        creditLimitMinor: Number(account.creditLimitMinor),
        paymentTermsDays: account.paymentTermsDays,
        suspendForLatePayment: account.suspendForLatePayment,
      };
      const after = {
        pricingModel,
        creditLimitMinor: Number(creditLimitMinor),
        paymentTermsDays,
        suspendForLatePayment,
      };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
      if (changed.length > 0) {
        await transaction.query(
          `UPDATE ${this.table}
              SET pricing_model = $3, credit_limit_minor = $4, payment_terms_days = $5,
                  suspend_for_late_payment = $6, updated_at = now()
            WHERE partner_id = $1 AND customer_id = $2`,
          [
            partnerId,
            account.customerId,
            pricingModel,
            creditLimitMinor.toString(),
            paymentTermsDays,
            suspendForLatePayment,
          ],
        );
        await context.audit(
          {
            action:
              before.pricingModel !== pricingModel
                ? 'billing-account.pricing-model-changed'
                : 'billing-account.updated',
            partnerId,
            targetType: 'Customer',
            targetId: account.customerId,
            details: { changed, before, after },
          },
          transaction,
        );
      }
      return {
        billingAccount: toBillingAccountType({ ...account, pricingModel, paymentTermsDays, suspendForLatePayment }),
        customer: toBillingCustomer(account.customerId, account.currency),
        userErrors: [],
      };
    });
  }

  /**
   * The close guard's first half: in one transaction, locks the account, reads its balance and
   * what is owed, and when both are zero records a hold that refuses every ledger write (they
   * lock the same row first) until `releaseClose`, or for `CLOSE_HOLD_MINUTES`. Asking again
   * renews the hold.
   */
  async holdForClose(caller: Caller, customerId: string): Promise<CloseGuardAnswer> {
    return this.dataSource.transaction(async (transaction) => {
      const [account] = await this.lockForLedger(transaction, caller, [customerId]);
      if (!account) {
        const nothing = { amountMinor: 0, currency: '' };
        return { closable: false, balance: nothing, owed: nothing, found: false };
      }
      // Read under the account's lock, which issuing an invoice takes too.
      const owedMinor = this.owedReader
        ? await this.owedReader(transaction, partnerOf(caller)!, account.customerId)
        : 0n;
      const closable = account.balanceMinor === 0n && owedMinor === 0n;
      if (closable && account.closeState !== 'CLOSED') {
        await transaction.query(
          `UPDATE ${this.table}
              SET close_hold = 'HOLD', close_hold_expires_at = now() + make_interval(mins => $3), updated_at = now()
            WHERE partner_id = $1 AND customer_id = $2`,
          [partnerOf(caller), account.customerId, CLOSE_HOLD_MINUTES],
        );
      }
      return {
        closable,
        balance: { amountMinor: Number(account.balanceMinor), currency: account.currency },
        owed: { amountMinor: Number(owedMinor), currency: account.currency },
        found: true,
      };
    });
  }

  /**
   * The close guard's second half: `closed` makes the hold permanent (the customer is closed);
   * otherwise a pending hold is lifted (the close failed or was abandoned), while a customer
   * already closed stays closed until restored. Saying it twice changes nothing. Answers the
   * state the ledger is left in, or null when billing has no account for the customer.
   */
  async releaseClose(caller: Caller, customerId: string, closed: boolean): Promise<{ closeState: CloseState | null }> {
    return this.dataSource.transaction(async (transaction) => {
      const [account] = await this.lockForLedger(transaction, caller, [customerId]);
      if (!account) return { closeState: null };
      await this.setCloseHold(transaction, partnerOf(caller)!, account.customerId, closed ? 'CLOSED' : 'LIFT_HOLD');
      const closeState: CloseState = closed || account.closeState === 'CLOSED' ? 'CLOSED' : 'OPEN';
      return { closeState };
    });
  }

  /** From accounts' `customer.closed`: closed for good, even if accounts never called `release`. */
  async markClosed(partnerId: string, customerId: string, occurredAt: string): Promise<void> {
    await this.applyCloseEvent(partnerId, customerId, 'CLOSED', occurredAt);
  }

  /** From accounts' `customer.restored`: the ledger is open again. */
  async markRestored(partnerId: string, customerId: string, occurredAt: string): Promise<void> {
    await this.applyCloseEvent(partnerId, customerId, 'OPEN', occurredAt);
  }

  /**
   * The two events come through queues of their own, so a restore may be read before the close it
   * undoes: an event older than the last one applied changes nothing.
   */
  private async applyCloseEvent(
    partnerId: string,
    customerId: string,
    state: 'CLOSED' | 'OPEN',
    occurredAt: string,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.table}
          SET close_hold = ${state === 'CLOSED' ? `'CLOSED'` : 'NULL'}, close_hold_expires_at = NULL,
              close_event_at = $3, updated_at = now()
        WHERE partner_id = $1 AND customer_id = $2 AND (close_event_at IS NULL OR close_event_at <= $3)`,
      [partnerId, customerId, occurredAt],
    );
  }

  private async setCloseHold(
    transaction: EntityManager,
    partnerId: string,
    customerId: string,
    change: 'CLOSED' | 'LIFT_HOLD',
  ): Promise<void> {
    const hold = change === 'CLOSED' ? `'CLOSED'` : 'NULL';
    const only = change === 'LIFT_HOLD' ? `AND close_hold = 'HOLD'` : '';
    await transaction.query(
      `UPDATE ${this.table} SET close_hold = ${hold}, close_hold_expires_at = NULL, updated_at = now()
        WHERE partner_id = $1 AND customer_id = $2 ${only}`,
      [partnerId, customerId],
    );
  }

  /** Opens the billing account of each new customer; a redelivered event changes nothing. */
  subscription(): EventSubscription<unknown> {
    return this.projection.subscription('billing.open-billing-account');
  }

  /**
   * The close guard's safety net: a customer closed for good even if accounts committed the close
   * and died before `release`, and the ledger open again when it is restored. Both are settings,
   * so a redelivered event changes nothing.
   */
  closeSubscriptions(): EventSubscription<unknown>[] {
    return [
      defineSubscription({
        event: CUSTOMER_CLOSED,
        queue: 'billing.customer-closed',
        data: customerStatusChangedData,
        handle: (event) => this.markClosed(event.partnerId, event.data.customerId, event.occurredAt),
      }),
      defineSubscription({
        event: CUSTOMER_RESTORED,
        queue: 'billing.customer-restored',
        data: customerStatusChangedData,
        handle: (event) => this.markRestored(event.partnerId, event.data.customerId, event.occurredAt),
      }),
    ];
  }

  private get table(): string {
    return this.dataSource.getMetadata(BillingAccountEntity).tablePath;
  }
}
