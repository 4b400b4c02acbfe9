import {
  type RequestContext,
  type UserError,
  UserErrorCode,
  auditRequested,
  newId,
  parseInput,
  partnerOf,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { type BillingAccount, type BillingAccountService, toBillingCustomer } from '../billing-accounts';
import { type EntryDraft, type LedgerEntry, type LedgerService, toLedgerEntryType } from '../ledger';
import { availableMinor, formatMinor, isRepresentableBalance } from '../money';
import {
  CREDITS_ERRORS,
  type CreditsAddInput,
  type CreditsAdjustInput,
  type CreditsEntryPayload,
  type CreditsMoveInput,
  type CreditsMovePayload,
  type CreditsWithdrawInput,
  creditsAddSchema,
  creditsAdjustSchema,
  creditsMoveSchema,
  creditsWithdrawSchema,
} from './credits.inputs';
import { type IdempotencyService, requestDigest } from './idempotency.service';

/** An expected refusal inside a credit operation's transaction: rolls it back, key row and all. */
class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

type Outcome = { ok: true; entries: LedgerEntry[]; replayed: boolean } | { ok: false; userErrors: UserError[] };

interface Operation {
  name: 'creditsAdd' | 'creditsWithdraw' | 'creditsAdjust' | 'creditsMove';
  idempotencyKey: string;
  /** The input without its key: what the key's digest is taken of. */
  request: Record<string, unknown>;
  /** The customers the operation writes to, locked in id order before `plan` runs. */
  customerIds: string[];
  /** The entries to write, or a refusal, given the locked accounts and the entry ids chosen up front. */
  plan(accounts: Map<string, BillingAccount>, entryIds: string[]): EntryDraft[];
  audit(entries: LedgerEntry[]): { action: string; targetId: string; details: Record<string, unknown> };
}

function notFound(field: string): Refusal {
  return new Refusal([userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', field])]);
}

function refuse(code: UserError['code'], message: string, field: string | null): Refusal {
  return new Refusal([userError(code, message, field ? ['input', field] : null)]);
}

/** The ledger accepts writes for this account, and this change keeps its balance within what it may hold. */
function assertWritable(account: BillingAccount, field: string): void {
  if (account.closeState !== 'OPEN') {
    throw refuse(
      CREDITS_ERRORS.CUSTOMER_CLOSED,
      account.closeState === 'CLOSED'
        ? 'This customer is closed: restore it before changing its credits.'
        : 'This customer is being closed: its credits cannot change until the close ends.',
      field,
    );
  }
}

function assertCanGive(account: BillingAccount, amountMinor: bigint, field: string, amountField = 'amount'): void {
  const available = availableMinor(account.balanceMinor, account.creditLimitMinor);
  if (amountMinor > available) {
    throw refuse(
      CREDITS_ERRORS.CREDITS_INSUFFICIENT,
      `Only ${formatMinor(available, account.currency)} ${account.currency} is available ` +
        (account.pricingModel === 'PREPAID'
          ? '(a prepaid balance cannot go below zero).'
          : '(down to the credit limit).'),
      amountField ?? field,
    );
  }
}

function assertCanTake(account: BillingAccount, amountMinor: bigint): void {
  if (!isRepresentableBalance(account.balanceMinor + amountMinor)) {
    throw refuse(UserErrorCode.INVALID, 'That would make the balance larger than any account may hold.', 'amount');
  }
}

/**
 * Adding, withdrawing, adjusting and moving credits. Each operation is one transaction that
 * claims its idempotency key first, then locks the accounts it writes (in id order), checks the
 * rules under the lock, appends its entries with the kept balances and `balance.changed`, and
 * audits who did it.
 */
export class CreditsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: BillingAccountService,
    private readonly ledger: LedgerService,
    private readonly keys: IdempotencyService,
  ) {}

  async add(context: RequestContext, input: CreditsAddInput): Promise<CreditsEntryPayload> {
    const parsed = parseInput(creditsAddSchema, input);
    if (!parsed.ok) return this.entryPayload({ ok: false, userErrors: parsed.userErrors });
    const { idempotencyKey, ...request } = parsed.value;
    return this.entryPayload(
      await this.run(context, {
        name: 'creditsAdd',
        idempotencyKey,
        request,
        customerIds: [request.customerId],
        plan: (accounts, [id]) => {
          const account = accounts.get(request.customerId);
          if (!account) throw notFound('customerId');
          assertWritable(account, 'customerId');
          assertCanTake(account, request.amount);
          return [
            {
              account,
              id: id!,
              amountMinor: request.amount,
              kind: 'CREDIT',
              description: request.description ?? 'Credits added',
              reference: request.reference ?? null,
            },
          ];
        },
        audit: ([entry]) => ({
          action: 'credits.added',
          targetId: request.customerId,
          details: { ...this.entryDetails(entry!), idempotencyKey },
        }),
      }),
    );
  }

  async withdraw(context: RequestContext, input: CreditsWithdrawInput): Promise<CreditsEntryPayload> {
    const parsed = parseInput(creditsWithdrawSchema, input);
    if (!parsed.ok) return this.entryPayload({ ok: false, userErrors: parsed.userErrors });
    const { idempotencyKey, ...request } = parsed.value;
    return this.entryPayload(
      await this.run(context, {
        name: 'creditsWithdraw',
        idempotencyKey,
        request,
        customerIds: [request.customerId],
        plan: (accounts, [id]) => {
          const account = accounts.get(request.customerId);
          if (!account) throw notFound('customerId');
          assertWritable(account, 'customerId');
          assertCanGive(account, request.amount, 'customerId');
          return [
            {
              account,
              id: id!,
              amountMinor: -request.amount,
              kind: 'DEBIT',
              description: request.description ?? 'Credits withdrawn',
              reference: request.reference ?? null,
            },
          ];
        },
        audit: ([entry]) => ({
          action: 'credits.withdrawn',
          targetId: request.customerId,
          details: { ...this.entryDetails(entry!), idempotencyKey },
        }),
      }),
    );
  }

  async adjust(context: RequestContext, input: CreditsAdjustInput): Promise<CreditsEntryPayload> {
    const parsed = parseInput(creditsAdjustSchema, input);
    if (!parsed.ok) return this.entryPayload({ ok: false, userErrors: parsed.userErrors });
    const { idempotencyKey, ...request } = parsed.value;
    return this.entryPayload(
      await this.run(context, {
        name: 'creditsAdjust',
        idempotencyKey,
        request,
        customerIds: [request.customerId],
        plan: (accounts, [id]) => {
          const account = accounts.get(request.customerId);
          if (!account) throw notFound('customerId');
          assertWritable(account, 'customerId');
          // A correction downwards obeys the same floor as a withdrawal: no balance breaks its rule.
          if (request.amount < 0n) assertCanGive(account, -request.amount, 'customerId');
          else assertCanTake(account, request.amount);
          return [
            {
              account,
              id: id!,
              amountMinor: request.amount,
              kind: 'ADJUSTMENT',
              description: request.reason,
              reference: request.reference ?? null,
            },
          ];
        },
        audit: ([entry]) => ({
          action: 'credits.adjusted',
          targetId: request.customerId,
          details: { ...this.entryDetails(entry!), reason: request.reason, idempotencyKey },
        }),
      }),
    );
  }

  async move(context: RequestContext, input: CreditsMoveInput): Promise<CreditsMovePayload> {
    const parsed = parseInput(creditsMoveSchema, input);
    if (!parsed.ok) return this.movePayload({ ok: false, userErrors: parsed.userErrors });
    const { idempotencyKey, ...request } = parsed.value;
    if (request.fromCustomerId === request.toCustomerId) {
      return this.movePayload({
        ok: false,
        userErrors: [
          userError(UserErrorCode.INVALID, 'Choose another customer to move the credits to.', [
            'input',
            'toCustomerId',
          ]),
        ],
      });
    }
    return this.movePayload(
      await this.run(context, {
        name: 'creditsMove',
        idempotencyKey,
        request,
        customerIds: [request.fromCustomerId, request.toCustomerId],
        plan: (accounts, [outId, inId]) => {
          const from = accounts.get(request.fromCustomerId);
          if (!from) throw notFound('fromCustomerId');
          const to = accounts.get(request.toCustomerId);
          if (!to) throw notFound('toCustomerId');
          assertWritable(from, 'fromCustomerId');
          assertWritable(to, 'toCustomerId');
          if (from.currency !== to.currency) {
            throw refuse(
              CREDITS_ERRORS.CURRENCY_MISMATCH,
              `Credits move only between accounts of one currency: this is ${from.currency}, that is ${to.currency}.`,
              'toCustomerId',
            );
          }
          if (availableMinor(from.balanceMinor, from.creditLimitMinor) === 0n) {
            throw refuse(
              CREDITS_ERRORS.NOTHING_TO_MOVE,
              'This customer has no credit available to move.',
              'fromCustomerId',
            );
          }
          assertCanGive(from, request.amount, 'fromCustomerId');
          assertCanTake(to, request.amount);
          const description = request.description ?? 'Credits moved';
          return [
            {
              account: from,
              id: outId!,
              amountMinor: -request.amount,
              kind: 'TRANSFER_OUT',
              description,
              reference: null,
            },
            { account: to, id: inId!, amountMinor: request.amount, kind: 'TRANSFER_IN', description, reference: null },
          ];
        },
        audit: ([out, into]) => ({
          action: 'credits.moved',
          targetId: request.fromCustomerId,
          details: {
            toCustomerId: request.toCustomerId,
            amountMinor: Number(request.amount),
            currency: out!.currency,
            fromEntryId: out!.id,
            toEntryId: into!.id,
            fromBalanceMinor: Number(out!.balanceAfterMinor),
            toBalanceMinor: Number(into!.balanceAfterMinor),
            idempotencyKey,
          },
        }),
      }),
    );
  }

  /** Forgets idempotency keys past their retention. */
  forgetExpiredKeys(): Promise<number> {
    return this.keys.forgetExpired();
  }

  private async run(context: RequestContext, operation: Operation): Promise<Outcome> {
    const { caller } = context;
    const partnerId = partnerOf(caller);
    // Only partner callers hold billing:write; platform staff never change a partner's credits.
    if (!partnerId) throw new Error(`${operation.name} needs a partner caller`);
    const digest = requestDigest(operation.name, operation.request);
    const entryIds = operation.customerIds.map(() => newId());
    try {
      return await this.dataSource.transaction(async (transaction): Promise<Outcome> => {
        const claim = await this.keys.claim(transaction, partnerId, operation.idempotencyKey, operation.name, digest, {
          entryIds,
        });
        if (claim.kind === 'reused') {
          throw refuse(
            CREDITS_ERRORS.IDEMPOTENCY_KEY_REUSED,
            'This idempotency key was already used for a different request: send a new key for a new operation.',
            'idempotencyKey',
          );
        }
        if (claim.kind === 'replay') return this.replay(context, transaction, partnerId, claim.result.entryIds);
        const locked = await this.accounts.lockForLedger(transaction, caller, operation.customerIds);
        const drafts = operation.plan(new Map(locked.map((account) => [account.customerId, account])), entryIds);
        // The audit entry goes out with the balance events, in one outbox write: billing does not keep the log.
        const entries = await this.ledger.append(transaction, partnerId, drafts, (written) => [
          auditRequested(context, { ...operation.audit(written), partnerId, targetType: 'Customer' }),
        ]);
        return { ok: true, entries, replayed: false };
      });
    } catch (err) {
      if (err instanceof Refusal) return { ok: false, userErrors: err.userErrors };
      throw err;
    }
  }

  /** The first answer again: the entries it wrote, which never change, if the caller may still see them. */
  private async replay(
    context: RequestContext,
    transaction: EntityManager,
    partnerId: string,
    entryIds: string[],
  ): Promise<Outcome> {
    const entries = await this.ledger.findByIds(transaction, partnerId, entryIds);
    const visible = await this.accounts.findVisibleInTransaction(
      transaction,
      context.caller,
      entries.map((entry) => entry.customerId),
    );
    if (entries.length !== entryIds.length || visible.length !== new Set(entries.map((e) => e.customerId)).size) {
      throw new Refusal([userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', null)]);
    }
    return { ok: true, entries, replayed: true };
  }

  private entryDetails(entry: LedgerEntry): Record<string, unknown> {
    return {
      entryId: entry.id,
      amountMinor: Number(entry.amountMinor),
      currency: entry.currency,
      balanceMinor: Number(entry.balanceAfterMinor),
      reference: entry.reference,
    };
  }

  private entryPayload(outcome: Outcome): CreditsEntryPayload {
    if (!outcome.ok) return { entry: null, customer: null, replayed: false, userErrors: outcome.userErrors };
    const [entry] = outcome.entries;
    return {
      entry: toLedgerEntryType(entry!),
      customer: toBillingCustomer(entry!.customerId, entry!.currency),
      replayed: outcome.replayed,
      userErrors: [],
    };
  }

  private movePayload(outcome: Outcome): CreditsMovePayload {
    if (!outcome.ok) {
      return {
        fromEntry: null,
        toEntry: null,
        fromCustomer: null,
        toCustomer: null,
        replayed: false,
        userErrors: outcome.userErrors,
      };
    }
    const [out, into] = outcome.entries;
    return {
      fromEntry: toLedgerEntryType(out!),
      toEntry: toLedgerEntryType(into!),
      fromCustomer: toBillingCustomer(out!.customerId, out!.currency),
      toCustomer: toBillingCustomer(into!.customerId, into!.currency),
      replayed: outcome.replayed,
      userErrors: [],
    };
  }
}
