import { UserError } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CustomerType } from '../customers';
import { MemberType } from '../members';

@ObjectType('PortalImpersonator', { description: 'The operator acting as the customer in a portal session.' })
export class PortalImpersonatorType {
  @Field(() => ID, { description: 'Id of the operator.' })
  id: string;

  @Field({ description: 'The operator’s name.' })
  name: string;

  @Field({ description: 'The operator’s email address.' })
  email: string;
}

@ObjectType('PortalViewer', { description: 'Who is using the customer portal, and for which account.' })
export class PortalViewerType {
  @Field(() => CustomerType, { description: 'The customer account the portal shows.' })
  customer: CustomerType;

  @Field(() => MemberType, {
    nullable: true,
    description: 'The signed-in member; null when an operator acts as the customer.',
  })
  member: MemberType | null;

  @Field(() => PortalImpersonatorType, {
    nullable: true,
    description: 'The operator logged in as the customer, if this is such a session.',
  })
  impersonator: PortalImpersonatorType | null;

  @Field({ description: 'When this portal session ends.' })
  expiresAt: Date;
}

@InputType({ description: 'Contact details the customer may change in the portal.' })
export class PortalAccountUpdateInput {
  @Field(() => String, { nullable: true, description: 'Phone number in international form; null clears it.' })
  phone?: string | null;

  @Field({ description: 'IANA time zone, e.g. Europe/London.' })
  timezone: string;
}

@ObjectType({ description: 'The result of portalAccountUpdate.' })
export class PortalAccountUpdatePayload {
  @Field(() => CustomerType, { nullable: true, description: 'The account as it now is.' })
  customer: CustomerType | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'A member’s new portal password.' })
export class PortalPasswordChangeInput {
  @Field({ description: 'The current password.' })
  currentPassword: string;

  @Field({ description: 'The new password, at least 12 characters.' })
  newPassword: string;
}

@ObjectType({ description: 'The result of portalPasswordChange.' })
export class PortalPasswordChangePayload {
  @Field({ description: 'Whether the password was changed.' })
  changed: boolean;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}
