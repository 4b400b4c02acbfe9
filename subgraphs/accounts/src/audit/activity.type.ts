import { ConnectionType } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { AuditEntryEntity } from './audit-entry.entity';
import { ActorType, toActorType } from './actor.type';

@ObjectType('FieldChange', { description: 'One field’s value before and after a change.' })
export class FieldChangeType {
  @Field({ description: 'The field, e.g. `name` or `status`.' })
  field: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value before, as text (lists and numbers as JSON); null when it had none.',
  })
  from: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value after, as text (lists and numbers as JSON); null when it has none.',
  })
  to: string | null;
}

@ObjectType('ActivityEntry', {
  description: 'Something done to a customer account, its members or its notes: who, when, what changed.',
})
export class ActivityEntryType {
  @Field(() => ID, { description: 'Unique id of the audit entry.' })
  id: string;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field({ description: 'What was done, e.g. `member.updated` or `customer.tags-added`.' })
  action: string;

  @Field(() => ActorType, { description: 'Who did it; a member when done in the portal.' })
  actor: ActorType;

  @Field(() => ActorType, {
    nullable: true,
    description: 'The operator who did it while logged in as the customer, if any.',
  })
  impersonator: ActorType | null;

  @Field(() => String, { nullable: true, description: 'The kind of record acted on: Customer, Member, CustomerNote…' })
  targetType: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the record acted on.' })
  targetId: string | null;

  @Field(() => [FieldChangeType], { description: 'The fields it changed, with their values before and after.' })
  changes: FieldChangeType[];

  @Field(() => String, { nullable: true, description: 'The reason given, if any.' })
  reason: string | null;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function changesOf(details: Record<string, unknown>): FieldChangeType[] {
  const changes = details.changes;
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, { from?: unknown; to?: unknown } | null>).map(([field, change]) =>
    Object.assign(new FieldChangeType(), { field, from: asText(change?.from), to: asText(change?.to) }),
  );
}

export function toActivityEntryType(entity: AuditEntryEntity): ActivityEntryType {
  const reason = entity.details.reason;
  return Object.assign(new ActivityEntryType(), {
    id: entity.id,
    occurredAt: entity.occurredAt,
    action: entity.action,
    actor: toActorType(entity.actorKind, entity.actorId),
    impersonator: entity.impersonatorId ? toActorType('operator', entity.impersonatorId) : null,
    targetType: entity.targetType,
    targetId: entity.targetId,
    changes: changesOf(entity.details),
    reason: typeof reason === 'string' ? reason : null,
  });
}

export const ActivityConnection = ConnectionType(ActivityEntryType, 'Activity', 'activity record');
export type ActivityConnection = InstanceType<typeof ActivityConnection>;
