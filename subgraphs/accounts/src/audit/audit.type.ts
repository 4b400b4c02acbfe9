import { ConnectionArgs, ConnectionType } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import type { AuditEntryEntity } from './audit-entry.entity';

@ObjectType('AuditEntry', { description: 'Something done in Clientele: who, when, to what.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Unique id of the entry.' })
  id: string;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;

  @Field({ description: 'What was done, e.g. `impersonation.started` or `apiKey.revoked`.' })
  action: string;

  @Field({ description: 'What kind of caller did it: operator, platform, apiKey or portal.' })
  actorKind: string;

  @Field(() => ID, { description: 'Id of the operator, staff member, API key or member who did it.' })
  actorId: string;

  @Field(() => ID, { nullable: true, description: 'The operator acting as the customer, if any.' })
  impersonatorId: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of record acted on, e.g. Customer.' })
  targetType: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the record acted on.' })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'The request that did it, as in the service logs.' })
  requestId: string | null;

  @Field({ description: 'Further facts about the action, as a JSON object.' })
  details: string;
}

export function toAuditEntryType(entity: AuditEntryEntity): AuditEntryType {
  return Object.assign(new AuditEntryType(), {
    id: entity.id,
    occurredAt: entity.occurredAt,
    action: entity.action,
    actorKind: entity.actorKind,
    actorId: entity.actorId,
    impersonatorId: entity.impersonatorId,
    targetType: entity.targetType,
    targetId: entity.targetId,
    requestId: entity.requestId,
    details: JSON.stringify(entity.details),
  });
}

export const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry', 'audit entries');
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@InputType({ description: 'Narrows the audit log.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only entries about this customer account.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries of this action.' })
  action?: string | null;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Which entries to list.' })
  filter?: AuditLogFilter | null;
}
