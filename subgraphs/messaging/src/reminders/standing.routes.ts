import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { LowCreditReminderService } from './low-credit-reminder.service';

/** As many customers as accounts rebuilds in one page of its search projection. */
const MAX_STANDING_CUSTOMERS = 5_000;

/**
 * `POST /internal/messaging/standing/reminders`: `{ customerIds }` → `{ reminders }`, each
 * customer's low-credit reminder settings with their version, for accounts to rebuild who has low
 * credit, page by page. Accounts asks on its own (a rebuild is no caller's request), for one partner.
 */
export function standingRoutes(reminders: LowCreditReminderService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'standing/reminders',
      permission: 'messaging:read',
      callers: 'user-or-service',
      input: z.object({ customerIds: z.array(z.guid()).max(MAX_STANDING_CUSTOMERS) }).strict(),
      handle: async (context, input) => ({ reminders: await reminders.settingsOf(context.caller, input.customerIds) }),
    }),
  ];
}
