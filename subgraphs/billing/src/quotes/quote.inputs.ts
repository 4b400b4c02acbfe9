import { ConnectionArgs, UserError, defineErrorCodes, nameText, trimmedText } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { MAX_AMOUNT_MINOR } from '../money';
import type { QuoteStatus } from './quote.entity';
import { QuoteStatusEnum, QuoteType } from './quote.type';

export const QUOTE_ERRORS = defineErrorCodes({
  QUOTE_NOT_DRAFT: 'Only a DRAFT quote can be sent.',
  QUOTE_NOT_SENT: 'Only a SENT quote can be accepted or declined.',
  QUOTE_ALREADY_ACCEPTED: 'The quote was already accepted.',
  QUOTE_EXPIRED: 'The quote’s validity has ended.',
});

/** The most lines one quote may carry. */
export const MAX_QUOTE_LINES = 100;

@InputType({ description: 'One line of a new quote.' })
export class QuoteLineInput {
  @Field({ description: 'What is offered; 1–500 characters.' })
  description: string;

  @Field({ description: 'How many, as a decimal with at most 6 places, more than 0 (e.g. "1", "2.5").' })
  quantity: string;

  @Field(() => Int, {
    description: 'The price of one before tax, in minor units of the customer’s currency (1250 is 12.50 EUR); 0 or more.',
  })
  unitAmount: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The tax rate in parts per million of the amount (21% is 210000); 0 when omitted.',
  })
  taxRatePpm?: number | null;
}

@InputType({ description: 'A new quote, in the customer’s currency.' })
export class QuoteCreateInput {
  @Field(() => ID, { description: 'The customer it is offered to.' })
  customerId: string;

  @Field({ description: 'The last day (YYYY-MM-DD, UTC) it may be accepted; today or later.' })
  validUntil: string;

  @Field(() => [QuoteLineInput], { description: `What is offered: 1 to ${MAX_QUOTE_LINES} lines.` })
  lines: QuoteLineInput[];
}

@InputType({ description: 'Which quote.' })
export class QuoteSendInput {
  @Field(() => ID, { description: 'The DRAFT quote to offer to the customer.' })
  quoteId: string;
}

@InputType({ description: 'Which quote.' })
export class QuoteAcceptInput {
  @Field(() => ID, { description: 'The SENT quote the customer accepted.' })
  quoteId: string;
}

@InputType({ description: 'Which quote, and why.' })
export class QuoteDeclineInput {
  @Field(() => ID, { description: 'The SENT quote the customer declined.' })
  quoteId: string;

  @Field(() => String, { nullable: true, description: 'Why, when the customer said; at most 500 characters.' })
  reason?: string | null;
}

function QuotePayload(name: string, operation: string) {
  @ObjectType(name, { description: `The result of ${operation}.` })
  class Payload {
    @Field(() => QuoteType, { nullable: true, description: 'The quote as it now stands, unless refused.' })
    quote: QuoteType | null;

    @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
    userErrors: UserError[];
  }
  return Payload;
}

export const QuoteCreatePayload = QuotePayload('QuoteCreatePayload', 'quoteCreate');
export type QuoteCreatePayload = InstanceType<typeof QuoteCreatePayload>;
export const QuoteSendPayload = QuotePayload('QuoteSendPayload', 'quoteSend');
export type QuoteSendPayload = InstanceType<typeof QuoteSendPayload>;
export const QuoteDeclinePayload = QuotePayload('QuoteDeclinePayload', 'quoteDecline');
export type QuoteDeclinePayload = InstanceType<typeof QuoteDeclinePayload>;
export type QuoteChangePayload = QuoteCreatePayload;

@ObjectType({ description: 'The result of quoteAccept.' })
export class QuoteAcceptPayload {
  @Field(() => QuoteType, { nullable: true, description: 'The quote, now ACCEPTED, unless refused.' })
  quote: QuoteType | null;

  @Field(() => ID, { nullable: true, description: 'The DRAFT invoice the quote became.' })
  invoiceId: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Narrows a list of quotes.' })
export class QuoteFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this customer’s quotes.' })
  customerId?: string | null;

  @Field(() => [QuoteStatusEnum], { nullable: true, description: 'Only quotes in these statuses; every status when empty.' })
  statuses?: QuoteStatus[] | null;
}

@ArgsType()
export class QuotesArgs extends ConnectionArgs {
  @Field(() => QuoteFilterInput, { nullable: true, description: 'Which quotes to list.' })
  filter?: QuoteFilterInput | null;
}

@ArgsType()
export class CustomerQuotesArgs extends ConnectionArgs {
  @Field(() => [QuoteStatusEnum], { nullable: true, description: 'Only quotes in these statuses; every status when empty.' })
  statuses?: QuoteStatus[] | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const quoteCreateSchema = z.object({
  customerId: z.string(),
  validUntil: z.string().refine(isCalendarDay, { message: 'Give the last valid day as YYYY-MM-DD.' }),
  lines: z
    .array(
      z.object({
        description: nameText({
          maxLength: 500,
          tooLong: 'A line’s description can be at most 500 characters.',
          required: 'Describe what the line offers.',
        }),
        quantity: z
          .string()
          .trim()
          .regex(/^\d{1,14}(\.\d{1,6})?$/, 'Give the quantity as a decimal with at most 6 places, e.g. 1 or 2.5.')
          .refine((value) => /[1-9]/.test(value), { message: 'The quantity must be more than 0.' }),
        unitAmount: z
          .number()
          .int('Give the unit price in whole minor units.')
          .min(0, 'The unit price cannot be below 0.')
          .max(Number(MAX_AMOUNT_MINOR), 'That unit price is too large.')
          .transform((value) => BigInt(value)),
        taxRatePpm: z
          .number()
          .int('Give the tax rate in whole parts per million.')
          .min(0, 'The tax rate cannot be below 0.')
          .max(1_000_000, 'The tax rate cannot be above 100% (1000000).')
          .nullish()
          .transform((value) => value ?? 0),
      }),
    )
    .min(1, 'Add at least one line.')
    .max(MAX_QUOTE_LINES, `A quote holds at most ${MAX_QUOTE_LINES} lines.`),
});

export const quoteDeclineSchema = z.object({
  quoteId: z.string(),
  reason: trimmedText({ maxLength: 500, tooLong: 'The reason can be at most 500 characters.' })
    .nullish()
    .transform((value) => (value ? value : null)),
});
