import type { AuditRequestedData } from '@clientele/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit';
import type { CustomerLifecycleService, Transition } from '../customer-lifecycle';
import { TRANSITIONS } from '../customer-lifecycle';
import type { BulkDetailField, BulkDetails, CustomerService, CustomerStatus } from '../customers';
import type { TagRow, TagService } from '../tags';
import type { BulkAction, BulkOperationEntity } from './bulk-operation.entity';

type Actor = AuditRequestedData['actor'];

/** What a bulk action did to one customer: what it replaced and what it set. */
export interface Change {
  previous: Record<string, unknown>;
  applied: Record<string, unknown>;
}

/** A customer of a batch as the rules saw it, with what the operation being undone did to it. */
export interface BatchRow {
  id: string;
  reason: string | null;
  origPrevious: Record<string, unknown> | null;
  origApplied: Record<string, unknown> | null;
}

/** SQL with its named parameters. */
export interface Sql {
  sql: string;
  parameters: Record<string, unknown>;
}

/** The services the rules act through: each table is changed by its owner. */
export interface BulkOwners {
  customers: CustomerService;
  lifecycle: CustomerLifecycleService;
  tags: TagService;
  audit: AuditService;
  /** The search projection's rows (`partner_id, customer_id, balance_minor, owed_minor`…): CLOSE decides on them. */
  standingSubquery: () => string;
}

const STATUS_TRANSITIONS: Partial<Record<BulkAction, Transition>> = {
  ENABLE: 'REENABLE',
  SUSPEND: 'SUSPEND',
  DEACTIVATE: 'DEACTIVATE',
  CANCEL: 'CANCEL',
  CLOSE: 'CLOSE',
};

/** What puts a status action's customers back: the status each had is restored, through this transition. */
const UNDO_TRANSITIONS: Partial<Record<BulkAction, Transition>> = {
  ENABLE: 'SUSPEND',
  SUSPEND: 'REENABLE',
  DEACTIVATE: 'REACTIVATE',
  CANCEL: 'REACTIVATE',
  CLOSE: 'RESTORE',
};

const FIELD_ACTIONS: Partial<Record<BulkAction, (op: BulkOperationEntity) => BulkDetails>> = {
  SET_FIELDS: (op) => {
    const { country, timezone } = op.parameters.fields;
    return { ...(country != null ? { country } : {}), ...(timezone != null ? { timezone } : {}) };
  },
  ASSIGN_RESELLER: (op) => ({ resellerId: op.parameters.resellerId }),
};

/** The SQL column (of the customers' bulk rows, alias `c`) holding each field, as text. */
const FIELD_SQL: Record<BulkDetailField, string> = {
  country: 'c.country::text',
  timezone: 'c.timezone',
  resellerId: 'c.reseller_id::text',
};

const CHANGED_SINCE = 'changed since';
export const CHANGED_MEANWHILE = 'changed meanwhile';

/**
 * Why a customer (alias `c`: the customers' bulk rows; `orig`: its outcome in the operation being
 * undone) is skipped, as an SQL expression that is NULL when it is changed. The preview and each
 * batch of the run ask the same expression, so they agree.
 */
