import {
  BALANCE_CHANGED,
  type BalanceChangedData,
  type Caller,
  type EventBus,
  type EventDraft,
  type KeysetSeek,
  isValidId,
  keysetSeekSql,
  newId,
  scopeConditions,
  scopeOf,
  timestampOrder,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { type BillingAccount, BillingAccountService } from '../billing-accounts';
import { LedgerEntryEntity, type LedgerEntryKind } from './ledger-entry.entity';

/** A ledger entry as other modules see it. */
export interface LedgerEntry {
  id: string;
  customerId: string;
  currency: string;
  kind: LedgerEntryKind;
  amountMinor: bigint;
  balanceAfterMinor: bigint;
  sequence: bigint;
  description: string;
  reference: string | null;
  createdAt: Date;
}

/** An entry about to be written to an account locked in the same transaction. */
export interface EntryDraft {
  account: BillingAccount;
  /** Chosen before the write, so an idempotency key can name the entries it will produce. */
  id: string;
  amountMinor: bigint;
  kind: LedgerEntryKind;
  description: string;
  reference: string | null;
  /** The ledger's own per-entry key, for writes outside the credit operations (seeding). */
  idempotencyKey?: string | null;
}

export interface LedgerEntryRequest {
  customerId: string;
  amountMinor: bigint;
  kind: LedgerEntryKind;
  description: string;
  /** The same key twice records one entry: a retried request moves no money twice. */
  idempotencyKey?: string;
}

/** Narrows a customer's ledger; every bound is inclusive. */
export interface LedgerFilter {
  kinds?: LedgerEntryKind[] | null;
  from?: Date | null;
  to?: Date | null;
  minAmountMinor?: bigint | null;
  maxAmountMinor?: bigint | null;
}

/** Newest first, as `ledger_entries_newest` (partner_id, customer_id, created_at, id) is ordered. */
export const ledgerOrder = timestampOrder<LedgerEntry>('e', 'created_at', (entry) => entry.createdAt, true);

interface EntryRow {
  id: string;
  customerId: string;
  currency: string;
  kind: LedgerEntryKind;
  amountMinor: string;
  balanceAfterMinor: string;
  sequence: string;
  description: string;
  reference: string | null;
  createdAt: Date;
}

const ENTRY_COLUMNS = `e.id, e.customer_id AS "customerId", e.currency, e.kind, e.amount_minor::text AS "amountMinor",
  e.balance_after_minor::text AS "balanceAfterMinor", e.sequence::text AS sequence, e.description, e.reference,
  e.created_at AS "createdAt"`;

function toEntry(row: EntryRow): LedgerEntry {
  return {
    ...row,
    currency: row.currency.trim(),
    amountMinor: BigInt(row.amountMinor),
    balanceAfterMinor: BigInt(row.balanceAfterMinor),
    sequence: BigInt(row.sequence),
  };
}

export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    // Built on its own (test and bench seeding), it reads the billing accounts through its own service.
    private readonly accounts: BillingAccountService = new BillingAccountService(dataSource),
    // Without a bus (seeding), entries are written without announcing them.
    private readonly events?: EventBus,
  ) {}

  /**
   * Appends entries to accounts the caller locked in this transaction (`lockForLedger`), keeps
   * each account's balance beside them and announces each change as `balance.changed`, all in
   * the transaction: the deferred constraint triggers check at commit that each kept balance is
   * still the sum of its ledger. `announceAlso` names further events of the same change (its audit
   * entry), written in the same outbox statement as the balance events rather than in one of their own.
   */
  async append(
    transaction: EntityManager,
    partnerId: string,
    drafts: readonly EntryDraft[],
    announceAlso: (entries: LedgerEntry[]) => readonly EventDraft<unknown>[] = () => [],
  ): Promise<LedgerEntry[]> {
    const kept = new Map<string, { balanceMinor: bigint; lastSequence: bigint }>();
    const planned = drafts.map((draft) => {
      const before = kept.get(draft.account.customerId) ?? {
        balanceMinor: draft.account.balanceMinor,
        lastSequence: draft.account.lastSequence,
      };
      const after = { balanceMinor: before.balanceMinor + draft.amountMinor, lastSequence: before.lastSequence + 1n };
      kept.set(draft.account.customerId, after);
      return { draft, previousBalanceMinor: before.balanceMinor, ...after };
    });
    const inserted = await transaction.query<{ id: string; createdAt: Date }[]>(
      `INSERT INTO ${this.table}
              (partner_id, id, customer_id, amount_minor, currency, kind, description, reference, sequence, balance_after_minor,
               idempotency_key)
       SELECT $1, entry.*
         FROM unnest($2::uuid[], $3::uuid[], $4::bigint[], $5::char(3)[], $6::text[], $7::text[], $8::text[],
                     $9::bigint[], $10::bigint[], $11::text[]) AS entry
       RETURNING id, created_at AS "createdAt"`,
      [
        partnerId,
        planned.map(({ draft }) => draft.id),
        planned.map(({ draft }) => draft.account.customerId),
        planned.map(({ draft }) => draft.amountMinor.toString()),
        planned.map(({ draft }) => draft.account.currency),
        planned.map(({ draft }) => draft.kind),
        planned.map(({ draft }) => draft.description),
        planned.map(({ draft }) => draft.reference),
        planned.map(({ lastSequence }) => lastSequence.toString()),
        planned.map(({ balanceMinor }) => balanceMinor.toString()),
        planned.map(({ draft }) => draft.idempotencyKey ?? null),
      ],
    );
    const createdAt = new Map(inserted.map((row) => [row.id, row.createdAt]));
    await this.accounts.keepBalances(
      transaction,
      partnerId,
      [...kept].map(([customerId, after]) => ({ customerId, ...after })),
    );
    const entries = planned.map(({ draft, balanceMinor, lastSequence }) => ({
      id: draft.id,
      customerId: draft.account.customerId,
      currency: draft.account.currency,
      kind: draft.kind,
      amountMinor: draft.amountMinor,
      balanceAfterMinor: balanceMinor,
      sequence: lastSequence,
      description: draft.description,
      reference: draft.reference,
      createdAt: createdAt.get(draft.id)!,
    }));
    const balanceEvents = entries.map((entry, i): EventDraft<BalanceChangedData> => ({
      type: BALANCE_CHANGED,
      partnerId,
      data: {
        customerId: entry.customerId,
        currency: entry.currency,
        previousBalanceMinor: Number(planned[i]!.previousBalanceMinor),
        balanceMinor: Number(entry.balanceAfterMinor),
        entryId: entry.id,
        kind: entry.kind,
        sequence: Number(entry.sequence),
      },
    }));
    // One publish for all of them: two statements however many entries and events the change has.
    await this.events?.publish<unknown>(transaction, [...balanceEvents, ...announceAlso(entries)]);
    return entries;
  }

  /**
   * Appends one entry in the account's currency, outside any request (seeding). Returns the entry
   * recorded under the idempotency key when one was recorded before, or null when the account
   * does not exist.
   */
  async record(partnerId: string, request: LedgerEntryRequest): Promise<LedgerEntry | null> {
    return this.dataSource.transaction(async (transaction) => {
      const [account] = await this.accounts.lockInPartner(transaction, partnerId, [request.customerId]);
      if (!account) return null;
      if (request.idempotencyKey) {
        const rows = await transaction.query<EntryRow[]>(
          `SELECT ${ENTRY_COLUMNS} FROM ${this.table} e WHERE e.partner_id = $1 AND e.idempotency_key = $2`,
          [partnerId, request.idempotencyKey],
        );
        if (rows[0]) return toEntry(rows[0]);
      }
      const id = newId();
      const [entry] = await this.append(transaction, partnerId, [
        {
          account,
          id,
          amountMinor: request.amountMinor,
          kind: request.kind,
          description: request.description,
          reference: null,
          idempotencyKey: request.idempotencyKey ?? null,
        },
      ]);
      return entry!;
    });
  }

  /** Entries of a partner by id, in the order asked for; ids that are not there are absent. */
  async findByIds(transaction: EntityManager, partnerId: string, ids: readonly string[]): Promise<LedgerEntry[]> {
    const valid = ids.filter(isValidId);
    if (valid.length === 0) return [];
    const rows = await transaction.query<EntryRow[]>(
      `SELECT ${ENTRY_COLUMNS} FROM ${this.table} e WHERE e.partner_id = $1 AND e.id = ANY($2::uuid[])`,
      [partnerId, valid],
    );
    const byId = new Map(rows.map((row) => [row.id, toEntry(row)]));
    return valid.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * A page of entries for each of these customers, in one statement: for each customer a LATERAL
   * subquery seeks past the cursor in `ledger_entries_newest` and stops after the page and one
   * row more. The customers were already checked as visible to the caller.
   */
  async pagesFor(
    caller: Caller,
    customerIds: readonly string[],
    filter: LedgerFilter,
    seek: KeysetSeek,
  ): Promise<LedgerEntry[]> {
    const page = keysetSeekSql(ledgerOrder, seek);
    const { where, parameters } = this.filtered(caller, filter, 'e.customer_id = owner.customer_id', page.condition);
    const rows = await this.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS}
         FROM unnest(:customerIds::uuid[]) WITH ORDINALITY AS owner (customer_id, ordinal)
        CROSS JOIN LATERAL (
              SELECT * FROM ${this.table} e
               WHERE ${where}
               ORDER BY ${page.orderBy}
               LIMIT :pageLimit
              ) e
        ORDER BY owner.ordinal, ${page.orderBy}`,
      { ...parameters, ...page.parameters, customerIds, pageLimit: page.limit },
    );
    return rows.map(toEntry);
  }

  /** How many entries match for each of these customers, in one grouped statement; customers with none are absent. */
  async countsFor(caller: Caller, customerIds: readonly string[], filter: LedgerFilter): Promise<Map<string, number>> {
    const { where, parameters } = this.filtered(caller, filter, 'e.customer_id = ANY(:customerIds::uuid[])', null);
    const rows = await this.query<{ customerId: string; count: number }>(
      `SELECT e.customer_id AS "customerId", count(*)::int AS count FROM ${this.table} e WHERE ${where}
        GROUP BY e.customer_id`,
      { ...parameters, customerIds },
    );
    return new Map(rows.map((row) => [row.customerId, row.count]));
  }

  private filtered(
    caller: Caller,
    filter: LedgerFilter,
    owner: string,
    cursor: string | null,
  ): { where: string; parameters: Record<string, unknown> } {
    const conditions = [owner, ...(cursor ? [cursor] : [])];
    const parameters: Record<string, unknown> = {};
    if (filter.kinds?.length) {
      conditions.push('e.kind = ANY(:kinds::text[])');
      parameters.kinds = filter.kinds;
    }
    if (filter.from) {
      conditions.push('e.created_at >= :from');
      parameters.from = filter.from;
    }
    if (filter.to) {
      conditions.push('e.created_at <= :to');
      parameters.to = filter.to;
    }
    if (filter.minAmountMinor != null) {
      conditions.push('e.amount_minor >= :minAmount::bigint');
      parameters.minAmount = filter.minAmountMinor.toString();
    }
    if (filter.maxAmountMinor != null) {
      conditions.push('e.amount_minor <= :maxAmount::bigint');
      parameters.maxAmount = filter.maxAmountMinor.toString();
    }
    const scope = scopeConditions(scopeOf(caller), { partner: 'e.partner_id', customer: 'e.customer_id' });
    return {
      where: [...conditions, ...scope.map((condition) => condition.sql)].join(' AND '),
      parameters: Object.assign(parameters, ...scope.map((condition) => condition.parameters)) as Record<
        string,
        unknown
      >,
    };
  }

  private get table(): string {
    return this.dataSource.getMetadata(LedgerEntryEntity).tablePath;
  }

  private query<TRow>(sql: string, parameters: Record<string, unknown>): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<TRow[]>(text, values);
  }
}
