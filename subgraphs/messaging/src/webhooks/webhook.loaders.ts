import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import type { Webhooks } from './webhooks.service';
import { toWebhookDeliveryAttemptType } from './webhook.type';

/** The attempts of every delivery on a page of the log, in one statement. */
export function createWebhookLoaders({ deliveries }: Webhooks, caller: Caller) {
  return {
    webhookAttemptsByDeliveryId: createKeyedLoader(
      async (deliveryIds: readonly string[]) =>
        [...(await deliveries.attemptsOf(caller, deliveryIds))].map(([deliveryId, attempts]) => ({
          deliveryId,
          attempts: attempts.map(toWebhookDeliveryAttemptType),
        })),
      (group) => group.deliveryId,
    ),
  };
}

export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;
export type WebhooksContext = RequestContext<WebhookLoaders>;
