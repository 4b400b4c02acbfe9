import { defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import { Services1766610001000 } from './migrations/1766610001000-services';
import { ServiceEntity } from './service.entity';
import { createServiceLoaders } from './services.loaders';
import { ServicesResolver } from './services.resolver';
import { ServicesService } from './services.service';

/** Customers' services: billable subscriptions, ended by removal or by the customer's cancellation. */
export const servicesModule = defineModule({
  name: 'services',
  dependsOn: { accounts: billingAccountsModule },
  entities: [ServiceEntity],
  migrations: [Services1766610001000],
  resolvers: [ServicesResolver],
  service: ({ dataSource }, { accounts }) => new ServicesService(dataSource, accounts),
  loaders: createServiceLoaders,
  subscriptions: (service) => service.subscriptions(),
});
