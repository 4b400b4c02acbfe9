import type { Feature } from '../platform/feature';
import { portalRoutes } from './routes';

/**
 * The customer portal: a member signed in to their own account, or an operator logged in as
 * the customer. Its own layout, session and Apollo client; it never touches the operator's.
 */
export const portalFeature: Feature = {
  standaloneRoutes: portalRoutes,
};

export { portalSignInUrl, portalUrl } from './urls';
// Run by main.tsx before the router reads the URL.
export { adoptPortalTokenFromUrl } from './portal-session';
