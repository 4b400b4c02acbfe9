import { type SubgraphRuntime, defineModule } from '@clientele/subgraph-kit';
import type { AccountsConfig } from '../config';
import { auditModule } from '../audit';
import { customerLifecycleModule } from '../customer-lifecycle';
import { customerListModule } from '../customer-list';
import { customerStandingModule } from '../customer-standing';
import { customersModule } from '../customers';
import { partnersModule } from '../partners';
import { tagsModule } from '../tags';
import { BulkMessages } from './bulk-messages';
import { BulkOperationEntity, BulkOutcomeEntity } from './bulk-operation.entity';
import { bulkErrorCodes } from './bulk-operation.inputs';
import { CustomerBulkOperationResolver, CustomerBulkOutcomeResolver } from './bulk-operation.resolver';
import { bulkOperationRoutes } from './bulk-operation.routes';
import { BULK_QUEUE, CustomerBulkService, bulkJobData } from './bulk-operation.service';
import { CustomerBulkOperations1766900200000 } from './migrations/1766900200000-customer-bulk-operations';
import { CustomerBulkPagedTarget1766900400100 } from './migrations/1766900400100-customer-bulk-paged-target';
import { CustomerBulkMessages1766900400200 } from './migrations/1766900400200-customer-bulk-messages';

/**
 * Bulk actions on customers: previewed, run in set-based pages (inside the request when small,
 * on the queue when large), cancellable between pages, with per-customer outcomes as a
 * connection and a CSV, and undoable. Each change goes through the module that owns it. Sending
 * an email or SMS is messaging's: the action asks it for one bulk send (`bulk-messages.ts`).
 */
export const customerBulkModule = defineModule({
  name: 'customer-bulk',
  dependsOn: {
    customers: customersModule,
    lifecycle: customerLifecycleModule,
    tags: tagsModule,
    partners: partnersModule,
    audit: auditModule,
    standing: customerStandingModule,
    list: customerListModule,
  },
  entities: [BulkOperationEntity, BulkOutcomeEntity],
  migrations: [
    CustomerBulkOperations1766900200000,
    CustomerBulkPagedTarget1766900400100,
    CustomerBulkMessages1766900400200,
  ],
  resolvers: [CustomerBulkOperationResolver, CustomerBulkOutcomeResolver],
  errorCodes: bulkErrorCodes,
  service: (
    { dataSource, events, logger, config, services }: SubgraphRuntime<AccountsConfig>,
    { customers, lifecycle, tags, partners, audit, standing, list },
  ) =>
    new CustomerBulkService(
      dataSource,
      events,
      { customers, lifecycle, tags, audit, standingSubquery: () => standing.rowsSubquery() },
      partners,
      list,
      config.bulkActions,
      logger,
      new BulkMessages(dataSource, services, logger),
    ),
  prepare: (bulk, { events }) =>
    events.work({ name: BULK_QUEUE, data: bulkJobData, handle: (job) => bulk.runJob(job) }),
  routes: bulkOperationRoutes,
});
