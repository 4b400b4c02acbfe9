import { defineModule } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { billToModule } from '../bill-to';
import { billingAccountsModule } from '../billing-accounts';
import { billingSettingsModule } from '../billing-settings';
import { invoicesModule } from '../invoices';
import { recipientChargesModule } from '../recipient-charges';
import { servicesModule } from '../services';
import { usageModule } from '../usage';
import { BillingRunEntity } from './billing-run.entity';
import { BILLING_RUN_ERRORS } from './billing-run.inputs';
import { BillingRunsResolver } from './billing-runs.resolver';
import {
  BILLING_RUN_QUEUE,
  BILLING_SCHEDULE_QUEUE,
  BillingRunsService,
  billingRunJobData,
} from './billing-runs.service';
import { BillingRuns1766610004000 } from './migrations/1766610004000-billing-runs';

/** Every day shortly after midnight UTC, once across every billing process. */
const BILLING_SCHEDULE_CRON = '20 0 * * *';

/**
 * Billing runs: the daily schedule and runs on demand that invoice customers for a calendar month
 * from their services, PAID recipients and usage, with tax and exchange rates from the settings.
 */
export const billingRunsModule = defineModule({
  name: 'billing-runs',
  dependsOn: {
    accounts: billingAccountsModule,
    settings: billingSettingsModule,
    services: servicesModule,
    recipients: recipientChargesModule,
    usage: usageModule,
    invoices: invoicesModule,
    billTo: billToModule,
  },
  entities: [BillingRunEntity],
  migrations: [BillingRuns1766610004000],
  resolvers: [BillingRunsResolver],
  errorCodes: BILLING_RUN_ERRORS,
  service: ({ dataSource, events, logger }, deps) => new BillingRunsService(dataSource, events, logger, deps),
  prepare: async (runs, { events, logger }) => {
    // Two at once, so a run for one customer need not wait behind a partner's whole run.
    await events.work({
      name: BILLING_RUN_QUEUE,
      data: billingRunJobData,
      handle: (job) => runs.execute(job),
      workers: 2,
      jobsPerFetch: 1,
    });
    await events.schedule(
      {
        name: BILLING_SCHEDULE_QUEUE,
        data: z.object({}),
        handle: async () => {
          const started = await runs.startScheduled();
          if (started > 0) logger.info({ started }, 'scheduled billing runs started');
        },
      },
      BILLING_SCHEDULE_CRON,
      {},
    );
  },
});
