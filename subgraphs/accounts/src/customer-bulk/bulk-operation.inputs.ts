import { ConnectionArgs, UserError, defineErrorCodes, isValidId, trimmedText } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { CustomerFilter } from '../customer-list';
import { customerUpdateSchema } from '../customers';
import { TAG_MAX_LENGTH } from '../tags';
import { BULK_ACTIONS, type BulkAction, type BulkOutcome } from './bulk-operation.entity';
import { BulkOperationType, CustomerBulkActionKindEnum, CustomerBulkOutcomeKindEnum } from './bulk-operation.type';

export const bulkErrorCodes = defineErrorCodes({
  BULK_OPERATION_FINISHED: 'The bulk operation already finished; there is nothing left to cancel.',
  BULK_OPERATION_NOT_UNDOABLE:
    'The bulk operation cannot be undone: not finished, already undone, an undo itself, or it changed no one.',
});

/** The most ids a target may name, or leave out. */
export const MAX_TARGET_IDS = 200_000;
export const MAX_BULK_TAGS = 20;
export const REASON_MAX_LENGTH = 500;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

@InputType('CustomerTargetInput', {
  description:
    'The customers a bulk action is for: either `customerIds` or a `filter` (none: the list’s default filter), less `excludeIds`.',
})
export class CustomerTargetInput {
  @Field(() => [ID], { nullable: true, description: `These customers, at most ${MAX_TARGET_IDS}.` })
  customerIds?: string[] | null;

  @Field(() => CustomerFilter, {
    nullable: true,
    description: 'Every customer this filter matches, as the list finds them.',
  })
  filter?: CustomerFilter | null;

  @Field(() => [ID], { nullable: true, description: 'Customers to leave out (e.g. unticked after "select all").' })
  excludeIds?: string[] | null;
}

@InputType('CustomerBulkFieldsInput', {
  description: 'The fields SET_FIELDS sets on every customer: only those safe to set to one value on many at once.',
})
export class CustomerBulkFieldsInput {
  @Field(() => String, { nullable: true, description: 'ISO country code, e.g. GB (it drives tax).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/London.' })
  timezone?: string | null;
}

@InputType('CustomerBulkMessageInput', {
  description:
    'What SEND_EMAIL and SEND_SMS send, as messageBulkSend takes it: a template’s key, or texts written for this send (they may use the template variables).',
})
export class CustomerBulkMessageInput {
  @Field(() => String, { nullable: true, description: 'A template’s key; or give the texts below.' })
  templateKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The subject line of an email written for this send.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'The plain text written for this send.' })
  textBody?: string | null;

  @Field(() => String, { nullable: true, description: 'An HTML body written for this send (email only).' })
  htmlBody?: string | null;
}

@InputType('CustomersBulkActionInput', { description: 'A bulk action: what to do, and to whom.' })
export class CustomersBulkActionInput {
  @Field(() => CustomerTargetInput, { description: 'The customers.' })
  target: CustomerTargetInput;

  @Field(() => CustomerBulkActionKindEnum, { description: 'What to do to each.' })
  action: BulkAction;

  @Field(() => String, {
    nullable: true,
    description: `For status changes: why, in at most ${REASON_MAX_LENGTH} characters; recorded with each customer.`,
  })
  reason?: string | null;

  // A tag has no id apart from its text, so this is text, not an ID naming a record.
  @Field(() => [String], {
    nullable: true,
    description: `For ADD_TAGS and REMOVE_TAGS: the tags, at most ${MAX_BULK_TAGS}. A tag is its own id: its text, ignoring case.`,
  })
  tagIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For ASSIGN_RESELLER: the reseller; null moves the customers to none.',
  })
  resellerId?: string | null;

  @Field(() => CustomerBulkFieldsInput, { nullable: true, description: 'For SET_FIELDS: the values to set.' })
  fields?: CustomerBulkFieldsInput | null;

  @Field(() => CustomerBulkMessageInput, {
    nullable: true,
    description: 'For SEND_EMAIL and SEND_SMS: what to send (messaging checks the template and texts).',
  })
  message?: CustomerBulkMessageInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any text unique to this request: sending the same key again answers the operation it started rather than starting another.',
  })
  idempotencyKey?: string | null;
}

