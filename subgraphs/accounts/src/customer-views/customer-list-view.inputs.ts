import { UserError, nameText, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { CustomerFilter, CustomerSortKey } from '../customer-list';
import { CustomerListViewType } from './customer-list-view.type';

/** The most views one operator keeps: a menu longer than this is not one a person picks from. */
export const VIEWS_PER_OPERATOR_MAX = 100;
export const VIEW_NAME_MAX_LENGTH = 100;
export const VIEW_COLUMNS_MAX = 40;

@InputType({ description: 'A new saved view of the customer list.' })
export class CustomerListViewCreateInput {
  @Field({ description: 'The view’s name, 1–100 characters, unique among the caller’s views.' })
  name: string;

  @Field({ defaultValue: false, description: 'True to show it to every operator of the partner.' })
  shared: boolean;

  @Field(() => CustomerFilter, {
    nullable: true,
    description: 'Which customers it lists; the list’s default when omitted.',
  })
  filter?: CustomerFilter | null;

  @Field(() => CustomerSortKey, {
    nullable: true,
    description: 'What it sorts by; the list’s default (relevance with a search, else date joined) when omitted.',
  })
  sortKey?: CustomerSortKey | null;

  @Field({ defaultValue: false, description: 'True to sort descending.' })
  reverse: boolean;

  @Field(() => [String], {
    defaultValue: [],
    description: `The columns shown, in order, as the app names them (at most ${VIEW_COLUMNS_MAX}, each once).`,
  })
  columns: string[];
}

@InputType({ description: 'Changes to a saved view; what is omitted stays.' })
export class CustomerListViewUpdateInput {
  @Field(() => ID, { description: 'Id of the view.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Shared with the partner’s operators, or not.' })
  shared?: boolean | null;

  @Field(() => CustomerFilter, { nullable: true, description: 'A new filter, replacing the saved one whole.' })
  filter?: CustomerFilter | null;

  @Field(() => CustomerSortKey, { nullable: true, description: 'A new sort key; the saved one when omitted.' })
  sortKey?: CustomerSortKey | null;

  @Field(() => Boolean, { nullable: true, description: 'A new direction.' })
  reverse?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'New columns, replacing the saved ones.' })
  columns?: string[] | null;
}

@InputType({ description: 'A saved view to delete.' })
export class CustomerListViewDeleteInput {
  @Field(() => ID, { description: 'Id of the view.' })
  id: string;
}

@ObjectType({ description: 'The result of customerListViewCreate or customerListViewUpdate.' })
export class CustomerListViewPayload {
  @Field(() => CustomerListViewType, { nullable: true, description: 'The view as saved, unless refused.' })
  customerListView: CustomerListViewType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of customerListViewDelete.' })
export class CustomerListViewDeletePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted view, unless refused.' })
  deletedId: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const viewName = nameText({
  maxLength: VIEW_NAME_MAX_LENGTH,
  tooLong: `Use at most ${VIEW_NAME_MAX_LENGTH} characters.`,
  required: 'Give the view a name.',
});

const columns = z
  .array(text(40).regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'Name a column by its key, e.g. "accountNumber".'))
  .max(VIEW_COLUMNS_MAX)
  .refine((names) => new Set(names).size === names.length, 'Name each column once.');

// The filter is checked apart, with the customer list's own rules (`CustomerListService.checkFilter`).
export const customerListViewCreateSchema = z.object({
  name: viewName,
  shared: z.boolean(),
  sortKey: z.enum(CustomerSortKey).nullish(),
  reverse: z.boolean(),
  columns,
});
export type CustomerListViewCreateCommand = z.output<typeof customerListViewCreateSchema>;

export const customerListViewUpdateSchema = z.object({
  id: z.string(),
  name: viewName.nullish(),
  shared: z.boolean().nullish(),
  sortKey: z.enum(CustomerSortKey).nullish(),
  reverse: z.boolean().nullish(),
  columns: columns.nullish(),
});
export type CustomerListViewUpdateCommand = z.output<typeof customerListViewUpdateSchema>;
