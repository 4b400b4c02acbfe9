import { defineModule } from '@clientele/subgraph-kit';
import { customerListModule } from '../customer-list';
import { membersModule } from '../members';
import { operatorsModule } from '../operators';
import { recipientRoutes } from './recipients.routes';
import { RecipientService } from './recipients.service';

/** Customers' and the partner's owners' names and addresses for the messaging subgraph, over internal routes. */
export const recipientsModule = defineModule({
  name: 'recipients',
  dependsOn: { customerList: customerListModule, members: membersModule, operators: operatorsModule },
  service: ({ dataSource }, { customerList, members, operators }) =>
    new RecipientService(dataSource, customerList, members, operators),
  internalRoutes: recipientRoutes,
});
