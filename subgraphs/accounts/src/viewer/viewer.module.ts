import { defineModule } from '@clientele/subgraph-kit';
import { apiKeysModule } from '../api-keys';
import { customersModule } from '../customers';
import { membersModule } from '../members';
import { operatorsModule } from '../operators';
import { partnersModule } from '../partners';
import { platformModule } from '../platform';
import { ViewerResolver } from './viewer.resolver';
import { ViewerService } from './viewer.service';

/** `viewer`: who is calling, whatever kind of caller, and what they may do. */
export const viewerModule = defineModule({
  name: 'viewer',
  dependsOn: {
    operators: operatorsModule,
    staff: platformModule,
    apiKeys: apiKeysModule,
    members: membersModule,
    customers: customersModule,
    partners: partnersModule,
  },
  resolvers: [ViewerResolver],
  permissions: ['self:read'],
  service: (_runtime, sources) => new ViewerService(sources),
});