@ObjectType('CustomersBulkActionPayload', { description: 'The result of customersBulkAction.' })
export class CustomersBulkActionPayload {
  @Field(() => BulkOperationType, {
    nullable: true,
    description: 'The operation: finished for a small target, QUEUED or RUNNING for a large one; null when refused.',
  })
  bulkOperation: BulkOperationType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType('CustomerBulkOperationCancelInput', { description: 'The bulk operation to stop.' })
export class CustomerBulkOperationCancelInput {
  @Field(() => ID, { description: 'Id of the bulk operation.' })
  id: string;
}

@ObjectType('CustomerBulkOperationCancelPayload', { description: 'The result of customerBulkOperationCancel.' })
export class CustomerBulkOperationCancelPayload {
  @Field(() => BulkOperationType, { nullable: true, description: 'The operation as it is now; null when refused.' })
  bulkOperation: BulkOperationType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType('CustomerBulkOperationUndoInput', { description: 'The bulk operation to undo.' })
export class CustomerBulkOperationUndoInput {
  @Field(() => ID, { description: 'Id of the bulk operation.' })
  id: string;
}

@ObjectType('CustomerBulkOperationUndoPayload', { description: 'The result of customerBulkOperationUndo.' })
export class CustomerBulkOperationUndoPayload {
  @Field(() => BulkOperationType, {
    nullable: true,
    description: 'The new operation that puts the previous values back; null when refused.',
  })
  bulkOperation: BulkOperationType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ArgsType()
export class BulkOutcomesArgs extends ConnectionArgs {
  @Field(() => CustomerBulkOutcomeKindEnum, { nullable: true, description: 'Only the customers with this outcome.' })
  outcome?: BulkOutcome | null;
}

const ids = (field: string) =>
  z
    .array(z.string().refine(isValidId, 'This is not a customer id.'))
    .max(MAX_TARGET_IDS, `Name at most ${MAX_TARGET_IDS} ${field}.`);

const reason = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  trimmedText({ maxLength: REASON_MAX_LENGTH, tooLong: `A reason can be at most ${REASON_MAX_LENGTH} characters.` })
    .nullish()
    .transform((text) => text ?? null),
);

const tag = trimmedText({
  maxLength: TAG_MAX_LENGTH,
  tooLong: `A tag can be at most ${TAG_MAX_LENGTH} characters.`,
}).min(1, 'A tag cannot be empty.');

export const bulkActionSchema = z
  .object({
    target: z
      .object({
        customerIds: ids('customers').nullish(),
        // The filter's own grammar is the customer list's; it is checked there.
        filter: z.unknown().optional(),
        excludeIds: ids('customers to leave out').nullish(),
      })
      .refine((target) => !(target.customerIds && target.filter), {
        message: 'Give either customer ids or a filter, not both.',
        path: ['customerIds'],
      }),
    action: z.enum(BULK_ACTIONS),
    reason,
    tagIds: z.array(tag).max(MAX_BULK_TAGS, `Give at most ${MAX_BULK_TAGS} tags.`).nullish(),
    resellerId: z.string().refine(isValidId, 'Choose a reseller from the list.').nullish(),
    fields: z
      .object({
        country: customerUpdateSchema.shape.country,
        timezone: customerUpdateSchema.shape.timezone,
      })
      .nullish(),
    // Messaging's bulk send checks these as it does for messageBulkSend; here only their shape.
    message: z
      .object({
        templateKey: z.string().nullish(),
        subject: z.string().nullish(),
        textBody: z.string().nullish(),
        htmlBody: z.string().nullish(),
      })
      .nullish(),
    idempotencyKey: trimmedText({
      maxLength: IDEMPOTENCY_KEY_MAX_LENGTH,
      tooLong: `An idempotency key can be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
    })
      .nullish()
      .transform((key) => (key ? key : null)),
  })
  .superRefine((input, payload) => {
    const needs = (field: string, message: string) => payload.addIssue({ code: 'custom', message, path: [field] });
    if ((input.action === 'ADD_TAGS' || input.action === 'REMOVE_TAGS') && !input.tagIds?.length) {
      needs('tagIds', 'Choose at least one tag.');
    }
    if (input.action === 'SET_FIELDS' && input.fields?.country == null && input.fields?.timezone == null) {
      needs('fields', 'Choose at least one field to set.');
    }
    if (
      (input.action === 'SEND_EMAIL' || input.action === 'SEND_SMS') &&
      !input.message?.templateKey?.trim() &&
      !input.message?.textBody?.trim()
    ) {
      needs('message', 'Choose a template, or write the message.');
    }
    if (input.action === 'ASSIGN_RESELLER' && input.resellerId === undefined) {
      needs('resellerId', 'Choose the reseller (or null for none).');
    }
  });

export type BulkActionCommand = z.output<typeof bulkActionSchema>;
