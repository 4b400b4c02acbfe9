import { defineModule } from '@clientele/subgraph-kit';
import { customersModule } from '../customers';
import { membersModule } from '../members';
import { operatorsModule } from '../operators';
import { recipientRoutes } from './recipients.routes';
import { RecipientService } from './recipients.service';

/** Customers' and the partner's owners' names and addresses for the messaging subgraph, over internal routes. */
export const recipientsModule = defineModule({
  name: 'recipients',
  dependsOn: { customers: customersModule, members: membersModule, operators: operatorsModule },
  service: ({ dataSource }, { customers, members, operators }) =>
    new RecipientService(dataSource, customers, members, operators),
  internalRoutes: recipientRoutes,
});
