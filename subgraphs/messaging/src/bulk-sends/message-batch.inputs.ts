import { SafeIntResolver, UserError, defineErrorCodes, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { MESSAGE_CHANNELS, type MessageChannel } from '../channels';
import { MessageChannelEnum } from '../messages';
import { MessageBatchType, MessageRecipientCountType } from './message-batch.type';

export const BatchErrorCode = defineErrorCodes({
  BATCH_EMPTY: 'No selected customer can receive the message.',
  BATCH_TOO_LARGE: 'The selection is larger than one bulk send may be.',
  BATCH_FINISHED: 'The bulk send has already finished or been cancelled.',
});

/** One bulk send's ceiling: large enough for a partner's whole base, small enough to queue in seconds. */
export const MAX_BATCH_SIZE = 200_000;

// The customer list's own filter inputs, declared alike here so that a client sends a bulk send the
// very filter it lists customers with; accounts checks it with the list's grammar.
@InputType('CustomerTagFilter', {
  description: 'Customers by their tags; a tag is named by its text, ignoring case, and must be in use.',
})
export class RecipientTagFilter {
  @Field(() => [String], { nullable: true, description: 'Customers carrying every one of these tags.' })
  allOf?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers carrying at least one of these tags.' })
  anyOf?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers carrying none of these tags.' })
  noneOf?: string[] | null;
}

@InputType('DateTimeRange', { description: 'A span of time: from inclusive, to exclusive; either end may be open.' })
export class RecipientDateTimeRange {
  @Field(() => Date, { nullable: true, description: 'The first instant included.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The first instant no longer included.' })
  to?: Date | null;
}

@InputType('MinorAmountRange', {
  description: 'A range of amounts in minor units, both ends included; either end may be open.',
})
export class RecipientAmountRange {
  @Field(() => SafeIntResolver, { nullable: true, description: 'The smallest amount included.' })
  min?: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'The largest amount included.' })
  max?: number | null;
}

@InputType({
  description:
    'Which customers a bulk send goes to: the same conditions as `customers(filter)`, checked by the same strict grammar (a malformed or unknown value is an error naming its field).',
})
export class MessageRecipientFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Finds customers as the customer list’s search does (name, account number, email, phone…).',
  })
  query?: string | null;

  @Field(() => [String], { nullable: true, description: 'Statuses to include; every status but CLOSED by default.' })
  status?: string[] | null;

  @Field(() => RecipientTagFilter, { nullable: true, description: 'Customers by their tags.' })
  tags?: RecipientTagFilter | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Customers opened with one of these pricing models (PREPAID, POSTPAID).',
  })
  pricingModel?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers in one of these countries (ISO 3166-1 alpha-2).' })
  country?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers billed in one of these currencies (ISO 4217).' })
  currency?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Customers of one of these resellers.' })
  resellerIds?: string[] | null;

  @Field(() => RecipientDateTimeRange, { nullable: true, description: 'Customers who joined in this span.' })
  createdAt?: RecipientDateTimeRange | null;

  @Field(() => RecipientAmountRange, {
    nullable: true,
    description: 'Customers whose balance is in this range, in minor units of their own currency.',
  })
  balance?: RecipientAmountRange | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: customers with unpaid invoices; false: customers owing nothing.',
  })
  owesMoney?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: customers whose balance is below their low-credit threshold; false: the others.',
  })
  lowCredit?: boolean | null;

  @Field(() => RecipientDateTimeRange, {
    nullable: true,
    description: 'Customers last sent a message in this span (never-messaged customers are outside every span).',
  })
  lastMessagedAt?: RecipientDateTimeRange | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: customers with a cancellation scheduled; false: the others.',
  })
  cancellationScheduled?: boolean | null;
}

@InputType({ description: 'An email or SMS to many customers at once.' })
export class MessageBulkSendInput {
  @Field(() => MessageChannelEnum, { description: 'Email or SMS.' })
  channel: MessageChannel;

