import { UserError } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { accountNumberRule } from './customer.inputs';
import { CustomerType } from './customer.type';

@InputType({ description: 'A new account number for a customer.' })
export class CustomerAccountNumberChangeInput {
  @Field(() => ID, { description: 'Id of the customer account.' })
  customerId: string;

  @Field({ description: 'The number to give it: letters, digits, dots, dashes and underscores, at most 32.' })
  accountNumber: string;

  @Field({
    defaultValue: false,
    description: 'When another customer holds the number, give that customer this one’s number in exchange.',
  })
  swap: boolean;
}

@ObjectType({ description: 'The result of customerAccountNumberChange.' })
export class CustomerAccountNumberChangePayload {
  @Field(() => CustomerType, { nullable: true, description: 'The customer with its new number, unless refused.' })
  customer: CustomerType | null;

  @Field(() => CustomerType, {
    nullable: true,
    description: 'The customer that held the number and now has this one’s former number, after a swap.',
  })
  swappedWith: CustomerType | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}

export const accountNumberChangeSchema = z.object({
  customerId: z.string(),
  accountNumber: accountNumberRule,
  swap: z
    .boolean()
    .nullish()
    .transform((swap) => swap ?? false),
});
