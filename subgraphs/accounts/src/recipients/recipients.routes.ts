import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { RecipientService } from './recipients.service';

/** Large enough for a partner's whole customer base in one bulk send. */
const MAX_IDS = 200_000;

const recipientsInput = z.union([
  z.object({ customerIds: z.array(z.guid()).max(MAX_IDS) }).strict(),
  z
    .object({
      filter: z.object({
        query: z.string().max(200).nullish(),
        status: z
          .array(z.enum(['ACTIVE', 'SUSPENDED', 'INACTIVE', 'CLOSED']))
          .max(4)
          .nullish(),
      }),
    })
    .strict(),
]);

/**
 * `POST /internal/accounts/recipients`: `{ customerIds } | { filter }` → `{ recipients }`, scoped to
 * the caller, each recipient a `Recipient` tuple (a bulk send's 100,000 travel as arrays, not objects).
 */
export function recipientRoutes(service: RecipientService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'recipients',
      permission: 'customers:read',
      // Messaging sends notices on events, where no caller's token is at hand.
      callers: 'user-or-service',
      input: recipientsInput,
      handle: async (context, input) => ({ recipients: await service.select(context.caller, input) }),
    }),
    /** `POST /internal/accounts/partner-owners`: `{}` → `{ owners }`, the caller's partner's active owners. */
    defineInternalRoute({
      path: 'partner-owners',
      permission: 'operators:read',
      callers: 'user-or-service',
      input: z.object({}).strict(),
      handle: async (context) => ({ owners: await service.owners(context.caller) }),
    }),
  ];
}
