import {
  AUDIT_REQUESTED,
  type AuditRequestedData,
  type AuditSink,
  type Caller,
  type ConnectionArgs,
  type KeysetSeek,
  auditEntryOf,
  keysetSeekSql,
  auditRequestedData,
  defineSubscription,
  isValidId,
  newId,
  paginateKeyset,
  timestampOrder,
  scopeOf,
  toConnection,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import type { ActorDirectory } from './actor.loaders';
import { AuditEntryConnection, toAuditEntryType } from './audit.type';

/** Newest first, as `audit_log_by_customer` (partner_id, customer_id, occurred_at, id) is ordered. */
export const activityOrder = timestampOrder<AuditEntryEntity>('a', 'occurred_at', (row) => row.occurredAt, true);

export interface AuditLogFilter {
  customerId?: string | null;
  action?: string | null;
}

/** Fields whose values name no person, kept in the audit log when a customer is erased. */
const NOT_PERSONAL_FIELDS = [
  'accountNumber',
  'status',
  'role',
  'portalAccess',
  'recipientStatus',
  'pricingModel',
  'currency',
  'country',
  'timezone',
  'resellerId',
] as const;

/** The audit log: written by this subgraph directly and by the others through events. */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    /** Where the names of those who act come from, for the log's readers. */
    readonly actors: ActorDirectory,
  ) {}

  async write(
    partnerId: string | null,
    entry: AuditRequestedData,
    manager: EntityManager = this.dataSource.manager,
    id: string = newId(),
    occurredAt: Date | null = null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO accounts.audit_log
         (id, partner_id, action, actor_kind, actor_id, impersonator_id, target_type, target_id, request_id, details, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11, now()))
       ON CONFLICT (id) DO NOTHING`,
      [
        id,
        partnerId,
        entry.action,
        entry.actor.kind,
        entry.actor.id,
        entry.actor.impersonatorId,
        entry.targetType,
        entry.targetId,
        entry.requestId,
        JSON.stringify(entry.details),
        occurredAt,
      ],
    );
  }

  /**
   * Writes many entries of one partner in one statement, inside a bulk change's transaction: one
   * entry per customer a bulk action changed, as the change of one would write it.
   */
  async writeMany(manager: EntityManager, partnerId: string, entries: readonly AuditRequestedData[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO accounts.audit_log
         (id, partner_id, action, actor_kind, actor_id, impersonator_id, target_type, target_id, request_id, details)
       SELECT e.id, $1, e.action, e.actor_kind, e.actor_id, e.impersonator_id, e.target_type, e.target_id, e.request_id, e.details
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::jsonb[])
              AS e(id, action, actor_kind, actor_id, impersonator_id, target_type, target_id, request_id, details)`,
      [
        partnerId,
        entries.map(() => newId()),
        entries.map((entry) => entry.action),
        entries.map((entry) => entry.actor.kind),
        entries.map((entry) => entry.actor.id),
        entries.map((entry) => entry.actor.impersonatorId),
        entries.map((entry) => entry.targetType),
        entries.map((entry) => entry.targetId),
        entries.map((entry) => entry.requestId),
        entries.map((entry) => JSON.stringify(entry.details)),
      ],
    );
  }

  /**
   * Erases the personal values a customer's entries recorded (its own, its members' and its
   * notes'), inside the erasure's transaction: each changed field keeps its name, and its before
   * and after read "erased" unless the field is one that names no person (a status, a role, the
   * account number…). A field added later is erased unless listed here. Returns how many entries
   * were rewritten.
   */
  async erasePersonalData(manager: EntityManager, partnerId: string, customerId: string): Promise<number> {
    await manager.query(`SELECT set_config('accounts.audit_erasure', 'on', true)`);
    const [, rewritten] = await manager.query<[unknown, number]>(
      `UPDATE accounts.audit_log
          SET details = jsonb_set(details, '{changes}', (
                SELECT jsonb_object_agg(field, CASE
                         WHEN field = ANY($3::text[]) THEN change
                         WHEN jsonb_typeof(change) = 'object' THEN (
                           SELECT jsonb_object_agg(side, CASE WHEN value = 'null'::jsonb THEN value ELSE '"erased"'::jsonb END)
                             FROM jsonb_each(change) AS sides(side, value))
                         ELSE '"erased"'::jsonb
                       END)
                  FROM jsonb_each(details->'changes') AS changes(field, change)))
        WHERE partner_id = $1 AND customer_id = $2
          AND jsonb_typeof(details->'changes') = 'object' AND details->'changes' <> '{}'::jsonb`,
      [partnerId, customerId, [...NOT_PERSONAL_FIELDS]],
    );
    await manager.query(`SELECT set_config('accounts.audit_erasure', 'off', true)`);
    return rewritten;
  }

  /** This subgraph's sink: a row in the log, inside the change's transaction when given one. */
  readonly sink: AuditSink = (context, record, transaction) =>
    this.write(record.partnerId, auditEntryOf(context, record), transaction);

  /** Entries from other subgraphs; the event id is the entry id, so a redelivery writes nothing twice. */
  subscription() {
    return defineSubscription({
      event: AUDIT_REQUESTED,
      queue: 'accounts.audit-requested',
      data: auditRequestedData,
      handle: (event) => this.write(event.partnerId, event.data, undefined, event.id),
    });
  }

  async list(caller: Caller, filter: AuditLogFilter | null | undefined, args: ConnectionArgs) {
    const query = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a').where('true');
    const { partnerId } = scopeOf(caller);
    if (partnerId) query.andWhere('a.partner_id = :partnerId', { partnerId });
    if (filter?.customerId) {
      // An id that cannot exist matches nothing rather than failing the query.
      query.andWhere('a.target_id = :customerId', {
        customerId: isValidId(filter.customerId) ? filter.customerId : '',
      });
    }
    if (filter?.action) query.andWhere('a.action = :action', { action: filter.action });
    const page = await paginateKeyset(
      query,
      timestampOrder('a', 'occurred_at', (row) => row.occurredAt, true),
      args,
    );
    return toConnection(AuditEntryConnection, page, toAuditEntryType, () => query.getCount());
  }

  /**
   * A page of activity for each of these customers, in one statement: for each customer a LATERAL
   * subquery seeks past the cursor in `audit_log_by_customer`. The customers were already checked
   * as visible to the caller.
   */
  async activityPagesFor(
    caller: Caller,
    customerIds: readonly string[],
    seek: KeysetSeek,
  ): Promise<AuditEntryEntity[]> {
    const page = keysetSeekSql(activityOrder, seek);
    const { partnerId } = scopeOf(caller);
    const conditions = [
      'a.customer_id = owner.customer_id',
      ...(partnerId ? ['a.partner_id = :partnerId'] : []),
      ...(page.condition ? [page.condition] : []),
    ];
    const rows = await this.query<AuditEntryEntity>(
      `SELECT a.id, a.partner_id AS "partnerId", a.occurred_at AS "occurredAt", a.action, a.actor_kind AS "actorKind",
              a.actor_id AS "actorId", a.impersonator_id AS "impersonatorId", a.target_type AS "targetType",
              a.target_id AS "targetId", a.request_id AS "requestId", a.details
         FROM unnest(:customerIds::text[]) WITH ORDINALITY AS owner (customer_id, ordinal)
        CROSS JOIN LATERAL (
              SELECT * FROM accounts.audit_log a
               WHERE ${conditions.join(' AND ')}
               ORDER BY ${page.orderBy}
               LIMIT :pageLimit
              ) a
        ORDER BY owner.ordinal, ${page.orderBy}`,
      { ...page.parameters, partnerId, customerIds, pageLimit: page.limit },
    );
    return rows.map((row) => Object.assign(new AuditEntryEntity(), row));
  }

  /** How many activity entries each of these customers has, in one grouped statement. */
  async activityCountsFor(caller: Caller, customerIds: readonly string[]): Promise<Map<string, number>> {
    const { partnerId } = scopeOf(caller);
    const rows = await this.query<{ customerId: string; count: number }>(
      `SELECT a.customer_id AS "customerId", count(*)::int AS count
         FROM accounts.audit_log a
        WHERE a.customer_id = ANY(:customerIds::text[]) ${partnerId ? 'AND a.partner_id = :partnerId' : ''}
        GROUP BY a.customer_id`,
      { partnerId, customerIds },
    );
    return new Map(rows.map((row) => [row.customerId, row.count]));
  }

  private query<TRow>(sql: string, parameters: Record<string, unknown>): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<TRow[]>(text, values);
  }
}
