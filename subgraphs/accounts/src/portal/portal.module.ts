import { defineModule } from '@clientele/subgraph-kit';
import { credentialsModule } from '../credentials';
import { customersModule } from '../customers';
import { membersModule } from '../members';
import { operatorsModule } from '../operators';
import { PortalResolver } from './portal.resolver';
import { PortalService } from './portal.service';

/** The customer portal's own view of its account, for members and for operators logged in as the customer. */
export const portalModule = defineModule({
  name: 'portal',
  dependsOn: {
    customers: customersModule,
    members: membersModule,
    operators: operatorsModule,
    credentials: credentialsModule,
  },
  resolvers: [PortalResolver],
  permissions: ['portal:use', 'portal:security'],
  service: (_runtime, { customers, members, operators, credentials }) =>
    new PortalService(customers, members, operators, credentials.sessions),
});
