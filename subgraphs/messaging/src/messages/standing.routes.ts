import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { MessageService } from './message.service';

/** As many customers as accounts rebuilds in one page of its search projection. */
const MAX_STANDING_CUSTOMERS = 5_000;

/**
 * `POST /internal/messaging/standing/last-messaged`: `{ customerIds }` → `{ lastMessaged }`, when
 * each customer was last sent a message, for accounts to rebuild its search projection page by
 * page. Accounts asks on its own (a rebuild is no caller's request), for one partner.
 */
export function standingRoutes(messages: MessageService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'standing/last-messaged',
      permission: 'messaging:read',
      callers: 'user-or-service',
      input: z.object({ customerIds: z.array(z.guid()).max(MAX_STANDING_CUSTOMERS) }).strict(),
      handle: async (context, input) => ({
        lastMessaged: await messages.lastSentTo(context.caller, input.customerIds),
      }),
    }),
  ];
}
