import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { accountsBulkSendSchema, accountsRecipientCountSchema } from './message-batch.inputs';
import type { MessageBatchService } from './message-batch.service';

/**
 * Bulk sends that accounts starts for a bulk action on customers (send email, send SMS), as the
 * caller who asked for the action, so the caller needs `messaging:send` here as for
 * `messageBulkSend`. Recipients still come from accounts' recipients route, with the action's
 * target passed through.
 *
 * `POST /internal/messaging/bulk-send`: `{ channel, customerIds | filter, excludeIds?, templateKey
 * | subject, textBody, htmlBody }` → `{ batchId, queued, skipped: [reason, ids][] }` or
 * `{ userErrors }`.
 *
 * `POST /internal/messaging/bulk-send/count`: the same selection → `{ selected, reachable,
 * skipped: [reason, count][] }` or `{ userErrors }`, sending nothing.
 */
export function messageBatchRoutes(service: MessageBatchService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'bulk-send',
      permission: 'messaging:send',
      input: accountsBulkSendSchema,
      handle: async (context, input) => {
        const sent = await service.startForCustomers(context, input);
        return sent.ok ? sent.outcomes : { userErrors: sent.userErrors };
      },
    }),
    defineInternalRoute({
      path: 'bulk-send/count',
      permission: 'messaging:send',
      input: accountsRecipientCountSchema,
      handle: async (context, input) => {
        const counted = await service.countForCustomers(context, input);
        return counted.ok
          ? { selected: counted.selected, reachable: counted.reachable, skipped: counted.skipped }
          : { userErrors: counted.userErrors };
      },
    }),
  ];
}
