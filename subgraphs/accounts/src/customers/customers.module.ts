import { defineModule } from '@clientele/subgraph-kit';
import { partnersModule } from '../partners';
import { CustomerEntity } from './customer.entity';
import { createCustomerLoaders } from './customer.loaders';
import { customerReference } from './customer.reference';
import { CustomerResolver } from './customer.resolver';
import { CustomerService } from './customer.service';

/** Customer accounts: the `Customer` entity every subgraph extends. Every change to one goes through here. */
export const customersModule = defineModule({
  name: 'customers',
  dependsOn: { partners: partnersModule },
  entities: [CustomerEntity],
  resolvers: [CustomerResolver],
  references: customerReference,
  permissions: ['customers:read', 'customers:write', 'customers:impersonate'],
  service: ({ dataSource, events }, { partners }) => new CustomerService(dataSource, events, partners),
  loaders: createCustomerLoaders,
});
