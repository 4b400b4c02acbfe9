import { defineModule } from '@clientele/subgraph-kit';
import { customersModule } from '../customers';
import { membersModule } from '../members';
import { recipientRoutes } from './recipients.routes';
import { RecipientService } from './recipients.service';

/** Customers' names and addresses for the messaging subgraph, over an internal route. */
export const recipientsModule = defineModule({
  name: 'recipients',
  dependsOn: { customers: customersModule, members: membersModule },
  service: (_runtime, { customers, members }) => new RecipientService(customers, members),
  internalRoutes: recipientRoutes,
});
