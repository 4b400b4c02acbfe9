import { RECIPIENT_STATUSES, type RecipientStatus, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MEMBER_ROLES, type MemberEntity, type MemberRole } from './member.entity';

export const MemberRoleEnum = enumOf(MEMBER_ROLES);
registerEnumType(MemberRoleEnum, {
  name: 'MemberRole',
  description: 'A member’s role within their customer account.',
  valuesConfig: {
    OWNER: { description: 'The account holder; exactly one per account.' },
    ADMIN: { description: 'Manages the account with the owner.' },
    MEMBER: { description: 'Uses the account’s services.' },
  },
});

export const RecipientStatusEnum = enumOf(RECIPIENT_STATUSES);
registerEnumType(RecipientStatusEnum, {
  name: 'RecipientStatus',
  description: 'A member’s billing status as an additional recipient of the account’s notifications.',
  valuesConfig: {
    FREE: { description: 'Receives at no charge.' },
    PAID: { description: 'A paid recipient: adds a recurring charge.' },
    INACTIVE: { description: 'Receives nothing.' },
  },
});

@ObjectType('Member', { description: 'A person on a customer account; a member without portal access is a contact.' })
export class MemberType {
  @Field(() => ID, { description: 'Unique id of the member.' })
  id: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number in E.164 form.' })
  phone: string | null;

  @Field(() => MemberRoleEnum, { description: 'Role within the account.' })
  role: MemberRole;

  @Field({ description: 'Whether the member may sign in to the customer portal.' })
  portalAccess: boolean;

  @Field({ description: 'False once deactivated; members are never deleted.' })
  active: boolean;

  @Field(() => RecipientStatusEnum, { description: 'Billing status as an additional recipient.' })
  recipientStatus: RecipientStatus;

  @Field({ description: 'When the member was added.' })
  createdAt: Date;

  @Field({ description: 'When the member was last changed.' })
  updatedAt: Date;
}

export function toMemberType(entity: MemberEntity): MemberType {
  return Object.assign(new MemberType(), {
    id: entity.id,
    name: entity.name,
    email: entity.email,
    phone: entity.phone,
    role: entity.role,
    portalAccess: entity.portalAccess,
    active: entity.status === 'ACTIVE',
    recipientStatus: entity.recipientStatus,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  });
}
