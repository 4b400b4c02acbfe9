import { UserError, nameText } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ResellerType } from './partner.type';

/** A partner's or reseller's name, and a person's name at onboarding. */
export const nameSchema = nameText({ maxLength: 100, required: 'Enter a name.' });

@InputType({ description: 'A new reseller within a partner.' })
export class ResellerCreateInput {
  @Field(() => ID, { description: 'The partner the reseller belongs to.' })
  partnerId: string;

  @Field({ description: 'The reseller’s name, 1–100 characters.' })
  name: string;
}

export const resellerCreateSchema = z.object({
  partnerId: z.guid('Choose a partner from the list.'),
  name: nameSchema,
});

@ObjectType({ description: 'The result of resellerCreate.' })
export class ResellerCreatePayload {
  @Field(() => ResellerType, { nullable: true, description: 'The new reseller, unless the input was refused.' })
  reseller: ResellerType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