export function skipReasonSql(op: BulkOperationEntity, owners: BulkOwners): Sql {
  const { action } = op;
  const undoing = op.undoOf !== null;
  const transition = STATUS_TRANSITIONS[action];
  if (transition && undoing) {
    return {
      sql: `CASE WHEN c.status IS DISTINCT FROM orig.applied->>'status' THEN '${CHANGED_SINCE}' END`,
      parameters: {},
    };
  }
  if (transition) {
    const rule = TRANSITIONS[transition];
    const to = rule.to === 'PREVIOUS' ? 'INACTIVE' : rule.to;
    // Closing needs a zero balance and nothing owed, as the search projection knows them; a
    // customer it has no row for is not known to be clear, so it is skipped.
    const extra =
      action === 'CLOSE'
        ? `NULLIF(COALESCE((SELECT CASE WHEN s.balance_minor <> 0 THEN 'balance not zero'
                                        WHEN s.owed_minor <> 0 THEN 'money owed' ELSE '' END
                              FROM (${owners.standingSubquery()}) s
                             WHERE s.partner_id = c.partner_id AND s.customer_id = c.id), 'balance unknown'), '')`
        : 'NULL';
    return {
      sql: `CASE WHEN c.status = ANY(:bulkFrom::text[]) THEN ${extra}
                 WHEN c.status = :bulkTo THEN 'already ${to.toLowerCase()}'
                 ELSE 'is ' || lower(c.status) END`,
      parameters: { bulkFrom: [...rule.from], bulkTo: to },
    };
  }
  const fieldsOf = FIELD_ACTIONS[action];
  if (fieldsOf) {
    const fields = Object.keys(fieldsOf(op)) as BulkDetailField[];
    const current = `(${fields.map((field) => FIELD_SQL[field]).join(', ')}, NULL)`;
    if (undoing) {
      return {
        sql: `CASE WHEN c.status = 'CLOSED' THEN 'is closed'
                   WHEN ${current} IS DISTINCT FROM (${fields.map((field) => `orig.applied->>'${field}'`).join(', ')}, NULL)
                   THEN '${CHANGED_SINCE}' END`,
        parameters: {},
      };
    }
    const values = fieldsOf(op);
    return {
      sql: `CASE WHEN c.status = 'CLOSED' THEN 'is closed'
                 WHEN ${current} IS NOT DISTINCT FROM (${fields.map((field) => `:bulkField_${field}::text`).join(', ')}, NULL)
                 THEN 'already set' END`,
      parameters: Object.fromEntries(fields.map((field) => [`bulkField_${field}`, values[field] ?? null])),
    };
  }
  const tagged = (tag: string) =>
    `EXISTS (SELECT 1 FROM (${owners.tags.tagsSubquery()}) t
              WHERE t.partner_id = c.partner_id AND t.customer_id = c.id AND t.tag = ${tag})`;
  const undoTags = `jsonb_array_elements_text(orig.applied->'tags')`;
  if (action === 'ADD_TAGS' && undoing) {
    return {
      sql: `CASE WHEN NOT EXISTS (SELECT 1 FROM ${undoTags} x (tag) WHERE ${tagged('x.tag::citext')}) THEN '${CHANGED_SINCE}' END`,
      parameters: {},
    };
  }
  if (action === 'REMOVE_TAGS' && undoing) {
    return {
      sql: `CASE WHEN NOT EXISTS (SELECT 1 FROM ${undoTags} x (tag) WHERE NOT ${tagged('x.tag::citext')}) THEN '${CHANGED_SINCE}' END`,
      parameters: {},
    };
  }
  if (action === 'ADD_TAGS') {
    return {
      sql: `CASE WHEN NOT EXISTS (SELECT 1 FROM unnest(:bulkTags::citext[]) x (tag) WHERE NOT ${tagged('x.tag')})
                 THEN 'already tagged' END`,
      parameters: { bulkTags: op.parameters.tags },
    };
  }
  return {
    sql: `CASE WHEN NOT EXISTS (SELECT 1 FROM unnest(:bulkTags::citext[]) x (tag) WHERE ${tagged('x.tag')})
               THEN 'not tagged' END`,
    parameters: { bulkTags: op.parameters.tags },
  };
}

const sortedTags = (tags: readonly string[]) =>
  [...tags].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

function byCustomer(rows: readonly TagRow[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const row of rows) tags.set(row.customerId, [...(tags.get(row.customerId) ?? []), row.tag]);
  return tags;
}

function actorOf(op: BulkOperationEntity): Actor {
  return { kind: op.actorKind as Actor['kind'], id: op.actorId, impersonatorId: op.impersonatorId };
}

/**
 * Makes the operation's change to the customers of a batch that its rules let through, set-based
 * through the owners' services, with an audit entry (and the owners' events) per customer
 * changed; answers what it did to each.
 */
