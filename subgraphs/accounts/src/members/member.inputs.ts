import { UserError } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { InvitationType } from '../credentials';

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
