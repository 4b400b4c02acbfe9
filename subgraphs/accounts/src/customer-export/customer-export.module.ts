import { z } from 'zod';
import { type SubgraphRuntime, createFileStore, defineModule } from '@clientele/subgraph-kit';
import type { AccountsConfig } from '../config';
import { customerListModule } from '../customer-list';
import { customerStandingModule } from '../customer-standing';
import { customersModule } from '../customers';
import { partnersModule } from '../partners';
import { tagsModule } from '../tags';
import { CustomerExportEntity } from './customer-export.entity';
import { CustomerExportResolver } from './customer-export.resolver';
import { customerExportRoutes } from './customer-export.routes';
import {
  CUSTOMER_EXPORT_QUEUE,
  CustomerExportService,
  EXPIRE_CUSTOMER_EXPORTS_QUEUE,
  customerExportJobData,
} from './customer-export.service';
import { CustomerExports1766900300000 } from './migrations/1766900300000-customer-exports';
import { CustomerExportsExpire1766900400002 } from './migrations/1766900400002-customer-exports-expire';

/** Every hour, at a minute of its own: the files of exports past their retention are removed. */
const EXPIRE_CUSTOMER_EXPORTS_CRON = '23 * * * *';

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
  migrations: [CustomerExports1766900300000, CustomerExportsExpire1766900400002],
  resolvers: [CustomerExportResolver],
  service: ({ dataSource, events, config, logger }: SubgraphRuntime<AccountsConfig>, deps) =>
    new CustomerExportService(
      dataSource,
      events,
      createFileStore(config.fileStore),
      logger,
      config.customerExports.retentionDays,
      deps,
    ),
  prepare: async (exports, { events, logger }) => {
    // One at a time per process: an export is long, and two would share the same two cores.
    await events.work({
      name: CUSTOMER_EXPORT_QUEUE,
      data: customerExportJobData,
      handle: (job) => exports.execute(job),
      jobsPerFetch: 1,
    });
    await events.schedule(
      {
        name: EXPIRE_CUSTOMER_EXPORTS_QUEUE,
        data: z.object({}),
        handle: async () => {
          const expired = await exports.expireDue();
          if (expired > 0) logger.info({ expired }, 'removed the files of expired customer exports');
        },
      },
      EXPIRE_CUSTOMER_EXPORTS_CRON,
      {},
    );
  },
  routes: customerExportRoutes,
});
