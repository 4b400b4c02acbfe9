export { webhooksModule } from './webhooks.module';
export type { Webhooks } from './webhooks.service';
export type { WebhookLoaders } from './webhook.loaders';
