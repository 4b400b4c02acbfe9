import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { customerFilterSchema } from '../customer-list';
import type { RecipientService } from './recipients.service';

/** Large enough for a partner's whole customer base in one bulk send. */
const MAX_IDS = 200_000;

/** The most recipients one page holds. */
const MAX_PAGE = 20_000;

const recipientsInput = z.union([
  z.object({ customerIds: z.array(z.guid()).max(MAX_IDS) }).strict(),
  z
    .object({
      // The customer list's whole filter, in its strict grammar.
      filter: customerFilterSchema,
      page: z.object({ after: z.guid().nullable(), first: z.number().int().min(1).max(MAX_PAGE) }).optional(),
    })
    .strict(),
]);

/**
 * `POST /internal/accounts/recipients`: `{ customerIds } | { filter, page? }` → `{ recipients }`,
 * scoped to the caller, each recipient a `Recipient` tuple (a bulk send's 100,000 travel as arrays,
 * not objects). With `page`, the `first` matching customers after the id `after`, in id order.
 */
export function recipientRoutes(service: RecipientService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'recipients',
      permission: 'customers:read',
      // Messaging sends notices on events, where no caller's token is at hand.
      callers: 'user-or-service',
      input: recipientsInput,
      handle: async (context, input) => ({
        recipients:
          'page' in input && input.page
            ? await service.page(context.caller, input, input.page)
            : await service.select(context.caller, input),
      }),
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
