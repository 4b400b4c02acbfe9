import { UserError, defineErrorCodes, nameText } from '@clientele/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { BillingCustomerType } from '../billing-accounts';
import {
  InvoicePaymentType,
  InvoiceSettingsType,
  InvoiceType,
  PAYMENT_METHODS,
  type PaymentMethod,
  PaymentMethodEnum,
  isDay,
} from '../invoices';
import { MAX_AMOUNT_MINOR } from '../money';

export const INVOICE_LIFECYCLE_ERRORS = defineErrorCodes({
  INVOICE_NOT_DRAFT: 'Only a DRAFT invoice can be issued; this one already has a number.',
  INVOICE_NOT_OPEN: 'The invoice is not OPEN or OVERDUE, so it cannot be paid or voided.',
  INVOICE_HAS_PAYMENTS:
    'Payments were recorded against the invoice: correct it with a credit note instead of voiding it.',
  INVOICE_NOT_CREDITABLE:
    'A credit note corrects an issued invoice (not a draft, a void invoice or another credit note).',
  CREDIT_EXCEEDS_INVOICED: 'The credit note would take off more than is left of the invoice.',
  INVOICE_CUSTOMER_CLOSED: 'The customer is closed or being closed: nothing can be invoiced or credited to it.',
  OVERPAYMENT_NOT_CREDITABLE: 'The excess of an overpayment cannot be credited to the customer’s balance.',
  PAYMENT_KEY_REUSED: 'The idempotency key was already used for a different payment.',
});

// Int, not SafeInt: the gateway checks a built-in scalar before the call reaches billing.
const AMOUNT_DESCRIPTION = 'in minor units of the invoice’s currency (1250 is 12.50 EUR), at most 2147483647';

@InputType({ description: 'One line of a hand-written invoice or credit note.' })
export class InvoiceLineInput {
  @Field({ description: 'What the customer reads, 1–500 characters.' })
  description: string;

  @Field({ description: 'How many, as a decimal with up to 6 decimals, more than 0 (e.g. "1", "2.5").' })
  quantity: string;

  @Field(() => Int, { description: `The price of one before tax, ${AMOUNT_DESCRIPTION}; 0 or more.` })
  unitPrice: number;

  @Field({ description: 'The tax rate as a percentage with up to 4 decimals, 0–100 (e.g. "21", "5.5", "0").' })
  taxRate: string;
}

@InputType({ description: 'A hand-written invoice, kept as a DRAFT until issued.' })
export class InvoiceCreateInput {
  @Field(() => ID, { description: 'The customer it bills; it is in the customer’s currency.' })
  customerId: string;

  @Field(() => [InvoiceLineInput], { description: 'Its lines, 1–100.' })
  lines: InvoiceLineInput[];

  @Field(() => String, { nullable: true, description: 'First day of the period it bills (YYYY-MM-DD), if any.' })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the period it bills (YYYY-MM-DD), if any.' })
  periodEnd?: string | null;
}

@InputType({ description: 'Issues a DRAFT: numbers it and makes it OPEN.' })
export class InvoiceIssueInput {
  @Field(() => ID, { description: 'The DRAFT to issue.' })
  invoiceId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day it is dated (YYYY-MM-DD), today or earlier; today when omitted. Due after the payment terms.',
  })
  issueDate?: string | null;
}

@InputType({ description: 'Voids an OPEN or OVERDUE invoice nothing was paid on.' })
export class InvoiceVoidInput {
  @Field(() => ID, { description: 'The invoice to void.' })
  invoiceId: string;

  @Field({ description: 'Why: kept on the invoice and in the audit log. Required.' })
  reason: string;
}

@InputType({ description: 'A credit note against an issued invoice.' })
export class CreditNoteCreateInput {
  @Field(() => ID, { description: 'The issued invoice it corrects.' })
  invoiceId: string;

  @Field(() => [InvoiceLineInput], {
    description: 'What is credited, 1–100 lines; with tax, at most what is left of the invoice’s total.',
  })
  lines: InvoiceLineInput[];
}

@InputType({ description: 'Money received against an invoice.' })
export class InvoicePaymentRecordInput {
  @Field(() => ID, { description: 'The OPEN or OVERDUE invoice paid.' })
  invoiceId: string;

  @Field(() => Int, {
    description: `What was received, ${AMOUNT_DESCRIPTION}; more than 0. Beyond the amount due, it becomes credit.`,
  })
  amount: number;

  @Field(() => PaymentMethodEnum, { description: 'How it was paid.' })
  method: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'The payer’s or bank’s reference, up to 200 characters.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'The day it was received (YYYY-MM-DD); today when omitted.' })
  paidOn?: string | null;

  @Field({
    description:
      'A key of your choosing, unique per payment (a UUID is a good one). The same key with the same input again ' +
      'returns the first result without recording anything; with different input it is refused with PAYMENT_KEY_REUSED.',
  })
  idempotencyKey: string;
}

