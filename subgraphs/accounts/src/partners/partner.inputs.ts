import { UserError } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { InvitationType } from '../invitations/invitation.type';
import { PartnerType, ResellerType } from './partner.type';

@InputType({ description: 'A new partner and the owner who will run it.' })
export class PartnerCreateInput {
  @Field({ description: 'The partner’s display name, 1–100 characters.' })
  name: string;

  @Field({ description: 'The email address of the partner’s first owner.' })
  ownerEmail: string;

  @Field({ description: 'The first owner’s full name.' })
  ownerName: string;
}

const name = z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.');

export const partnerCreateSchema = z.object({
  name,
  ownerEmail: z
    .string()
    .trim()
    .min(1, 'Enter the owner’s email address.')
    .pipe(z.email('Enter an email address like name@example.com.')),
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

@InputType({ description: 'A new reseller within a partner.' })
export class ResellerCreateInput {
  @Field(() => ID, { description: 'The partner the reseller belongs to.' })
  partnerId: string;

  @Field({ description: 'The reseller’s name, 1–100 characters.' })
  name: string;
}

export const resellerCreateSchema = z.object({ partnerId: z.guid('Choose a partner from the list.'), name });

@ObjectType({ description: 'The result of resellerCreate.' })
export class ResellerCreatePayload {
  @Field(() => ResellerType, { nullable: true, description: 'The new reseller, unless the input was refused.' })
  reseller: ResellerType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
