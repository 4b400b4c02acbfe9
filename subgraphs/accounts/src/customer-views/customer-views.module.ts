import { defineModule } from '@clientele/subgraph-kit';
import { customerListModule } from '../customer-list';
import { operatorsModule } from '../operators';
import { CustomerListViewEntity } from './customer-list-view.entity';
import { CustomerListViewResolver } from './customer-list-view.resolver';
import { CustomerListViewService } from './customer-list-view.service';
import { CustomerListViews1766900300100 } from './migrations/1766900300100-customer-list-views';

/** Saved views of the customer list: an operator's filter, order and columns, private or shared. */
export const customerViewsModule = defineModule({
  name: 'customer-views',
  dependsOn: { customerList: customerListModule, operators: operatorsModule },
  entities: [CustomerListViewEntity],
  migrations: [CustomerListViews1766900300100],
  resolvers: [CustomerListViewResolver],
  service: ({ dataSource }, { customerList }) => new CustomerListViewService(dataSource, customerList),
});
