import { UserError, trimmedText } from '@clientele/subgraph-kit';
import { type ClassType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { CustomerType } from '../customers';
import type { CancellationMode } from './lifecycle.entity';
import { CancellationModeEnum, CustomerCloseBlockersType } from './lifecycle.type';

export const REASON_MAX_LENGTH = 500;

const reason = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  trimmedText({ maxLength: REASON_MAX_LENGTH, tooLong: `A reason can be at most ${REASON_MAX_LENGTH} characters.` })
    .nullish()
    .transform((text) => text ?? null),
);

export const statusChangeSchema = z.object({ customerId: z.string(), reason });

/** The same input for each simple transition, under its own name. */
function statusChangeInput(
  name: string,
  description: string,
): ClassType<{ customerId: string; reason?: string | null }> {
  @InputType(name, { description })
  class StatusChangeInput {
    @Field(() => ID, { description: 'Id of the customer account.' })
    customerId: string;

    @Field(() => String, { nullable: true, description: `Why, in at most ${REASON_MAX_LENGTH} characters.` })
    reason?: string | null;
  }
  return StatusChangeInput;
}

export interface StatusPayload {
  customer: CustomerType | null;
  userErrors: UserError[];
}

/** The same payload for each transition, under its own name. */
function statusPayload(name: string, mutation: string): ClassType<StatusPayload> {
  @ObjectType(name, { description: `The result of ${mutation}.` })
  class Payload {
    @Field(() => CustomerType, { nullable: true, description: 'The customer as it is now, unless refused.' })
    customer: CustomerType | null;

    @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
    userErrors: UserError[];
  }
  return Payload;
}

export const CustomerSuspendInput = statusChangeInput(
  'CustomerSuspendInput',
  'Suspends an ACTIVE customer: services stay billable, members cannot sign in.',
);
export const CustomerReenableInput = statusChangeInput('CustomerReenableInput', 'Re-enables a SUSPENDED customer.');
export const CustomerDeactivateInput = statusChangeInput(
  'CustomerDeactivateInput',
  'Deactivates an ACTIVE or SUSPENDED customer; its data is kept.',
);
export const CustomerReactivateInput = statusChangeInput(
  'CustomerReactivateInput',
  'Reactivates an INACTIVE customer.',
);
export const CustomerCancellationWithdrawInput = statusChangeInput(
  'CustomerCancellationWithdrawInput',
  'Withdraws a customer’s scheduled cancellation before it takes effect.',
);
export const CustomerCloseInput = statusChangeInput(
  'CustomerCloseInput',
  'Closes a customer whose balance is zero and who owes nothing; it is hidden from default lists and can be restored.',
);
export const CustomerRestoreInput = statusChangeInput(
  'CustomerRestoreInput',
  'Restores a CLOSED customer to the status it had before closing.',
);
export type StatusChangeInput = InstanceType<typeof CustomerSuspendInput>;

export const CustomerSuspendPayload = statusPayload('CustomerSuspendPayload', 'customerSuspend');
export const CustomerReenablePayload = statusPayload('CustomerReenablePayload', 'customerReenable');
export const CustomerDeactivatePayload = statusPayload('CustomerDeactivatePayload', 'customerDeactivate');
export const CustomerReactivatePayload = statusPayload('CustomerReactivatePayload', 'customerReactivate');
export const CustomerCancelPayload = statusPayload('CustomerCancelPayload', 'customerCancel');
export const CustomerCancellationWithdrawPayload = statusPayload(
  'CustomerCancellationWithdrawPayload',
  'customerCancellationWithdraw',
);
export const CustomerRestorePayload = statusPayload('CustomerRestorePayload', 'customerRestore');
export const CustomerErasePayload = statusPayload('CustomerErasePayload', 'customerErase');

@ObjectType({ description: 'The result of customerClose.' })
export class CustomerClosePayload implements StatusPayload {
  @Field(() => CustomerType, { nullable: true, description: 'The customer as it is now, unless refused.' })
  customer: CustomerType | null;

  @Field(() => CustomerCloseBlockersType, {
    nullable: true,
    description: 'When billing refused: the balance and the amount owed that keep the customer open.',
  })
  closeBlockers: CustomerCloseBlockersType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'Cancels a customer now, at the end of its billing period, or on a date.' })
export class CustomerCancelInput {
  @Field(() => ID, { description: 'Id of the customer account.' })
  customerId: string;

  @Field(() => CancellationModeEnum, { description: 'When the cancellation takes effect.' })
  mode: CancellationMode;

  @Field(() => String, {
    nullable: true,
    description:
      'For ON_DATE only: a date (2027-03-01, from the start of that day in the customer’s time zone) or a date and time with its offset; in the future.',
  })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true, description: `Why, in at most ${REASON_MAX_LENGTH} characters.` })
  reason?: string | null;
}

export const cancelSchema = z.object({
  customerId: z.string(),
  mode: z.enum(['IMMEDIATELY', 'END_OF_PERIOD', 'ON_DATE']),
  effectiveOn: z
    .string()
    .trim()
    .max(40, 'Give a date such as 2027-03-01.')
    .nullish()
    .transform((value) => (value ? value : null)),
  reason,
});

@InputType({ description: 'Erases a closed customer’s personal data, for good.' })
export class CustomerEraseInput {
  @Field(() => ID, { description: 'Id of the CLOSED customer account.' })
  customerId: string;

  @Field({ description: 'The operator’s own password, to confirm an erasure that cannot be undone.' })
  password: string;
}
