import type { DeliveryConfig } from './config';

/**
 * The delivery settings of the running messaging subgraph (its `config.messaging`), from the
 * runtime's config; modules do not import `config.ts`, which reads the environment when loaded.
 */
export function deliveryConfigOf(config: object): DeliveryConfig {
  const messaging = (config as { messaging?: DeliveryConfig }).messaging;
  if (!messaging) throw new Error('The messaging subgraph runs with its own config (src/config.ts)');
  return messaging;
}
