import { defineModule } from '@clientele/subgraph-kit';
import { deliveryConfigOf } from '../delivery-config';
import { customerProjectionModule } from '../customer-projection';
import { recipientsModule } from '../recipients';
import { templatesModule } from '../templates';
import { CustomerMessagesResolver } from './customer-messages.resolver';
import { DeliveryQueue } from './delivery-queue';
import { MessageAttemptEntity, MessageEntity, OptOutEntity } from './message.entity';
import { MessageErrorCode } from './message.inputs';
import { createMessageLoaders } from './message.loaders';
import { MessageResolver } from './message.resolver';
import { MessageService } from './message.service';
import { Delivery1765300000000 } from './migrations/1765300000000-delivery';
import { Notices1766000000000 } from './migrations/1766000000000-notices';
import { MessagesWithoutDirectoryKey1766500000000 } from './migrations/1766500000000-messages-without-directory-key';
import { standingRoutes } from './standing.routes';

/**
 * Emails and SMS to customers: sending (one, a notice, or many at once), their delivery queue and
 * attempts, and each customer's history. Read only for customers the projection has let through.
 */
export const messagesModule = defineModule({
  name: 'messages',
  dependsOn: { customers: customerProjectionModule, templates: templatesModule, recipients: recipientsModule },
  entities: [MessageEntity, MessageAttemptEntity, OptOutEntity],
  migrations: [Delivery1765300000000, Notices1766000000000, MessagesWithoutDirectoryKey1766500000000],
  resolvers: [CustomerMessagesResolver, MessageResolver],
  errorCodes: MessageErrorCode,
  service: ({ dataSource, config, logger, events }, { templates, recipients }) => {
    const delivery = deliveryConfigOf(config);
    const queue = new DeliveryQueue({
      connectionString: config.databaseUrl,
      schema: config.queueSchema,
      logger,
      maxAttempts: delivery.maxAttempts,
      retryDelaySeconds: delivery.retryDelaySeconds,
      jobExpireSeconds: delivery.jobExpireSeconds,
    });
    return new MessageService(dataSource, queue, templates, recipients, logger, events);
  },
  prepare: (service) => service.queue.start(),
  loaders: createMessageLoaders,
  internalRoutes: standingRoutes,
});
