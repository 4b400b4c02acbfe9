import { type Caller, scopeOf, newId } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { BillingAccountService } from '../billing-accounts';
import { LedgerEntryEntity, type LedgerEntryKind } from './ledger-entry.entity';

export interface LedgerEntryRequest {
  customerId: string;
  amountMinor: bigint;
  kind: LedgerEntryKind;
  description: string;
  /** The same key twice records one entry: a retried request moves no money twice. */
  idempotencyKey?: string;
}

export interface BalanceRow {
  customerId: string;
  currency: string;
  /** Exact sum in minor units, as PostgreSQL's numeric text. */
  amountMinor: string;
}

export class LedgerService {
  constructor(
    private readonly dataSource: DataSource,
    // Built on its own (test and bench seeding), it reads the billing accounts through its own service.
    private readonly accounts: BillingAccountService = new BillingAccountService(dataSource),
  ) {}

  /**
   * Appends one entry in the account's currency. Returns the entry recorded under the
   * idempotency key when one was recorded before, or null when the account does not exist.
   */
  async record(partnerId: string, request: LedgerEntryRequest): Promise<LedgerEntryEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.findInTransaction(manager, partnerId, request.customerId);
      if (!account) return null;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(LedgerEntryEntity)
        .values({
          partnerId,
          id: newId(),
          customerId: request.customerId,
          amountMinor: request.amountMinor.toString(),
          currency: account.currency,
          kind: request.kind,
          description: request.description,
          idempotencyKey: request.idempotencyKey ?? null,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      return manager.findOneBy(
        LedgerEntryEntity,
        id ? { partnerId, id } : { partnerId, idempotencyKey: request.idempotencyKey ?? '' },
      );
    });
  }

  /**
   * Balances of billing accounts the caller has already been allowed to see, summed from the
   * ledger in one grouped query. Accounts with no entries yet are absent (a zero balance).
   */
  async balances(caller: Caller, customerIds: readonly string[]): Promise<BalanceRow[]> {
    return this.dataSource.query(
      `SELECT customer_id AS "customerId", currency, sum(amount_minor)::text AS "amountMinor"
         FROM billing.ledger_entries
        WHERE ($1::uuid IS NULL OR partner_id = $1) AND customer_id = ANY($2::uuid[])
        GROUP BY customer_id, currency`,
      [scopeOf(caller).partnerId, customerIds],
    );
  }
}
