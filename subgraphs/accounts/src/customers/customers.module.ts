import { defineModule } from '@clientele/subgraph-kit';
import { partnersModule } from '../partners';
import { AccountNumberResolver } from './account-number.resolver';
import { CustomerAccountNumberEntity, CustomerEntity, CustomerKeywordEntity } from './customer.entity';
import { createCustomerLoaders } from './customer.loaders';
import { customerReference } from './customer.reference';
import { CustomerResolver } from './customer.resolver';
import { CustomerService } from './customer.service';
import { CustomerDetails1765000000000 } from './migrations/1765000000000-customer-details';
import { AccountNumberHistory1765000100000 } from './migrations/1765000100000-account-number-history';
import { CustomerClosedAndErased1765000200001 } from './migrations/1765000200001-customer-closed-and-erased';
import { CustomerSearch1766900100000 } from './migrations/1766900100000-customer-search';
import { CustomersByStatusIndex1766900400001 } from './migrations/1766900400001-customers-by-status-index';

/** Customer accounts: the `Customer` entity every subgraph extends. Every change to one goes through here. */
export const customersModule = defineModule({
  name: 'customers',
  dependsOn: { partners: partnersModule },
  entities: [CustomerEntity, CustomerKeywordEntity, CustomerAccountNumberEntity],
  migrations: [
    CustomerDetails1765000000000,
    AccountNumberHistory1765000100000,
    CustomerClosedAndErased1765000200001,
    CustomerSearch1766900100000,
    CustomersByStatusIndex1766900400001,
  ],
  resolvers: [CustomerResolver, AccountNumberResolver],
  references: customerReference,
  permissions: ['customers:read', 'customers:write', 'customers:impersonate'],
  service: ({ dataSource, events }, { partners }) => new CustomerService(dataSource, events, partners),
  loaders: createCustomerLoaders,
});