@InputType({ description: 'Changes how the partner numbers and lists invoices; fields left out stay as they are.' })
export class InvoiceSettingsUpdateInput {
  @Field(() => String, {
    nullable: true,
    description: 'What new invoice numbers start with: up to 12 letters, digits, "/", "_" or "-". Numbers given stay.',
  })
  prefix?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Invoices issued before this day (YYYY-MM-DD) are no longer listed; null lists them all again.',
  })
  historyStart?: string | null;
}

@ObjectType({ description: 'The result of invoiceCreate, invoiceIssue or invoiceVoid.' })
export class InvoicePayload {
  @Field(() => InvoiceType, { nullable: true, description: 'The invoice as it is now, unless the input was refused.' })
  invoice: InvoiceType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of creditNoteCreate.' })
export class CreditNoteCreatePayload {
  @Field(() => InvoiceType, { nullable: true, description: 'The credit note, numbered and settled.' })
  creditNote: InvoiceType | null;

  @Field(() => InvoiceType, { nullable: true, description: 'The invoice it corrects, as it is now.' })
  invoice: InvoiceType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of invoicePaymentRecord.' })
export class InvoicePaymentRecordPayload {
  @Field(() => InvoicePaymentType, { nullable: true, description: 'The payment recorded.' })
  payment: InvoicePaymentType | null;

  @Field(() => InvoiceType, { nullable: true, description: 'The invoice as it is now.' })
  invoice: InvoiceType | null;

  @Field(() => BillingCustomerType, { nullable: true, description: 'The customer, for reading its owed and balance.' })
  customer: BillingCustomerType | null;

  @Field({
    description: 'True when this answers a retry: the key was used before with this input, and nothing was recorded.',
  })
  replayed: boolean;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of invoiceSettingsUpdate.' })
export class InvoiceSettingsUpdatePayload {
  @Field(() => InvoiceSettingsType, { nullable: true, description: 'The settings as they are now.' })
  settings: InvoiceSettingsType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const day = (what: string) => z.string().refine(isDay, `${what} must be a day written YYYY-MM-DD.`);

const MAX_LINE_MINOR = Number(MAX_AMOUNT_MINOR);

export const lineSchema = z.object({
  description: nameText({
    maxLength: 500,
    tooLong: 'A line’s description can be at most 500 characters.',
    required: 'Describe the line.',
  }),
  quantity: z
    .string()
    .trim()
    .regex(/^\d{1,13}(\.\d{1,6})?$/, 'Give the quantity as a number with up to 6 decimals, e.g. "1" or "2.5".')
    .refine((value) => Number(value) > 0, 'The quantity must be more than 0.'),
  unitPrice: z
    .number()
    .int('Give the price in whole minor units.')
    .min(0, 'A price cannot be negative.')
    .max(MAX_LINE_MINOR, 'That price is larger than any invoice may carry.'),
  taxRate: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,4})?$/, 'Give the tax rate as a percentage with up to 4 decimals, e.g. "21" or "5.5".')
    .refine((value) => Number(value) <= 100, 'A tax rate can be at most 100%.'),
});

const lines = z.array(lineSchema).min(1, 'Give at least one line.').max(100, 'An invoice can have at most 100 lines.');

export const invoiceCreateSchema = z
  .object({
    customerId: z.string(),
    lines,
    periodStart: day('The period’s start').nullish(),
    periodEnd: day('The period’s end').nullish(),
  })
  .refine((input) => !input.periodEnd || (input.periodStart && input.periodEnd > input.periodStart), {
    message: 'A period ends after it starts; give both days.',
    path: ['periodEnd'],
  });

export const invoiceIssueSchema = z.object({ invoiceId: z.string(), issueDate: day('The issue date').nullish() });

export const invoiceVoidSchema = z.object({
  invoiceId: z.string(),
  reason: nameText({
    maxLength: 500,
    tooLong: 'A reason can be at most 500 characters.',
    required: 'Give the reason.',
  }),
});

export const creditNoteCreateSchema = z.object({ invoiceId: z.string(), lines });

export const invoicePaymentRecordSchema = z.object({
  invoiceId: z.string(),
  amount: z
    .number()
    .int('Give the amount in whole minor units.')
    .positive('Give an amount above 0.')
    .transform((amount) => BigInt(amount)),
  method: z.enum(PAYMENT_METHODS),
  reference: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    nameText({
      maxLength: 200,
      tooLong: 'A reference can be at most 200 characters.',
      required: 'Enter a reference.',
    }).nullish(),
  ),
  paidOn: day('The payment day').nullish(),
  idempotencyKey: z
    .string()
    .min(1, 'Send an idempotency key, e.g. a new UUID for each payment.')
    .max(255, 'An idempotency key can be at most 255 characters.'),
});

export const invoiceSettingsUpdateSchema = z.object({
  prefix: z
    .string()
    .regex(/^[A-Za-z0-9/_-]{0,12}$/, 'A prefix is up to 12 letters, digits, "/", "_" or "-".')
    .nullish(),
  historyStart: day('The history start').nullish(),
});

export type LineCommand = z.infer<typeof lineSchema>;