  @Field(() => [ID], { nullable: true, description: 'These customers; or give `filter`.' })
  customerIds?: string[] | null;

  @Field(() => MessageRecipientFilter, { nullable: true, description: 'Every customer the filter matches.' })
  filter?: MessageRecipientFilter | null;

  @Field(() => String, { nullable: true, description: 'A template’s key; or give the texts below.' })
  templateKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The subject line of an email written for this send.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'The plain text written for this send; may use variables.' })
  textBody?: string | null;

  @Field(() => String, { nullable: true, description: 'An HTML body written for this send (email only).' })
  htmlBody?: string | null;
}

/**
 * A filter as the client sent it, as plain JSON: accounts owns the customer list's grammar and
 * checks it (tags in use, the caller's resellers), answering a malformed one with its field path.
 */
const plainFilter = z
  .custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value))
  .transform((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>);

/** Whom a bulk send goes to: the same for sending and for counting beforehand. */
const selectionShape = {
  channel: z.enum(MESSAGE_CHANNELS),
  customerIds: z.array(z.guid('Choose customers from the list.')).max(MAX_BATCH_SIZE).nullish(),
  filter: plainFilter.nullish(),
};

const oneSelection = {
  check: (input: { customerIds?: unknown; filter?: unknown }) => Boolean(input.customerIds) !== Boolean(input.filter),
  params: { message: 'Give either customerIds or filter.', path: ['customerIds'] },
};

/** What a bulk send says: a template, or texts written for it. */
const contentShape = {
  templateKey: text(64).trim().nullish(),
  subject: text(500).nullish(),
  textBody: z.string().max(100_000).nullish(),
  htmlBody: z.string().max(100_000).nullish(),
};

export const bulkSendSchema = z
  .object({ ...selectionShape, ...contentShape })
  .refine(oneSelection.check, oneSelection.params);
export type BulkSendCommand = z.output<typeof bulkSendSchema> & { excludeIds?: string[] | null };

/**
 * A bulk send accounts starts for a bulk action on customers: its target as the action has it
 * (ids, or the customer list's filter, less exclusions), and the content as messageBulkSend takes it.
 */
export const accountsBulkSendSchema = z.object({
  ...selectionShape,
  excludeIds: z.array(z.guid()).max(MAX_BATCH_SIZE).nullish(),
  ...contentShape,
});
export const accountsRecipientCountSchema = accountsBulkSendSchema.pick({
  channel: true,
  customerIds: true,
  filter: true,
  excludeIds: true,
});

@InputType({ description: 'A selection of customers to count before a bulk send.' })
export class MessageRecipientCountInput {
  @Field(() => MessageChannelEnum, { description: 'Email or SMS: which address a customer needs.' })
  channel: MessageChannel;

  @Field(() => [ID], { nullable: true, description: 'These customers; or give `filter`.' })
  customerIds?: string[] | null;

  @Field(() => MessageRecipientFilter, { nullable: true, description: 'Every customer the filter matches.' })
  filter?: MessageRecipientFilter | null;
}

export const recipientCountSchema = z.object(selectionShape).refine(oneSelection.check, oneSelection.params);

@ObjectType({ description: 'The result of messageRecipientCount.' })
export class MessageRecipientCountPayload {
  @Field(() => MessageRecipientCountType, { nullable: true, description: 'The counts, unless refused.' })
  count: MessageRecipientCountType | null;

  @Field(() => [UserError], { description: 'Why nothing was counted; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of messageBulkSend.' })
export class MessageBulkSendPayload {
  @Field(() => MessageBatchType, { nullable: true, description: 'The bulk send, queued, unless refused.' })
  batch: MessageBatchType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'A bulk send to cancel.' })
export class MessageBatchCancelInput {
  @Field(() => ID, { description: 'The bulk send.' })
  id: string;
}

@ObjectType({ description: 'The result of messageBatchCancel.' })
export class MessageBatchCancelPayload {
  @Field(() => MessageBatchType, { nullable: true, description: 'The bulk send after cancelling, unless refused.' })
  batch: MessageBatchType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}
