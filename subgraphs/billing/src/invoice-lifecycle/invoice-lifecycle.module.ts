import { defineModule } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { billToModule } from '../bill-to';
import { billingAccountsModule } from '../billing-accounts';
import { invoicesModule } from '../invoices';
import { ledgerModule } from '../ledger';
import { INVOICE_LIFECYCLE_ERRORS } from './lifecycle.inputs';
import { InvoiceLifecycleResolver } from './lifecycle.resolver';
import { InvoiceLifecycleService } from './lifecycle.service';

/** The queue whose scheduled job marks invoices past their due date OVERDUE. */
export const OVERDUE_SWEEP_QUEUE = 'billing.mark-invoices-overdue';

/** Every quarter of an hour, once across every billing process: a day's change is seen within 15 minutes. */
const OVERDUE_SWEEP_CRON = '*/15 * * * *';

/** A sweep job: every partner's invoices (the schedule's), or one partner's. */
export const overdueSweepData = z.object({ partnerId: z.guid().optional() });

/**
 * An invoice's life after pricing: hand-written drafts, issue, void, credit notes, payments and
 * the overdue sweep. Apart from `invoices` because issuing asks `bill-to`, which is built on the
 * invoices' own types.
 */
export const invoiceLifecycleModule = defineModule({
  name: 'invoice-lifecycle',
  dependsOn: {
    accounts: billingAccountsModule,
    invoices: invoicesModule,
    ledger: ledgerModule,
    billTo: billToModule,
  },
  resolvers: [InvoiceLifecycleResolver],
  errorCodes: INVOICE_LIFECYCLE_ERRORS,
  service: ({ dataSource }, { accounts, invoices, ledger, billTo }) =>
    new InvoiceLifecycleService(dataSource, invoices, accounts, ledger, billTo),
  prepare: (lifecycle, { events, logger }) =>
    events.schedule(
      {
        name: OVERDUE_SWEEP_QUEUE,
        data: overdueSweepData,
        handle: async (job) => {
          const overdue = await lifecycle.sweepOverdue(job.partnerId ?? null);
          if (overdue > 0) logger.info({ overdue, partnerId: job.partnerId }, 'invoices fell overdue');
        },
      },
      OVERDUE_SWEEP_CRON,
      {},
    ),
});
