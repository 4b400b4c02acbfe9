import { createFileStore, defineModule } from '@clientele/subgraph-kit';
import { customerListModule } from '../customer-list';
import { customerStandingModule } from '../customer-standing';
import { customersModule } from '../customers';
import { partnersModule } from '../partners';
import { tagsModule } from '../tags';
import { CustomerExportEntity } from './customer-export.entity';
import { CustomerExportResolver } from './customer-export.resolver';
import { customerExportRoutes } from './customer-export.routes';
import { CUSTOMER_EXPORT_QUEUE, CustomerExportService, customerExportJobData } from './customer-export.service';
import { CustomerExports1766900300000 } from './migrations/1766900300000-customer-exports';

/** Exports of the customer list: CSV files streamed from PostgreSQL to the file store in the background. */
export const customerExportModule = defineModule({
  name: 'customer-export',
  dependsOn: {
    customers: customersModule,
    list: customerListModule,
    standing: customerStandingModule,
    tags: tagsModule,
    partners: partnersModule,
  },
  entities: [CustomerExportEntity],
  migrations: [CustomerExports1766900300000],
  resolvers: [CustomerExportResolver],
  service: ({ dataSource, events, config, logger }, deps) =>
    new CustomerExportService(dataSource, events, createFileStore(config.fileStore), logger, deps),
  prepare: async (exports, { events }) => {
    // One at a time per process: an export is long, and two would share the same two cores.
    await events.work({
      name: CUSTOMER_EXPORT_QUEUE,
      data: customerExportJobData,
      handle: (job) => exports.execute(job),
      jobsPerFetch: 1,
    });
  },
  routes: customerExportRoutes,
});
