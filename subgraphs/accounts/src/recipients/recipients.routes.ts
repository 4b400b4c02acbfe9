import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { RecipientService } from './recipients.service';

/** Large enough for a partner's whole customer base in one bulk send. */
const MAX_IDS = 200_000;

/** The most recipients one page holds. */
const MAX_PAGE = 20_000;

/** Customers left out of the selection, e.g. unticked after "select all". */
const excludeIds = z.array(z.guid()).max(MAX_IDS).optional();

const recipientsInput = z.union([
  z.object({ customerIds: z.array(z.guid()).max(MAX_IDS), excludeIds }).strict(),
  z
    .object({
      // The customer list's whole filter as the client gave it: the service checks it with the
      // list's strict grammar and answers a malformed one as userErrors with its path.
      filter: z.unknown(),
      excludeIds,
      page: z.object({ after: z.guid().nullable(), first: z.number().int().min(1).max(MAX_PAGE) }).optional(),
    })
    .strict(),
]);

/**
 * `POST /internal/accounts/recipients`: `{ customerIds, excludeIds? } | { filter, excludeIds?,
 * page? }` → `{ recipients }`, scoped to the caller, each recipient a `Recipient` tuple (a bulk
 * send's 100,000 travel as arrays, not objects), or `{ userErrors }` for a filter the customer
 * list's grammar refuses (fields under `filter`). With `page`, the `first` matching customers after
 * the id `after`, in id order.
 */
export function recipientRoutes(service: RecipientService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'recipients',
      permission: 'customers:read',
      // Messaging sends notices on events, where no caller's token is at hand.
      callers: 'user-or-service',
      input: recipientsInput,
      handle: async (context, input) => {
        if ('customerIds' in input) return { recipients: await service.select(context.caller, input) };
        const filter = await service.checkFilter(context.caller, input.filter);
        if (Array.isArray(filter)) return { userErrors: filter };
        const target = { filter, excludeIds: input.excludeIds };
        return {
          recipients: input.page
            ? await service.page(context.caller, target, input.page)
            : await service.select(context.caller, target),
        };
      },
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
