import type { Feature } from '../platform/feature';
import { messagingRoutes } from './routes';
import { messageSendUrl } from './urls';

export { messageSendUrl, batchUrl, outboxUrl, templatesUrl, settingsUrl } from './urls';
/** For the customer page's messages tab: the customer's history and low-credit reminder. */
export { CustomerLowCreditReminderQuery, CustomerMessagesQuery } from './queries';
export { LowCreditReminderUpdateMutation } from './mutations';
export { channelLabels, messageStatusBadge, messageStatusLabels } from './display';

/** Emails and SMS: the send page with a live preview, bulk send progress, templates, settings and the outbox. */
export const messagingFeature: Feature = {
  routes: messagingRoutes,
  nav: { label: 'Messaging', path: messageSendUrl(), permission: 'messaging:send', order: 20 },
};
