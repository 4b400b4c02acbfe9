import { defineModule } from '@clientele/subgraph-kit';
import { CustomerStandingEntity, StandingInvoiceEntity } from './customer-standing.entity';
import { CustomerStandingService } from './customer-standing.service';
import { CustomerStanding1766900000000 } from './migrations/1766900000000-customer-standing';

/**
 * The customer list's search projection: balances, amounts owed, low credit and last messaged,
 * kept in accounts from billing's and messaging's events so the list filters and sorts on them.
 */
export const customerStandingModule = defineModule({
  name: 'customer-standing',
  entities: [CustomerStandingEntity, StandingInvoiceEntity],
  migrations: [CustomerStanding1766900000000],
  service: ({ dataSource }) => new CustomerStandingService(dataSource),
});
