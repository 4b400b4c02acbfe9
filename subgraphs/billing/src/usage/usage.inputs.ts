import { UserError, defineErrorCodes, nameText, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { BillingCustomerType } from '../billing-accounts';
import { UsageRecordType } from './usage.type';

export const USAGE_ERRORS = defineErrorCodes({
  USAGE_BALANCE_INSUFFICIENT: 'A prepaid customer’s balance does not cover the usage.',
  USAGE_CUSTOMER_CLOSED: 'The customer is closed or being closed: nothing can be charged to it.',
  USAGE_KEY_REUSED: 'The idempotency key was already used for a different usage record.',
});

@InputType({
  description: 'Usage to bill: PREPAID customers pay it from their balance at once, POSTPAID on the next invoice.',
})
export class UsageRecordInput {
  @Field(() => ID, { description: 'The customer who used it.' })
  customerId: string;

  @Field({ description: 'What was used, 1–200 characters, e.g. "SMS to NL".' })
  description: string;

  @Field({ description: 'How much, a decimal above 0 with at most 6 decimals, e.g. "120" or "1.5".' })
  quantity: string;

  @Field({ description: 'The price of one unit in major units of the customer’s currency, e.g. "0.05".' })
  unitPrice: string;

  @Field({
    description:
      'A key of your choosing, unique per usage record (a UUID is a good one). The same key with the same input ' +
      'answers the first record (`replayed: true`) without billing it twice; with other input it is refused.',
  })
  idempotencyKey: string;

  @Field(() => Date, { nullable: true, description: 'When it was used; now when omitted. Not in the future.' })
  occurredAt?: Date | null;
}

@ObjectType({ description: 'The result of usageRecord.' })
export class UsageRecordPayload {
  @Field(() => UsageRecordType, { nullable: true, description: 'The record, unless the input was refused.' })
  usageRecord: UsageRecordType | null;

  @Field(() => BillingCustomerType, { nullable: true, description: 'The customer, for reading its new balance.' })
  customer: BillingCustomerType | null;

  @Field({ description: 'True when this answers a retry under the same key: nothing new was recorded.' })
  replayed: boolean;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

export const usageRecordSchema = z.object({
  customerId: z.string(),
  description: nameText({ maxLength: 200, required: 'Describe the usage.' }),
  quantity: text(30).trim(),
  unitPrice: text(30).trim(),
  idempotencyKey: text(200).trim().min(1, 'Give an idempotency key.'),
  occurredAt: z.date().nullish(),
});
