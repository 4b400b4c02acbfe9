import { UserError, nameText, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { CustomerType } from '../customers';

export const TAG_MAX_LENGTH = 40;
/** How many customers and tags one call may name: a bulk action beyond this is a background job. */
export const MAX_CUSTOMERS_PER_CALL = 200;
export const MAX_TAGS_PER_CALL = 20;

const tag = nameText({
  maxLength: TAG_MAX_LENGTH,
  tooLong: `A tag can be at most ${TAG_MAX_LENGTH} characters.`,
  required: 'Enter the tag.',
});

export const customerTagsSchema = z.object({
  customerIds: z
    .array(text())
    .min(1, 'Choose at least one customer.')
    .max(MAX_CUSTOMERS_PER_CALL, `Choose at most ${MAX_CUSTOMERS_PER_CALL} customers at once.`),
  tags: z
    .array(tag)
    .min(1, 'Enter at least one tag.')
    .max(MAX_TAGS_PER_CALL, `Enter at most ${MAX_TAGS_PER_CALL} tags at once.`),
});

export type CustomerTagsCommand = z.output<typeof customerTagsSchema>;

@InputType({ description: 'Tags to put on customer accounts; those already there stay, once each.' })
export class CustomerTagsAddInput {
  @Field(() => [ID], { description: `The customer accounts, up to ${MAX_CUSTOMERS_PER_CALL}.` })
  customerIds: string[];

  @Field(() => [String], {
    description: `The tags, up to ${MAX_TAGS_PER_CALL}: each 1–${TAG_MAX_LENGTH} characters once trimmed, ignoring case.`,
  })
  tags: string[];
}

@ObjectType({ description: 'The result of customerTagsAdd.' })
export class CustomerTagsAddPayload {
  @Field(() => [CustomerType], { description: 'The customer accounts, with their tags now; empty when refused.' })
  customers: CustomerType[];

  @Field(() => [UserError], { description: 'Why nothing was tagged; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Tags to take off customer accounts; tags they do not carry are ignored.' })
export class CustomerTagsRemoveInput {
  @Field(() => [ID], { description: `The customer accounts, up to ${MAX_CUSTOMERS_PER_CALL}.` })
  customerIds: string[];

  @Field(() => [String], { description: `The tags, up to ${MAX_TAGS_PER_CALL}, ignoring case.` })
  tags: string[];
}

@ObjectType({ description: 'The result of customerTagsRemove.' })
export class CustomerTagsRemovePayload {
  @Field(() => [CustomerType], { description: 'The customer accounts, with their tags now; empty when refused.' })
  customers: CustomerType[];

  @Field(() => [UserError], { description: 'Why nothing was untagged; empty on success.' })
  userErrors: UserError[];
}
