import {
  ConnectionArgs,
  OPERATOR_ROLES,
  type OperatorRole,
  UserError,
  emailAddress,
  nameText,
  text,
} from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { InvitationType } from '../credentials';
import type { OperatorStatus } from './operator.entity';
import { OperatorRoleEnum, OperatorStatusEnum, OperatorType } from './operator.type';

@InputType({ description: 'Narrows a list of operators.' })
export class OperatorFilter {
  @Field(() => String, { nullable: true, description: 'Matches the name or email, ignoring case.' })
  query?: string | null;

  @Field(() => [OperatorStatusEnum], { nullable: true, description: 'Statuses to include; all by default.' })
  status?: OperatorStatus[] | null;
}

@ArgsType()
export class OperatorsArgs extends ConnectionArgs {
  @Field(() => OperatorFilter, { nullable: true, description: 'Which operators to list.' })
  filter?: OperatorFilter | null;
}

@InputType({ description: 'Someone to invite to the partner’s staff.' })
export class OperatorInviteInput {
  @Field({ description: 'The address they will sign in with.' })
  email: string;

  @Field({ description: 'Their full name.' })
  name: string;

  @Field(() => OperatorRoleEnum, { description: 'What they may do.' })
  role: OperatorRole;

  @Field(() => ID, { nullable: true, description: 'Limit them to this reseller’s customers.' })
  resellerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Platform staff only: the partner to invite them to.' })
  partnerId?: string | null;
}

export const operatorInviteSchema = z.object({
  email: emailAddress({ required: 'Enter an email address.' }),
  name: nameText({ maxLength: 100, required: 'Enter their name.' }),
  role: z.enum(OPERATOR_ROLES),
  resellerId: z.guid('Choose a reseller from the list.').nullish(),
  partnerId: z.guid('Choose a partner from the list.').nullish(),
});

@ObjectType({ description: 'The result of operatorInvite.' })
export class OperatorInvitePayload {
  @Field(() => OperatorType, { nullable: true, description: 'The invited operator, unless the input was refused.' })
  operator: OperatorType | null;

  @Field(() => InvitationType, {
    nullable: true,
    description: 'The link with which they set their password; share it with them until email delivery exists.',
  })
  invitation: InvitationType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Changes to an operator’s role or reseller limit.' })
export class OperatorUpdateInput {
  @Field(() => ID, { description: 'Id of the operator.' })
  id: string;

  @Field(() => OperatorRoleEnum, { nullable: true, description: 'Their new role; unchanged when omitted.' })
  role?: OperatorRole | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Limit them to this reseller; null removes the limit; unchanged when omitted.',
  })
  resellerId?: string | null;
}

export const operatorUpdateSchema = z.object({
  id: text(),
  role: z.enum(OPERATOR_ROLES).nullish(),
  resellerId: z.guid('Choose a reseller from the list.').nullish(),
});

@ObjectType({ description: 'The result of operatorUpdate.' })
export class OperatorUpdatePayload {
  @Field(() => OperatorType, { nullable: true, description: 'The operator as it now is.' })
  operator: OperatorType | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The operator to deactivate.' })
export class OperatorDeactivateInput {
  @Field(() => ID, { description: 'Id of the operator.' })
  id: string;
}

@ObjectType({ description: 'The result of operatorDeactivate.' })
export class OperatorDeactivatePayload {
  @Field(() => OperatorType, { nullable: true, description: 'The operator, now deactivated.' })
  operator: OperatorType | null;

  @Field(() => [UserError], { description: 'Why they were not deactivated; empty on success.' })
  userErrors: UserError[];
}
