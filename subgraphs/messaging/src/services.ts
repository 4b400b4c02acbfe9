import {
  CUSTOMER_CREATED,
  type CustomerCreatedData,
  type EventSubscription,
  type SubgraphRuntime,
  customerCreatedData,
  defineSubscription,
} from '@clientele/subgraph-kit';
import { DirectoryService } from './directory/directory.service';
import { MessageService } from './messages/message.service';

export function createMessagingServices({ dataSource }: Pick<SubgraphRuntime, 'dataSource'>) {
  return {
    directory: new DirectoryService(dataSource),
    messages: new MessageService(dataSource),
  };
}

export type MessagingServices = ReturnType<typeof createMessagingServices>;

export function messagingSubscriptions(services: MessagingServices): EventSubscription<unknown>[] {
  return [
    defineSubscription<CustomerCreatedData>({
      event: CUSTOMER_CREATED,
      queue: 'messaging.record-customer',
      data: customerCreatedData,
      handle: (event) => services.directory.record(event),
    }),
  ];
}
