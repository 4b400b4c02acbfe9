import { UserError, defineErrorCodes, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { BillingRunType } from './billing-run.type';

export const BILLING_RUN_ERRORS = defineErrorCodes({
  BILLING_PERIOD_NOT_ENDED: 'A period is invoiced once it has ended.',
});

@InputType({ description: 'What to invoice now: one customer or all the caller’s customers, for one month.' })
export class BillingRunStartInput {
  @Field(() => ID, { nullable: true, description: 'Only this customer; every customer the caller sees when omitted.' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first day of the month to invoice (YYYY-MM-01, UTC); the last month that ended when omitted.',
  })
  periodStart?: string | null;
}

@ObjectType({ description: 'The result of billingRunStart.' })
export class BillingRunStartPayload {
  @Field(() => BillingRunType, {
    nullable: true,
    description: 'The run, queued; read it again with `billingRun(id)` for its progress.',
  })
  billingRun: BillingRunType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

export const billingRunStartSchema = z.object({
  customerId: z.string().nullish(),
  periodStart: text(10)
    .trim()
    .regex(/^\d{4}-\d{2}-01$/, 'Give the first day of a month, e.g. "2026-11-01".')
    .nullish(),
});
