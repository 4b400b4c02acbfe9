import type { Feature } from '../platform/feature';
import { operatorRoutes } from './routes';
import { operatorListUrl } from './urls';

/** The partner's operators: who they are, their roles and reseller limits, invitations. */
export const operatorsFeature: Feature = {
  routes: operatorRoutes,
  nav: { label: 'Operators', path: operatorListUrl(), permission: 'operators:read', order: 20 },
};
