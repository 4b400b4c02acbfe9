import { defineModule } from '@clientele/subgraph-kit';
import { customerProjectionModule } from '../customer-projection';
import { CustomerMessagesResolver } from './customer-messages.resolver';
import { MessageEntity } from './message.entity';
import { createMessageLoaders } from './message.loaders';
import { MessageService } from './message.service';

/** Emails and SMS sent to customers; read only for customers the projection has let through. */
export const messagesModule = defineModule({
  name: 'messages',
  // Not for its service: a customer's messages are read only after its reference resolver let the customer through.
  dependsOn: { customers: customerProjectionModule },
  entities: [MessageEntity],
  resolvers: [CustomerMessagesResolver],
  service: ({ dataSource }) => new MessageService(dataSource),
  loaders: createMessageLoaders,
});
