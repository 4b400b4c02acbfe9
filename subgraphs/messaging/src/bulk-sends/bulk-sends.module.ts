import { defineModule } from '@clientele/subgraph-kit';
import { customerProjectionModule } from '../customer-projection';
import { deliveryConfigOf } from '../delivery-config';
import { messagesModule } from '../messages';
import { recipientsModule } from '../recipients';
import { templatesModule } from '../templates';
import { MessageBatchEntity } from './message-batch.entity';
import { BatchErrorCode } from './message-batch.inputs';
import { MessageBatchResolver } from './message-batch.resolver';
import { messageBatchRoutes } from './message-batch.routes';
import { MessageBatchService } from './message-batch.service';
import { MessageBatches1765300000100 } from './migrations/1765300000100-message-batches';

/** Bulk sends: one message to many customers, queued set-based, with progress and cancelling. */
export const bulkSendsModule = defineModule({
  name: 'bulk-sends',
  dependsOn: {
    messages: messagesModule,
    templates: templatesModule,
    recipients: recipientsModule,
    customers: customerProjectionModule,
  },
  entities: [MessageBatchEntity],
  migrations: [MessageBatches1765300000100],
  resolvers: [MessageBatchResolver],
  errorCodes: BatchErrorCode,
  service: ({ dataSource, config }, { messages, templates, recipients, customers }) =>
    new MessageBatchService(
      dataSource,
      messages,
      templates,
      recipients,
      customers,
      deliveryConfigOf(config).bulkSendPageSize,
    ),
  internalRoutes: messageBatchRoutes,
});
