import { defineModule } from '@clientele/subgraph-kit';
import { CustomerStandingEntity, StandingInvoiceEntity, StandingRebuildEntity } from './customer-standing.entity';
import { CustomerStandingService } from './customer-standing.service';
import { CustomerStanding1766900000000 } from './migrations/1766900000000-customer-standing';
import { CustomerStandingRebuilds1766900020000 } from './migrations/1766900020000-customer-standing-rebuilds';
import { STANDING_REBUILD_QUEUE, standingRebuildJob } from './standing-rebuild.service';

/**
 * The customer list's search projection: balances, amounts owed, low credit and last messaged,
 * kept in accounts from billing's and messaging's events so the list filters and sorts on them,
 * and rebuilt from billing and messaging on request (`pnpm --filter @clientele/accounts standing:rebuild`).
 */
export const customerStandingModule = defineModule({
  name: 'customer-standing',
  entities: [CustomerStandingEntity, StandingInvoiceEntity, StandingRebuildEntity],
  migrations: [CustomerStanding1766900000000, CustomerStandingRebuilds1766900020000],
  service: ({ dataSource, events, services, logger }) =>
    new CustomerStandingService(dataSource, events, services, logger),
  subscriptions: (standing) => standing.subscriptions(),
  // Rebuilds wait on the queue, which keeps them across restarts.
  prepare: (standing, { events }) =>
    events.work({
      name: STANDING_REBUILD_QUEUE,
      data: standingRebuildJob,
      handle: (job) => standing.rebuilds.work(job),
    }),
});
