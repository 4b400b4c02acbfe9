import type { SubgraphConfig, SubgraphRuntime } from '@clientele/subgraph-kit';
import type { MessagingConfig } from '../config';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEndpointService } from './webhook-endpoint.service';

/** The module's service: the endpoints partners manage, and the deliveries made to them. */
export interface Webhooks {
  endpoints: WebhookEndpointService;
  deliveries: WebhookDeliveryService;
}

/** Without messaging's own settings (e.g. a harness building the subgraph), the documented defaults. */
const DEFAULT_SETTINGS: MessagingConfig['webhooks'] = {
  retryScheduleMs: [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000],
  timeoutMs: 15_000,
  disableAfterMs: 86_400_000,
};

export function createWebhooks({
  dataSource,
  config,
  events,
  logger,
}: SubgraphRuntime<SubgraphConfig & Partial<Pick<MessagingConfig, 'webhooks'>>>): Webhooks {
  return {
    endpoints: new WebhookEndpointService(dataSource, config.environment),
    deliveries: new WebhookDeliveryService(dataSource, events, config.webhooks ?? DEFAULT_SETTINGS, logger),
  };
}
