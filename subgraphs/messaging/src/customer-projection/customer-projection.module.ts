import { defineModule } from '@clientele/subgraph-kit';
import { createCustomerProjectionLoaders } from './customer-projection.loaders';
import { customerReference } from './customer.reference';
import { MessagingCustomerType } from './customer.type';
import { MessagingCustomers } from './messaging-customers';
import { ProjectedCustomerEntity } from './projected-customer.entity';

/**
 * Messaging's projection of accounts' customers, and so the Customer entity in this subgraph:
 * a customer resolves here only for a caller who may see it, before any of its messages are read.
 */
export const customerProjectionModule = defineModule({
  name: 'customer-projection',
  entities: [ProjectedCustomerEntity],
  types: [MessagingCustomerType],
  references: customerReference,
  permissions: ['messaging:read'],
  service: ({ dataSource }) => new MessagingCustomers(dataSource),
  loaders: createCustomerProjectionLoaders,
  subscriptions: (projection) => [projection.subscription('messaging.record-customer')],
});
