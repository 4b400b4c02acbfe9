import type { Caller } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';

export interface BalanceRow {
  customerId: string;
  currency: string;
  /** Exact sum in minor units, as PostgreSQL's numeric text. */
  amountMinor: string;
}

export class LedgerService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Balances of billing accounts the caller has already been allowed to see, summed from the
   * ledger in one grouped query. Accounts with no entries yet are absent (a zero balance).
   */
  async balances(caller: Caller, customerIds: readonly string[]): Promise<BalanceRow[]> {
    return this.dataSource.query(
      `SELECT customer_id AS "customerId", currency, sum(amount_minor)::text AS "amountMinor"
         FROM billing.ledger_entries
        WHERE partner_id = $1 AND customer_id = ANY($2::uuid[])
        GROUP BY customer_id, currency`,
      [caller.partnerId, customerIds],
    );
  }
}
