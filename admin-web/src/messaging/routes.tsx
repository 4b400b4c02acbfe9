import type { RouteObject } from 'react-router';
import { RequirePermission } from '../platform/RequirePermission';
import { batchPath, messageSendPath, outboxPath, settingsPath, templatesPath } from './urls';
import { BatchProgressView } from './views/BatchProgressView';
import { MessagingSettingsView } from './views/MessagingSettingsView';
import { OutboxView } from './views/OutboxView';
import { SendMessageView } from './views/SendMessageView';
import { TemplatesView } from './views/TemplatesView';

export const messagingRoutes: RouteObject[] = [
  {
    path: messageSendPath,
    element: (
      <RequirePermission permission="messaging:send">
        <SendMessageView />
      </RequirePermission>
    ),
  },
  {
    path: batchPath,
    element: (
      <RequirePermission permission="messaging:send">
        <BatchProgressView />
      </RequirePermission>
    ),
  },
  {
    path: templatesPath,
    element: (
      <RequirePermission permission="messaging:send">
        <TemplatesView />
      </RequirePermission>
    ),
  },
  {
    path: outboxPath,
    element: (
      <RequirePermission permission="messaging:manage">
        <OutboxView />
      </RequirePermission>
    ),
  },
  {
    path: settingsPath,
    element: (
      <RequirePermission permission="messaging:manage">
        <MessagingSettingsView />
      </RequirePermission>
    ),
  },
];
