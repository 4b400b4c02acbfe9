import { Field, Int, ObjectType } from 'type-graphql';
import type { LowCreditReminderEntity } from './low-credit-reminder.entity';

@ObjectType('LowCreditReminder', {
  description: 'A reminder sent once when the balance falls below a threshold, again only after it has been back up.',
})
export class LowCreditReminderType {
  @Field({ description: 'Whether reminders are sent.' })
  enabled: boolean;

  @Field(() => Int, { description: 'The threshold, in minor units of the balance’s currency.' })
  thresholdMinor: number;

  @Field(() => [String], { description: 'Who receives it; empty means the account holder.' })
  recipients: string[];

  @Field({
    description:
      'Whether a fall below the threshold would send a reminder now: false from a reminder until the balance is back at or above the threshold.',
  })
  armed: boolean;

  @Field(() => Date, { nullable: true, description: 'When the last reminder was sent; null if never.' })
  lastSentAt: Date | null;
}

/** A customer without settings has reminders off. */
export function toLowCreditReminderType(entity: LowCreditReminderEntity | null): LowCreditReminderType {
  return Object.assign(new LowCreditReminderType(), {
    enabled: entity?.enabled ?? false,
    thresholdMinor: entity?.thresholdMinor ?? 0,
    recipients: entity?.recipients ?? [],
    armed: entity?.armed ?? true,
    lastSentAt: entity?.lastSentAt ?? null,
  });
}
