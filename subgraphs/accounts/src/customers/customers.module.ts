import { defineModule } from '@clientele/subgraph-kit';
import { partnersModule } from '../partners';
import { CustomerEntity, CustomerKeywordEntity } from './customer.entity';
import { createCustomerLoaders } from './customer.loaders';
import { customerReference } from './customer.reference';
import { CustomerResolver } from './customer.resolver';
import { CustomerService } from './customer.service';
import { CustomerDetails1765000000000 } from './migrations/1765000000000-customer-details';

/** Customer accounts: the `Customer` entity every subgraph extends. Every change to one goes through here. */
export const customersModule = defineModule({
  name: 'customers',
  dependsOn: { partners: partnersModule },
  entities: [CustomerEntity, CustomerKeywordEntity],
  migrations: [CustomerDetails1765000000000],
  resolvers: [CustomerResolver],
  references: customerReference,
  permissions: ['customers:read', 'customers:write', 'customers:impersonate'],
  service: ({ dataSource, events }, { partners }) => new CustomerService(dataSource, events, partners),
  loaders: createCustomerLoaders,
});