export async function applyBatch(
  manager: EntityManager,
  op: BulkOperationEntity,
  rows: readonly BatchRow[],
  owners: BulkOwners,
): Promise<Map<string, Change>> {
  const done = new Map<string, Change>();
  if (rows.length === 0) return done;
  const { partnerId, action } = op;
  const actor = actorOf(op);
  const details = { bulkOperationId: op.id };
  const undoing = op.undoOf !== null;

  const transition = STATUS_TRANSITIONS[action];
  if (transition) {
    // An undo restores each customer's own earlier status: one set-based change per status.
    const groups = new Map<string, string[]>();
    for (const row of rows) {
      const key = undoing ? `${String(row.origApplied?.status)}>${String(row.origPrevious?.status)}` : '';
      groups.set(key, [...(groups.get(key) ?? []), row.id]);
    }
    for (const [key, ids] of groups) {
      const [from, to] = key.split('>') as [CustomerStatus, CustomerStatus];
      const changed = await owners.lifecycle.applyMany(manager, partnerId, ids, {
        transition: undoing ? UNDO_TRANSITIONS[action]! : transition,
        reason: op.parameters.reason,
        actor,
        requestId: op.requestId,
        ...(undoing ? { from: [from], to } : {}),
        ...(action === 'CANCEL' && !undoing ? { mode: 'IMMEDIATELY' as const } : {}),
        details,
      });
      for (const change of changed) {
        done.set(change.customerId, { previous: { status: change.from }, applied: { status: change.to } });
      }
    }
    return done;
  }

  const fieldsOf = FIELD_ACTIONS[action];
  if (fieldsOf) {
    const values = fieldsOf(op);
    const fields = Object.keys(values) as BulkDetailField[];
    const changed = await owners.customers.setDetailsMany(
      manager,
      partnerId,
      fields,
      rows.map((row) =>
        undoing
          ? {
              id: row.id,
              values: row.origPrevious ?? {},
              expected: row.origApplied ?? {},
            }
          : { id: row.id, values },
      ),
    );
    await owners.audit.writeMany(
      manager,
      partnerId,
      changed.map((change) => ({
        action: 'customer.updated',
        actor,
        targetType: 'Customer',
        targetId: change.id,
        requestId: op.requestId,
        details: {
          changes: Object.fromEntries(
            fields.map((field) => [field, { from: change.previous[field] ?? null, to: change.applied[field] ?? null }]),
          ),
          ...details,
        },
      })),
    );
    for (const change of changed) done.set(change.id, { previous: change.previous, applied: change.applied });
    return done;
  }

  // Tags: forward, the operation's tags on every customer; an undo, each customer's own.
  const adding = (action === 'ADD_TAGS') !== undoing;
  const pairs = rows.flatMap((row) =>
    (undoing ? ((row.origApplied?.tags as string[] | undefined) ?? []) : op.parameters.tags).map((tag) => ({
      customerId: row.id,
      tag,
    })),
  );
  const before = await owners.tags.tagsOf(
    manager,
    partnerId,
    rows.map((row) => row.id),
  );
  const touched = byCustomer(
    adding
      ? await owners.tags.addPairs(manager, partnerId, pairs)
      : await owners.tags.removePairs(manager, partnerId, pairs),
  );
  const entries: AuditRequestedData[] = [];
  for (const [customerId, tags] of touched) {
    const from = before.get(customerId) ?? [];
    const lowered = new Set(tags.map((tag) => tag.toLowerCase()));
    const to = adding ? [...from, ...tags] : from.filter((tag) => !lowered.has(tag.toLowerCase()));
    entries.push({
      action: adding ? 'customer.tags-added' : 'customer.tags-removed',
      actor,
      targetType: 'Customer',
      targetId: customerId,
      requestId: op.requestId,
      details: {
        customerId,
        [adding ? 'added' : 'removed']: sortedTags(tags),
        changes: { tags: { from: sortedTags(from), to: sortedTags(to) } },
        ...details,
      },
    });
    done.set(customerId, { previous: { tags: sortedTags(from) }, applied: { tags: sortedTags(tags) } });
  }
  await owners.audit.writeMany(manager, partnerId, entries);
  return done;
}
