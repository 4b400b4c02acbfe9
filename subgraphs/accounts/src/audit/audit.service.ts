import {
  AUDIT_REQUESTED,
  type AuditRequestedData,
  type AuditSink,
  type Caller,
  type ConnectionArgs,
  auditEntryOf,
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
import { AuditEntryConnection, toAuditEntryType } from './audit.type';

export interface AuditLogFilter {
  customerId?: string | null;
  action?: string | null;
}

/** The audit log: written by this subgraph directly and by the others through events. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

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
}
