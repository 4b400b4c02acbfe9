import type { Feature } from '../platform/feature';
import { customerRoutes } from './routes';
import { customerListUrl } from './urls';

/** The customer list, which every operator sees, and logging in as a customer. */
export const customersFeature: Feature = {
  routes: customerRoutes,
  nav: { label: 'Customers', path: customerListUrl(), order: 10 },
};

export { customerListUrl, customerUrl } from './urls';
