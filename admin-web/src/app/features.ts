import { apiKeysFeature } from '../api-keys';
import { authFeature, signInUrl } from '../auth';
import { customerListUrl, customersFeature, customerUrl } from '../customers';
import { invoicesFeature } from '../invoices';
import { messagingFeature } from '../messaging';
import { operatorsFeature } from '../operators';
import type { AppLinks } from '../platform/app-links';
import type { Feature, NavEntry } from '../platform/feature';
import { portalFeature, portalSignInUrl } from '../portal';
import { webhooksFeature } from '../webhooks';

/** Every feature of the app. The router and the navigation are built from this list. */
export const features: readonly Feature[] = [
  authFeature,
  portalFeature,
  customersFeature,
  invoicesFeature,
  messagingFeature,
  operatorsFeature,
  apiKeysFeature,
  webhooksFeature,
];

/** The main navigation in order; each viewer sees the entries their permissions allow. */
export const navEntries: readonly NavEntry[] = features
  .flatMap((feature) => (feature.nav ? [feature.nav] : []))
  .sort((a, b) => a.order - b.order);

export const appLinks: AppLinks = {
  home: { url: customerListUrl(), label: 'Go to customers' },
  signIn: { operator: signInUrl(), member: portalSignInUrl() },
  customer: (id) => customerUrl(id),
};
