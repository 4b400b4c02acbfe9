import { defineModule } from '@clientele/subgraph-kit';
import { customersModule } from '../customers';
import { billingProfileRoutes } from './billing-profiles.routes';

/** Whom invoices are billed to, for the billing subgraph, which never reads accounts' tables. */
export const billingProfilesModule = defineModule({
  name: 'billing-profiles',
  dependsOn: { customers: customersModule },
  service: (_runtime, { customers }) => customers,
  internalRoutes: billingProfileRoutes,
});
