import { defineModule } from '@clientele/subgraph-kit';
import { customerLifecycleModule } from '../customer-lifecycle';
import { customersModule } from '../customers';
import { membersModule } from '../members';
import { partnersModule } from '../partners';
import { tagsModule } from '../tags';
import { CustomerListResolver } from './customer-list.resolver';
import { CustomerListService } from './customer-list.service';

/**
 * Finding customers: the `customers` list with its search, filters, sorts and capped count, and
 * the same selection as SQL for bulk actions, exports and messages. It owns no table: each
 * condition is a subquery from the module that owns the rows.
 */
export const customerListModule = defineModule({
  name: 'customer-list',
  dependsOn: {
    customers: customersModule,
    members: membersModule,
    tags: tagsModule,
    lifecycle: customerLifecycleModule,
    partners: partnersModule,
  },
  resolvers: [CustomerListResolver],
  service: (_runtime, { customers, members, tags, lifecycle, partners }) =>
    new CustomerListService(customers, members, tags, lifecycle, partners, null),
});
