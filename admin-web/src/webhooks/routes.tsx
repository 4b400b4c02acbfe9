import type { RouteObject } from 'react-router';
import { RequirePermission } from '../platform/RequirePermission';
import { webhookEndpointListPath, webhookEndpointPath } from './urls';
import { WebhookEndpointListView } from './views/WebhookEndpointListView';
import { WebhookEndpointView } from './views/WebhookEndpointView';

export const webhookRoutes: RouteObject[] = [
  {
    path: webhookEndpointListPath,
    element: (
      <RequirePermission permission="webhooks:manage">
        <WebhookEndpointListView />
      </RequirePermission>
    ),
  },
  {
    path: webhookEndpointPath,
    element: (
      <RequirePermission permission="webhooks:manage">
        <WebhookEndpointView />
      </RequirePermission>
    ),
  },
];
