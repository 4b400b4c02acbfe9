import { OPERATOR_ROLES, type OperatorRole, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { OperatorEntity } from './operator.entity';

const OperatorRoleEnum = enumOf(OPERATOR_ROLES);

registerEnumType(OperatorRoleEnum, {
  name: 'OperatorRole',
  description: 'What an operator may do within their partner.',
  valuesConfig: {
    OWNER: { description: 'Everything, including operators, API keys and partner settings.' },
    ADMIN: { description: 'Everything but ownership of the partner.' },
    BILLING: { description: 'Credits, invoices and payments.' },
    SUPPORT: { description: 'Customer accounts and messages, not money.' },
    READ_ONLY: { description: 'Reads only.' },
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

  partnerId: string;
}

export function toOperatorType(entity: OperatorEntity): OperatorType {
  return Object.assign(new OperatorType(), {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    partnerId: entity.partnerId,
  });
}
