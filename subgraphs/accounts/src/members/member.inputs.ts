import {
  RECIPIENT_STATUSES,
  type RecipientStatus,
  UserError,
  emailAddress,
  nameText,
  text,
} from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { InvitationType } from '../credentials';
import { MEMBER_ROLES, type MemberRole } from './member.entity';
import { MemberRoleEnum, MemberType, RecipientStatusEnum } from './member.type';

@InputType({ description: 'The member to invite to the customer portal.' })
export class MemberInvitationCreateInput {
  @Field(() => ID, { description: 'Id of a member with portal access and an email address.' })
  memberId: string;
}

@ObjectType({ description: 'The result of memberInvitationCreate.' })
export class MemberInvitationCreatePayload {
  @Field(() => InvitationType, {
    nullable: true,
    description: 'The link with which the member sets their portal password; share it until email delivery exists.',
  })
  invitation: InvitationType | null;

  @Field(() => [UserError], { description: 'Why no link was made; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The member who cannot sign in to the portal.' })
export class MemberPasswordResetCreateInput {
  @Field(() => ID, { description: 'Id of a member with portal access and an email address.' })
  memberId: string;
}

@ObjectType({ description: 'The result of memberPasswordResetCreate.' })
export class MemberPasswordResetCreatePayload {
  @Field(() => InvitationType, {
    nullable: true,
    description: 'The link with which the member sets a new portal password; share it until email delivery exists.',
  })
  link: InvitationType | null;

  @Field(() => [UserError], { description: 'Why no link was made; empty on success.' })
  userErrors: UserError[];
}

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullish());

const memberName = nameText({
  maxLength: 100,
  tooLong: 'A name can be at most 100 characters.',
  required: 'Enter a name.',
});
const memberEmail = optionalText(emailAddress());
const memberPhone = optionalText(
  text()
    .trim()
    .regex(/^\+[1-9]\d{6,14}$/, 'Enter the number in international form, e.g. +447700900123.'),
);

@InputType({ description: 'A new person on a customer account.' })
export class MemberCreateInput {
  @Field(() => ID, { description: 'The customer account the member joins.' })
  customerId: string;

  @Field({ description: 'Full name, 1–100 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Email address, unique among the account’s members.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number in E.164 form (+447700900123).' })
  phone?: string | null;

  @Field(() => MemberRoleEnum, {
    nullable: true,
    description: 'MEMBER when omitted; OWNER only for an account that has no owner yet.',
  })
  role?: MemberRole | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether they may sign in to the portal; false (a contact) when omitted.',
  })
  portalAccess?: boolean | null;

  @Field(() => RecipientStatusEnum, { nullable: true, description: 'FREE when omitted.' })
  recipientStatus?: RecipientStatus | null;
}

export const memberCreateSchema = z.object({
  customerId: text(),
  name: memberName,
  email: memberEmail,
  phone: memberPhone,
  role: z
    .enum(MEMBER_ROLES)
    .nullish()
    .transform((role) => role ?? 'MEMBER'),
  portalAccess: z
    .boolean()
    .nullish()
    .transform((access) => access ?? false),
  recipientStatus: z
    .enum(RECIPIENT_STATUSES)
    .nullish()
    .transform((status) => status ?? 'FREE'),
});

export type MemberCreateCommand = z.output<typeof memberCreateSchema>;

@ObjectType({ description: 'The result of memberCreate.' })
export class MemberCreatePayload {
  @Field(() => MemberType, { nullable: true, description: 'The new member, unless the input was refused.' })
  member: MemberType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Changes to a member; a field left out stays as it is.' })
export class MemberUpdateInput {
  @Field(() => ID, { description: 'Id of the member.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Full name, 1–100 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address; null removes it.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number in E.164 form; null removes it.' })
  phone?: string | null;

  @Field(() => MemberRoleEnum, {
    nullable: true,
    description: 'ADMIN or MEMBER; ownership moves only with customerOwnershipTransfer.',
  })
  role?: MemberRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they may sign in to the portal.' })
  portalAccess?: boolean | null;

  @Field(() => RecipientStatusEnum, { nullable: true, description: 'Billing status as an additional recipient.' })
  recipientStatus?: RecipientStatus | null;
}

export const memberUpdateSchema = z.object({
  id: text(),
  name: memberName.nullish(),
  email: memberEmail,
  phone: memberPhone,
  role: z.enum(MEMBER_ROLES).nullish(),
  portalAccess: z.boolean().nullish(),
  recipientStatus: z.enum(RECIPIENT_STATUSES).nullish(),
});

export type MemberUpdateCommand = z.output<typeof memberUpdateSchema>;

@ObjectType({ description: 'The result of memberUpdate.' })
export class MemberUpdatePayload {
  @Field(() => MemberType, { nullable: true, description: 'The member as it now is.' })
  member: MemberType | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The member to deactivate.' })
export class MemberDeactivateInput {
  @Field(() => ID, { description: 'Id of the member.' })
  id: string;
}

@ObjectType({ description: 'The result of memberDeactivate.' })
export class MemberDeactivatePayload {
  @Field(() => MemberType, { nullable: true, description: 'The member, now deactivated.' })
  member: MemberType | null;

  @Field(() => [UserError], { description: 'Why they were not deactivated; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The member to reactivate.' })
export class MemberReactivateInput {
  @Field(() => ID, { description: 'Id of the member.' })
  id: string;
}

@ObjectType({ description: 'The result of memberReactivate.' })
export class MemberReactivatePayload {
  @Field(() => MemberType, { nullable: true, description: 'The member, active again.' })
  member: MemberType | null;

  @Field(() => [UserError], { description: 'Why they were not reactivated; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Who becomes the account holder.' })
export class CustomerOwnershipTransferInput {
  @Field(() => ID, { description: 'The customer account.' })
  customerId: string;

  @Field(() => ID, { description: 'An active member of that account, who becomes its owner.' })
  memberId: string;
}

@ObjectType({ description: 'The result of customerOwnershipTransfer.' })
export class CustomerOwnershipTransferPayload {
  @Field(() => MemberType, { nullable: true, description: 'The new owner.' })
  owner: MemberType | null;

  @Field(() => MemberType, {
    nullable: true,
    description: 'The former owner, now an ADMIN; null if the account had no owner.',
  })
  previousOwner: MemberType | null;

  @Field(() => [UserError], { description: 'Why ownership did not move; empty on success.' })
  userErrors: UserError[];
}
