import { UserError, emailAddress } from '@clientele/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { InvitationType } from '../credentials';
import { PartnerType, nameSchema as name } from '../partners';

@InputType({ description: 'A new partner and the owner who will run it.' })
export class PartnerCreateInput {
  @Field({ description: 'The partner’s display name, 1–100 characters.' })
  name: string;

  @Field({ description: 'The email address of the partner’s first owner.' })
  ownerEmail: string;

  @Field({ description: 'The first owner’s full name.' })
  ownerName: string;
}

export const partnerCreateSchema = z.object({
  name,
  ownerEmail: emailAddress({ required: 'Enter the owner’s email address.' }),
  ownerName: name,
});

@ObjectType({ description: 'The result of partnerCreate.' })
export class PartnerCreatePayload {
  @Field(() => PartnerType, { nullable: true, description: 'The new partner, unless the input was refused.' })
  partner: PartnerType | null;

  @Field(() => InvitationType, { nullable: true, description: 'The link with which the owner sets their password.' })
  ownerInvitation: InvitationType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
