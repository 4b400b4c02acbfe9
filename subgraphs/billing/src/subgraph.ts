import { DEMO, defineSubgraph } from '@clientele/subgraph-kit';
import { billingAccountsModule } from './billing-accounts';
import { creditsModule } from './credits';
import { ledgerModule } from './ledger';
import { Initial1763700000000 } from './migrations/1763700000000-initial';
import { seedBillingDemo } from './seed/demo.seed';

/** Billing accounts, the credit ledger and credit operations. Add a module here, once. */
export const billingSubgraph = defineSubgraph({
  service: 'billing',
  modules: [billingAccountsModule, ledgerModule, creditsModule],
  baselineMigrations: [Initial1763700000000],
  seedDemo: async ({ dataSource, logger }) => {
    await seedBillingDemo(dataSource, { customers: DEMO.customerCount, logger });
  },
});
