import type { DataSource } from 'typeorm';
import { CustomerStandingEntity } from './customer-standing.entity';

/**
 * The customer list's search projection: each customer's balance, amount owed, low credit and
 * last message, which billing and messaging own and announce, kept here so that the list
 * filters and sorts on them in one indexed query. The list's rows still show the owners' live
 * values through entity resolution; these are for finding customers. Only this service writes
 * the projection's tables.
 */
export class CustomerStandingService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The projection's rows as SQL, for the list to join on (partner_id, customer_id): one row per
   * customer, opened in the customer's own transaction, so an inner join loses nobody.
   */
  rowsSubquery(): string {
    return `SELECT partner_id, customer_id, currency, balance_minor, owed_minor, low_credit, last_messaged_at
              FROM ${this.table}`;
  }

  private get table(): string {
    return this.dataSource.getMetadata(CustomerStandingEntity).tablePath;
  }
}
