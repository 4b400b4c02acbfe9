import type { Feature } from '../platform/feature';
import { messagingRoutes } from './routes';
import { messageSendUrl } from './urls';

export { messageSendUrl, batchUrl, outboxUrl, templatesUrl } from './urls';

/** Emails and SMS: the send page with a live preview, bulk send progress, templates and the outbox. */
export const messagingFeature: Feature = {
  routes: messagingRoutes,
  nav: { label: 'Messaging', path: messageSendUrl(), permission: 'messaging:send', order: 20 },
};
