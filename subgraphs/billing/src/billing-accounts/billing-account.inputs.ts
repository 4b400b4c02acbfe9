import { UserError, defineErrorCodes } from '@clientele/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { MAX_AMOUNT_MINOR } from '../money';
import { PRICING_MODELS, type PricingModel } from './billing-account.entity';
import { BillingAccountType, PricingModelEnum } from './billing-account.type';
import { BillingCustomerType } from './customer.type';

export const BILLING_ACCOUNT_ERRORS = defineErrorCodes({
  BALANCE_BELOW_LIMIT: 'The balance is already below what the new pricing model or credit limit allows.',
});

@InputType({ description: 'Changes to a customer’s billing settings; fields left out stay as they are.' })
export class BillingAccountUpdateInput {
  @Field(() => ID, { description: 'The customer whose billing account changes.' })
  customerId: string;

  @Field(() => PricingModelEnum, {
    nullable: true,
    description: 'PREPAID spends down to zero; POSTPAID may go below zero down to minus its credit limit.',
  })
  pricingModel?: PricingModel | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How far below zero a POSTPAID balance may go, in minor units (e.g. 50000 for 500.00 EUR). Always 0 on PREPAID.',
  })
  creditLimit?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days an invoice may stay unpaid, 0–365.' })
  paymentTermsDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False: an overdue invoice does not suspend the customer ("do not suspend for late payment").',
  })
  suspendForLatePayment?: boolean | null;
}

@ObjectType({ description: 'The result of billingAccountUpdate.' })
export class BillingAccountUpdatePayload {
  @Field(() => BillingAccountType, {
    nullable: true,
    description: 'The account as it is now, unless the input was refused.',
  })
  billingAccount: BillingAccountType | null;

  @Field(() => BillingCustomerType, {
    nullable: true,
    description: 'The customer, for reading its credit limit and available credit as they are now.',
  })
  customer: BillingCustomerType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

export const billingAccountUpdateSchema = z.object({
  customerId: z.string(),
  pricingModel: z.enum(PRICING_MODELS).nullish(),
  creditLimit: z
    .number()
    .int('Give the credit limit in whole minor units.')
    .min(0, 'A credit limit cannot be negative.')
    .max(Number(MAX_AMOUNT_MINOR), 'That credit limit is larger than any account may have.')
    .nullish(),
  paymentTermsDays: z
    .number()
    .int('Give the payment terms in whole days.')
    .min(0, 'Payment terms cannot be negative.')
    .max(365, 'Payment terms can be at most 365 days.')
    .nullish(),
  suspendForLatePayment: z.boolean().nullish(),
});
