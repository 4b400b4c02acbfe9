import { UserError, emailAddress } from '@clientele/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { LowCreditReminderType } from './low-credit-reminder.type';

@InputType({ description: 'Changes to a customer’s low-credit reminder; fields left out stay as they are.' })
export class LowCreditReminderUpdateInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether reminders are sent.' })
  enabled?: boolean | null;

  // Int, not SafeInt: the gateway itself refuses a value that is not one, before any subgraph sees it.
  @Field(() => Int, {
    nullable: true,
    description: 'The threshold in minor units of the customer’s currency, e.g. 1000 for 10.00.',
  })
  thresholdMinor?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Email addresses to send to, at most 10; an empty list means the account holder.',
  })
  recipients?: string[] | null;
}

export const lowCreditReminderUpdateSchema = z.object({
  customerId: z.string(),
  enabled: z.boolean().nullish(),
  thresholdMinor: z
    .number()
    .int('Use a whole number of minor units.')
    .min(0, 'Use a threshold of zero or more.')
    .nullish(),
  recipients: z
    .array(emailAddress({ required: 'Enter an email address.' }))
    .max(10, 'Name at most 10 recipients.')
    .transform((addresses) => [...new Set(addresses)])
    .nullish(),
});

@ObjectType({ description: 'The result of lowCreditReminderUpdate.' })
export class LowCreditReminderUpdatePayload {
  @Field(() => LowCreditReminderType, { nullable: true, description: 'The reminder as it now is.' })
  lowCreditReminder: LowCreditReminderType | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  userErrors: UserError[];
}
