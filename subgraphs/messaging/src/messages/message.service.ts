import {
  type Caller,
  type KeysetSeek,
  keysetSeekSql,
  scopeConditions,
  scopeOf,
  timestampOrder,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { MessageEntity } from './message.entity';

/** Newest first, as `messages_by_customer` (partner_id, customer_id, created_at, id) is ordered. */
export const messageOrder = timestampOrder<MessageEntity>('m', 'created_at', (row) => row.createdAt, true);

export class MessageService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of messages for each of these customers, in one statement: for each customer a LATERAL
   * subquery seeks past the cursor in the index and stops after the page and one row more. The
   * customers were already checked as visible to the caller.
   */
  async pagesFor(caller: Caller, customerIds: readonly string[], seek: KeysetSeek): Promise<MessageEntity[]> {
    const page = keysetSeekSql(messageOrder, seek);
    const { where, parameters } = this.inScope(
      caller,
      'm.customer_id = owner.customer_id',
      ...(page.condition ? [page.condition] : []),
    );
    const rows = await this.query<MessageEntity>(
      `SELECT m.partner_id AS "partnerId", m.id, m.customer_id AS "customerId", m.channel, m.recipient, m.subject,
              m.body, m.status, m.created_at AS "createdAt"
         FROM unnest(:customerIds::uuid[]) WITH ORDINALITY AS owner (customer_id, ordinal)
        CROSS JOIN LATERAL (
              SELECT * FROM ${this.table} m
               WHERE ${where}
               ORDER BY ${page.orderBy}
               LIMIT :pageLimit
              ) m
        ORDER BY owner.ordinal, ${page.orderBy}`,
      { ...parameters, ...page.parameters, customerIds, pageLimit: page.limit },
    );
    return rows.map((row) => Object.assign(new MessageEntity(), row));
  }

  /** How many messages each of these customers has, in one grouped statement; customers with none are absent. */
  async countsFor(caller: Caller, customerIds: readonly string[]): Promise<Map<string, number>> {
    const { where, parameters } = this.inScope(caller, 'm.customer_id = ANY(:customerIds::uuid[])');
    const rows = await this.query<{ customerId: string; count: number }>(
      `SELECT m.customer_id AS "customerId", count(*)::int AS count
         FROM ${this.table} m
        WHERE ${where}
        GROUP BY m.customer_id`,
      { ...parameters, customerIds },
    );
    return new Map(rows.map((row) => [row.customerId, row.count]));
  }

  private get table(): string {
    return this.dataSource.getMetadata(MessageEntity).tablePath;
  }

  /** `conditions` narrowed to the caller's scope over the messages table (alias `m`), with named parameters. */
  private inScope(caller: Caller, ...conditions: string[]): { where: string; parameters: Record<string, string> } {
    const scope = scopeConditions(scopeOf(caller), { partner: 'm.partner_id', customer: 'm.customer_id' });
    return {
      where: [...conditions, ...scope.map((condition) => condition.sql)].join(' AND '),
      parameters: Object.assign({}, ...scope.map((condition) => condition.parameters)) as Record<string, string>,
    };
  }

  private query<TRow>(sql: string, parameters: Record<string, unknown>): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<TRow[]>(text, values);
  }
}
