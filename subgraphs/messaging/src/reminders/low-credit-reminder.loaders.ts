import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import type { LowCreditReminderService } from './low-credit-reminder.service';

/** The reminder settings of every customer on a page, in one statement. */
export function createReminderLoaders(service: LowCreditReminderService, caller: Caller) {
  return {
    lowCreditReminderByCustomerId: createKeyedLoader(
      (customerIds: readonly string[]) => service.findMany(caller, customerIds),
      (reminder) => reminder.customerId,
    ),
  };
}

export type ReminderLoaders = ReturnType<typeof createReminderLoaders>;
export type RemindersContext = RequestContext<ReminderLoaders>;
