import { SafeIntResolver, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { type CustomerStatus, CustomerStatusEnum } from '../customers';
import {
  CANCELLATION_MODES,
  type CancellationMode,
  type CustomerStatusChangeEntity,
  type ScheduledCancellationEntity,
  type ScheduledCancellationMode,
} from './lifecycle.entity';

export const CancellationModeEnum = enumOf(CANCELLATION_MODES);
registerEnumType(CancellationModeEnum, {
  name: 'CancellationMode',
  description: 'When a cancellation takes effect.',
  valuesConfig: {
    IMMEDIATELY: { description: 'Now: the customer becomes INACTIVE at once.' },
    END_OF_PERIOD: {
      description:
        'At the end of the current billing period: the end of the calendar month in the customer’s time zone.',
    },
    ON_DATE: { description: 'On a chosen date (or date and time), in the customer’s time zone.' },
  },
});

@ObjectType('CustomerStatusChange', { description: 'One change of a customer’s status: who, when, why.' })
export class CustomerStatusChangeType {
  @Field(() => ID, { description: 'Unique id of the change.' })
  id: string;

  @Field({ description: 'What was asked: SUSPEND, REENABLE, DEACTIVATE, REACTIVATE, CANCEL, CLOSE or RESTORE.' })
  transition: string;

  @Field(() => CustomerStatusEnum, { description: 'The status before.' })
  fromStatus: CustomerStatus;

  @Field(() => CustomerStatusEnum, { description: 'The status after.' })
  toStatus: CustomerStatus;

  @Field(() => String, { nullable: true, description: 'Why, as the person who asked gave it.' })
  reason: string | null;

  @Field(() => CancellationModeEnum, { nullable: true, description: 'For a cancellation: how it was asked for.' })
  cancellationMode: CancellationMode | null;

  @Field({
    description:
      'What kind of caller asked: operator, platform, apiKey, portal, or service (billing, for late payment).',
  })
  actorKind: string;

  @Field(() => ID, { description: 'Id of the operator, staff member, API key or member who asked.' })
  actorId: string;

  @Field(() => ID, { nullable: true, description: 'The operator acting as the customer, if any.' })
  impersonatorId: string | null;

  @Field({ description: 'When the status changed.' })
  occurredAt: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'For a suspension for late payment: the overdue invoice. For the re-enabling that ended one: the invoice ' +
      'whose payment or voiding ended it. Null for every change an operator made.',
  })
  invoiceId: string | null;
}

export function toStatusChangeType(entity: CustomerStatusChangeEntity): CustomerStatusChangeType {
  return Object.assign(new CustomerStatusChangeType(), {
    id: entity.id,
    transition: entity.transition,
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    reason: entity.reason,
    cancellationMode: entity.cancellationMode,
    actorKind: entity.actorKind,
    actorId: entity.actorId,
    impersonatorId: entity.impersonatorId,
    occurredAt: entity.occurredAt,
    invoiceId: entity.invoiceId,
  });
}

@ObjectType('ScheduledCancellation', {
  description: 'A cancellation that will take effect later; withdrawable until then.',
})
export class ScheduledCancellationType {
  @Field(() => ID, { description: 'Unique id of the scheduled cancellation.' })
  id: string;

  @Field(() => CancellationModeEnum, { description: 'END_OF_PERIOD or ON_DATE.' })
  mode: ScheduledCancellationMode;

  @Field({ description: 'When the customer becomes INACTIVE.' })
  effectiveAt: Date;

  @Field(() => String, { nullable: true, description: 'Why, as the person who scheduled it gave it.' })
  reason: string | null;

  @Field({ description: 'When it was scheduled.' })
  scheduledAt: Date;

  @Field({ description: 'What kind of caller scheduled it.' })
  scheduledByKind: string;

  @Field(() => ID, { description: 'Id of whoever scheduled it.' })
  scheduledById: string;
}

export function toScheduledCancellationType(entity: ScheduledCancellationEntity): ScheduledCancellationType {
  return Object.assign(new ScheduledCancellationType(), {
    id: entity.id,
    mode: entity.mode,
    effectiveAt: entity.effectiveAt,
    reason: entity.reason,
    scheduledAt: entity.createdAt,
    scheduledByKind: entity.scheduledByKind,
    scheduledById: entity.scheduledById,
  });
}

@ObjectType('CloseBlockingAmount', { description: 'An amount that keeps a customer from closing, with its currency.' })
export class CloseBlockingAmountType {
  @Field(() => SafeIntResolver, { description: 'Signed amount in minor units, e.g. -1250.' })
  minorUnits: number;

  @Field({ description: 'ISO 4217 currency code.' })
  currency: string;
}

@ObjectType('CustomerCloseBlockers', {
  description: 'What billing reported when it refused the close: both must be zero for a customer to close.',
})
export class CustomerCloseBlockersType {
  @Field(() => CloseBlockingAmountType, { description: 'The balance on the account.' })
  balance: CloseBlockingAmountType;

  @Field(() => CloseBlockingAmountType, { description: 'What the customer owes (unpaid invoices).' })
  owed: CloseBlockingAmountType;
}
