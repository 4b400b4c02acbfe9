import { UserError, defineErrorCodes, text } from '@clientele/subgraph-kit';
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

@InputType({ description: 'Which customers a bulk send goes to, as the customer list filters them.' })
export class MessageRecipientFilter {
  @Field(() => String, { nullable: true, description: 'Matches the name or account number, ignoring case.' })
  query?: string | null;

  @Field(() => [String], { nullable: true, description: 'Statuses to include; every status but CLOSED by default.' })
  status?: string[] | null;
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

/** Whom a bulk send goes to: the same for sending and for counting beforehand. */
const selectionShape = {
  channel: z.enum(MESSAGE_CHANNELS),
  customerIds: z.array(z.guid('Choose customers from the list.')).max(MAX_BATCH_SIZE).nullish(),
  filter: z
    .object({
      query: text(200).trim().nullish(),
      status: z
        .array(z.enum(['ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED']))
        .max(4)
        .nullish(),
    })
    .nullish(),
};

const oneSelection = {
  check: (input: { customerIds?: unknown; filter?: unknown }) => Boolean(input.customerIds) !== Boolean(input.filter),
  params: { message: 'Give either customerIds or filter.', path: ['customerIds'] },
};

export const bulkSendSchema = z
  .object({
    ...selectionShape,
    templateKey: text(64).trim().nullish(),
    subject: text(500).nullish(),
    textBody: z.string().max(100_000).nullish(),
    htmlBody: z.string().max(100_000).nullish(),
  })
  .refine(oneSelection.check, oneSelection.params);
export type BulkSendCommand = z.output<typeof bulkSendSchema>;

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
