import { ConnectionType, OPERATOR_ROLES, type OperatorRole, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OPERATOR_STATUSES, type OperatorEntity, type OperatorStatus } from './operator.entity';

export const OperatorRoleEnum = enumOf(OPERATOR_ROLES);

registerEnumType(OperatorRoleEnum, {
  name: 'OperatorRole',
  description: 'What an operator may do within their partner.',
  valuesConfig: {
    OWNER: { description: 'Everything, including operators, API keys and partner settings.' },
    ADMIN: { description: 'Everything but granting or changing the OWNER role.' },
    BILLING: { description: 'Credits, invoices and payments; reads customers.' },
    SUPPORT: { description: 'Customer accounts and messages, and logging in as a customer; not money.' },
    READ_ONLY: { description: 'Reads only.' },
  },
});

export const OperatorStatusEnum = enumOf(OPERATOR_STATUSES);

registerEnumType(OperatorStatusEnum, {
  name: 'OperatorStatus',
  description: 'Whether an operator can sign in.',
  valuesConfig: {
    INVITED: { description: 'Invited; has not set a password yet.' },
    ACTIVE: { description: 'Can sign in.' },
    DEACTIVATED: { description: 'Can no longer sign in; kept for the record.' },
  },
});

@ObjectType('Operator', { description: 'A member of a partner’s staff who signs in to Clientele.' })
export class OperatorType {
  @Field(() => ID, { description: 'Unique id of the operator.' })
  id: string;

  @Field({ description: 'The address the operator signs in with.' })
  email: string;

  @Field({ description: 'The operator’s full name.' })
  name: string;

  @Field(() => OperatorRoleEnum, { description: 'What the operator may do.' })
  role: OperatorRole;

  @Field(() => OperatorStatusEnum, { description: 'Whether the operator can sign in.' })
  status: OperatorStatus;

  @Field({ description: 'When the operator was invited or created.' })
  createdAt: Date;

  partnerId: string;
  resellerId: string | null;
}

export function toOperatorType(entity: OperatorEntity): OperatorType {
  return Object.assign(new OperatorType(), {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    status: entity.status,
    createdAt: entity.createdAt,
    partnerId: entity.partnerId,
    resellerId: entity.resellerId,
  });
}

export const OperatorConnection = ConnectionType(OperatorType, 'Operator', 'operator');
export type OperatorConnection = InstanceType<typeof OperatorConnection>;
