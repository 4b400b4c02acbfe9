import { type Caller, CustomerProjection, scopeConditions, scopeOf } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { ProjectedCustomerEntity } from './projected-customer.entity';

/** Messaging's projection of accounts' customers, with the question a bulk send asks of 100,000 at once. */
export class MessagingCustomers extends CustomerProjection<ProjectedCustomerEntity> {
  constructor(private readonly source: DataSource) {
    super(source, { entity: ProjectedCustomerEntity });
  }

  /**
   * Of these customers, those the caller may not see here (another scope's, or not arrived yet
   * from accounts). One statement that answers only the exceptions, so a selection of 100,000
   * known customers reads no rows back.
   */
  async notVisible(caller: Caller, customerIds: readonly string[]): Promise<Set<string>> {
    if (customerIds.length === 0) return new Set();
    const scope = scopeConditions(scopeOf(caller), {
      partner: 'p.partner_id',
      reseller: 'p.reseller_id',
      customer: 'p.customer_id',
    });
    const [sql, values] = this.source.driver.escapeQueryWithParameters(
      `SELECT u.id FROM unnest(:customerIds::uuid[]) AS u (id)
        WHERE NOT EXISTS (
              SELECT 1 FROM ${this.source.getMetadata(ProjectedCustomerEntity).tablePath} p
               WHERE ${['p.customer_id = u.id', ...scope.map((condition) => condition.sql)].join(' AND ')})`,
      Object.assign({ customerIds }, ...scope.map((condition) => condition.parameters)) as Record<string, unknown>,
    );
    const rows = await this.source.query<{ id: string }[]>(sql, values);
    return new Set(rows.map((row) => row.id));
  }
}
