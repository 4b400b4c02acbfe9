import { SafeIntResolver, UserError, defineErrorCodes, nameText } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { BillingCustomerType } from '../billing-accounts';
import { LedgerEntryType } from '../ledger';
import { MAX_AMOUNT_MINOR } from '../money';

export const CREDITS_ERRORS = defineErrorCodes({
  CREDITS_INSUFFICIENT: 'The account would go below what its pricing model allows (zero, or minus its credit limit).',
  NOTHING_TO_MOVE: 'The account has no credit available to move.',
  CURRENCY_MISMATCH: 'Credits move only between accounts of the same currency.',
  CUSTOMER_CLOSED: 'The customer is closed or being closed: its ledger accepts no writes.',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was already used for a different request.',
});

const IDEMPOTENCY_KEY_DESCRIPTION =
  'A key of your choosing, unique per operation (a UUID is a good one), kept for at least 24 hours. Sending the ' +
  'same key with the same input again returns the first result without writing anything; the same key with ' +
  'different input is refused with IDEMPOTENCY_KEY_REUSED.';

const AMOUNT_DESCRIPTION = 'in minor units of the account’s currency (1250 is 12.50 EUR; 1250 is ¥1250)';

@InputType({ description: 'Credits bought or topped up.' })
export class CreditsAddInput {
  @Field(() => ID, { description: 'The customer whose balance grows.' })
  customerId: string;

  @Field(() => SafeIntResolver, { description: `How much to add, ${AMOUNT_DESCRIPTION}; more than 0.` })
  amount: number;

  @Field(() => String, { nullable: true, description: 'What the credits answer to, e.g. a payment id.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'What the entry says; "Credits added" when omitted.' })
  description?: string | null;

  @Field({ description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey: string;
}

@InputType({ description: 'Credits paid out or refunded, never below what the pricing model allows.' })
export class CreditsWithdrawInput {
  @Field(() => ID, { description: 'The customer whose balance shrinks.' })
  customerId: string;

  @Field(() => SafeIntResolver, { description: `How much to withdraw, ${AMOUNT_DESCRIPTION}; more than 0.` })
  amount: number;

  @Field(() => String, { nullable: true, description: 'What the withdrawal answers to, e.g. a refund id.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'What the entry says; "Credits withdrawn" when omitted.' })
  description?: string | null;

  @Field({ description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey: string;
}

@InputType({ description: 'A correction of a balance, either way, with its reason.' })
export class CreditsAdjustInput {
  @Field(() => ID, { description: 'The customer whose balance is corrected.' })
  customerId: string;

  @Field(() => SafeIntResolver, {
    description: `The signed correction, ${AMOUNT_DESCRIPTION}: positive adds, negative takes away; not 0.`,
  })
  amount: number;

  @Field({ description: 'Why: shown on the entry and in the audit log. Required.' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'What the correction answers to, e.g. a ticket number.' })
  reference?: string | null;

  @Field({ description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey: string;
}

@InputType({ description: 'Credits moved from one customer to another of the same partner and currency.' })
export class CreditsMoveInput {
  @Field(() => ID, { description: 'The customer the credits leave.' })
  fromCustomerId: string;

  @Field(() => ID, { description: 'The customer the credits go to.' })
  toCustomerId: string;

  @Field(() => SafeIntResolver, { description: `How much to move, ${AMOUNT_DESCRIPTION}; more than 0.` })
  amount: number;

  @Field(() => String, { nullable: true, description: 'What both entries say; "Credits moved" when omitted.' })
  description?: string | null;

  @Field({ description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey: string;
}

function EntryPayload(name: string, operation: string) {
  @ObjectType(name, { description: `The result of ${operation}.` })
  class Payload {
    @Field(() => LedgerEntryType, { nullable: true, description: 'The entry written, unless the input was refused.' })
    entry: LedgerEntryType | null;

    @Field(() => BillingCustomerType, { nullable: true, description: 'The customer, for reading its new balance.' })
    customer: BillingCustomerType | null;

    @Field({
      description: 'True when this answers a retry: the idempotency key was used before with this input, and nothing new was written.',
    })
    replayed: boolean;

    @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
    userErrors: UserError[];
  }
  return Payload;
}

export const CreditsAddPayload = EntryPayload('CreditsAddPayload', 'creditsAdd');
export type CreditsAddPayload = InstanceType<typeof CreditsAddPayload>;
export const CreditsWithdrawPayload = EntryPayload('CreditsWithdrawPayload', 'creditsWithdraw');
export type CreditsWithdrawPayload = InstanceType<typeof CreditsWithdrawPayload>;
export const CreditsAdjustPayload = EntryPayload('CreditsAdjustPayload', 'creditsAdjust');
export type CreditsAdjustPayload = InstanceType<typeof CreditsAdjustPayload>;
export type CreditsEntryPayload = CreditsAddPayload;

@ObjectType({ description: 'The result of creditsMove.' })
export class CreditsMovePayload {
  @Field(() => LedgerEntryType, { nullable: true, description: 'The entry that took the credits away (TRANSFER_OUT).' })
  fromEntry: LedgerEntryType | null;

  @Field(() => LedgerEntryType, { nullable: true, description: 'The entry that brought them in (TRANSFER_IN).' })
  toEntry: LedgerEntryType | null;

  @Field(() => BillingCustomerType, { nullable: true, description: 'The customer the credits left.' })
  fromCustomer: BillingCustomerType | null;

  @Field(() => BillingCustomerType, { nullable: true, description: 'The customer the credits went to.' })
  toCustomer: BillingCustomerType | null;

  @Field({
    description: 'True when this answers a retry: the idempotency key was used before with this input, and nothing new was written.',
  })
  replayed: boolean;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const idempotencyKey = z
  .string()
  .min(1, 'Send an idempotency key, e.g. a new UUID for each operation.')
  .max(255, 'An idempotency key can be at most 255 characters.');

const positiveAmount = (verb: string) =>
  z
    .number()
    .int('Give the amount in whole minor units.')
    .positive(`Give an amount above 0 to ${verb}.`)
    .max(Number(MAX_AMOUNT_MINOR), 'That amount is larger than any one operation may carry.')
    .transform((amount) => BigInt(amount));

const optionalLine = (what: string, maxLength: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    nameText({ maxLength, tooLong: `${what} can be at most ${maxLength} characters.`, required: `Enter ${what}.` }).nullish(),
  );

export const creditsAddSchema = z.object({
  customerId: z.string(),
  amount: positiveAmount('add'),
  reference: optionalLine('A reference', 200),
  description: optionalLine('A description', 200),
  idempotencyKey,
});

export const creditsWithdrawSchema = creditsAddSchema.extend({ amount: positiveAmount('withdraw') });

export const creditsAdjustSchema = z.object({
  customerId: z.string(),
  amount: z
    .number()
    .int('Give the amount in whole minor units.')
    .refine((amount) => amount !== 0, 'An adjustment of 0 changes nothing: give a positive or negative amount.')
    .refine((amount) => Math.abs(amount) <= Number(MAX_AMOUNT_MINOR), 'That amount is larger than any one operation may carry.')
    .transform((amount) => BigInt(amount)),
  reason: nameText({ maxLength: 500, tooLong: 'A reason can be at most 500 characters.', required: 'Give the reason for the adjustment.' }),
  reference: optionalLine('A reference', 200),
  idempotencyKey,
});

export const creditsMoveSchema = z.object({
  fromCustomerId: z.string(),
  toCustomerId: z.string(),
  amount: positiveAmount('move'),
  description: optionalLine('A description', 200),
  idempotencyKey,
});
