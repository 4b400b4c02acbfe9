import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Caller } from './contracts/callers';
import type { AuditRecord, RequestContext } from './context';
import { AUDIT_REQUESTED, type AuditRequestedData } from './contracts/events';
import type { EventBus, EventDraft } from './events';

export function auditActorOf(caller: Caller): AuditRequestedData['actor'] {
  switch (caller.kind) {
    case 'operator':
      return { kind: 'operator', id: caller.operatorId, impersonatorId: null };
    case 'platform':
      return { kind: 'platform', id: caller.staffId, impersonatorId: null };
    case 'apiKey':
      return { kind: 'apiKey', id: caller.apiKeyId, impersonatorId: null };
    case 'portal':
      return {
        kind: 'portal',
        id: caller.memberId ?? caller.customerId,
        impersonatorId: caller.impersonator?.operatorId ?? null,
      };
    case 'service':
      return { kind: 'service', id: caller.serviceId, impersonatorId: null };
  }
}

/** Writes an audit entry, inside `transaction` when the entry must stand or fall with a change. */
export type AuditSink = (context: RequestContext, record: AuditRecord, transaction?: EntityManager) => Promise<void>;

export function auditEntryOf(context: RequestContext, record: AuditRecord): AuditRequestedData {
  return {
    action: record.action,
    actor: auditActorOf(context.caller),
    targetType: record.targetType ?? null,
    targetId: record.targetId ?? null,
    requestId: context.requestId,
    details: record.details ?? {},
  };
}

/**
 * An audit entry as the event that asks the log's owner to write it. A subgraph that does not own
 * the log may publish it together with the other events of a change, in one outbox write.
 */
export function auditRequested(context: RequestContext, record: AuditRecord): EventDraft<AuditRequestedData> {
  return { type: AUDIT_REQUESTED, partnerId: record.partnerId, data: auditEntryOf(context, record) };
}

/** The audit sink of a subgraph that does not own the log: an event in the outbox. */
export function eventAuditSink(events: EventBus, manager: EntityManager): AuditSink {
  return (context, record, transaction) => events.publish(transaction ?? manager, auditRequested(context, record));
}

/**
 * While an operator acts as a customer, every mutation is written to the audit log before it
 * runs, whether or not it then succeeds: the log shows what was attempted in the customer's name.
 */
export function impersonationAudit(sink: AuditSink): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ contextValue, operation, operationName }) {
          const { caller } = contextValue;
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          if (caller.kind !== 'portal' || !caller.impersonator) return;
          const fields = operation.selectionSet.selections.flatMap((selection) =>
            selection.kind === Kind.FIELD ? [selection.name.value] : [],
          );
          await sink(contextValue, {
            action: 'impersonation.mutation',
            partnerId: caller.partnerId,
            targetType: 'Customer',
            targetId: caller.customerId,
            details: { operationName: operationName ?? null, fields },
          });
        },
      });
    },
  };
}

/** One field's value before and after a change, as the audit log's `details.changes` holds it. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/**
 * The fields whose values differ between `before` and `after`, as `{ field: { from, to } }`, for
 * `details: { changes }`. Empty when nothing changed: a no-op records nothing.
 */
export function changesBetween<T extends object>(before: Partial<T>, after: Partial<T>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of Object.keys(after) as (keyof T & string)[]) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
