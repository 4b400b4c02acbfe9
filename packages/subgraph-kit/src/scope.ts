import type { Caller } from './contracts/callers';
import { type DataScope, scopeOf } from './contracts/permissions';

/**
 * SQL conditions restricting a customer-keyed table to a caller's scope, for a query builder's
 * `andWhere`. `columns` names the table's partner, reseller and customer columns; a table with
 * no reseller column may only be read for customers already checked through one that has it.
 */
export function scopeConditions(
  scope: DataScope,
  columns: { partner: string; reseller?: string; customer: string },
): { sql: string; parameters: Record<string, string> }[] {
  const conditions: { sql: string; parameters: Record<string, string> }[] = [];
  if (scope.partnerId) {
    conditions.push({ sql: `${columns.partner} = :scopePartnerId`, parameters: { scopePartnerId: scope.partnerId } });
  }
  if (scope.resellerId && columns.reseller) {
    conditions.push({
      sql: `${columns.reseller} = :scopeResellerId`,
      parameters: { scopeResellerId: scope.resellerId },
    });
  }
  if (scope.customerId) {
    conditions.push({
      sql: `${columns.customer} = :scopeCustomerId`,
      parameters: { scopeCustomerId: scope.customerId },
    });
  }
  return conditions;
}

/** Applies `scopeConditions` to a TypeORM query builder. */
export function whereInScope<Q extends { andWhere(sql: string, parameters: Record<string, string>): Q }>(
  query: Q,
  caller: Caller,
  columns: { partner: string; reseller?: string; customer: string },
): Q {
  for (const condition of scopeConditions(scopeOf(caller), columns))
    query.andWhere(condition.sql, condition.parameters);
  return query;
}
