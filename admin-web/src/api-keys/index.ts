import type { Feature } from '../platform/feature';
import { apiKeyRoutes } from './routes';
import { apiKeyListUrl } from './urls';

/** The partner apps' API keys: creating, listing and revoking them. */
export const apiKeysFeature: Feature = {
  routes: apiKeyRoutes,
  nav: { label: 'API keys', path: apiKeyListUrl(), permission: 'api-keys:manage', order: 30 },
};
