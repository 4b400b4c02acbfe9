import { DEMO, defineSubgraph } from '@clientele/subgraph-kit';
import { billToModule } from './bill-to';
import { billingAccountsModule } from './billing-accounts';
import { billingRunsModule } from './billing-runs';
import { billingSettingsModule } from './billing-settings';
import { creditsModule } from './credits';
import { invoiceDocumentsModule } from './invoice-documents';
import { invoiceLifecycleModule } from './invoice-lifecycle';
import { invoicesModule } from './invoices';
import { ledgerModule } from './ledger';
import { quotesModule } from './quotes';
import { recipientChargesModule } from './recipient-charges';
import { servicesModule } from './services';
import { usageModule } from './usage';
import { Initial1763700000000 } from './migrations/1763700000000-initial';
import { seedBillingDemo } from './seed/demo.seed';

/** Billing accounts, the credit ledger, credit operations and invoices. Add a module here, once. */
export const billingSubgraph = defineSubgraph({
  service: 'billing',
  modules: [
    billingAccountsModule,
    ledgerModule,
    creditsModule,
    billToModule,
    invoicesModule,
    invoiceLifecycleModule,
    billingSettingsModule,
    servicesModule,
    recipientChargesModule,
    usageModule,
    billingRunsModule,
    invoiceDocumentsModule,
    quotesModule,
  ],
  baselineMigrations: [Initial1763700000000],
  seedDemo: async ({ dataSource, logger }) => {
    await seedBillingDemo(dataSource, { customers: DEMO.customerCount, logger });
  },
});
