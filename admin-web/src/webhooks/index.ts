import type { Feature } from '../platform/feature';
import { webhookRoutes } from './routes';
import { webhookEndpointListUrl } from './urls';

/** Partner apps' webhook endpoints: registering them (the secret shown once), turning them off, their delivery log. */
export const webhooksFeature: Feature = {
  routes: webhookRoutes,
  nav: { label: 'Webhooks', path: webhookEndpointListUrl(), permission: 'webhooks:manage', order: 35 },
};
