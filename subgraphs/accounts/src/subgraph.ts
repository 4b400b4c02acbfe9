import { DEMO, defineSubgraph } from '@clientele/subgraph-kit';
import { apiKeysModule } from './api-keys';
import { auditModule } from './audit';
import { credentialsModule } from './credentials';
import { customerBulkModule } from './customer-bulk';
import { customerExportModule } from './customer-export';
import { customerLifecycleModule } from './customer-lifecycle';
import { customerListModule } from './customer-list';
import { customerViewsModule } from './customer-views';
import { customersModule } from './customers';
import { customerStandingModule, requestStandingRebuilds } from './customer-standing';
import { impersonationModule } from './impersonation';
import { membersModule } from './members';
import { notesModule } from './notes';
import { Initial1763700000000 } from './migrations/1763700000000-initial';
import { Identity1763800000000 } from './migrations/1763800000000-identity';
import { PartnerProvisioner, onboardingModule } from './onboarding';
import { operatorsModule } from './operators';
import { partnersModule } from './partners';
import { platformModule } from './platform';
import { portalModule } from './portal';
import { billingProfilesModule } from './billing-profiles';
import { recipientsModule } from './recipients';
import { seedAccountsDemo } from './seed/demo.seed';
import { signInModule } from './sign-in';
import { tagsModule } from './tags';
import { viewerModule } from './viewer';

/** Customers, members, operators, partners and identity. Add a module here, once. */
export const accountsSubgraph = defineSubgraph({
  service: 'accounts',
  modules: [
    credentialsModule,
    partnersModule,
    platformModule,
    operatorsModule,
    onboardingModule,
    customersModule,
    customerLifecycleModule,
    membersModule,
    notesModule,
    tagsModule,
    customerStandingModule,
    customerListModule,
    recipientsModule,
    customerBulkModule,
    billingProfilesModule,
    portalModule,
    apiKeysModule,
    auditModule,
    impersonationModule,
    viewerModule,
    signInModule,
    customerExportModule,
    customerViewsModule,
  ],
  baselineMigrations: [Initial1763700000000, Identity1763800000000],
  seedDemo: async ({ dataSource, events, logger }) => {
    const seeded = await seedAccountsDemo(dataSource, new PartnerProvisioner(dataSource), {
      customers: DEMO.customerCount,
      logger,
    });
    // Billing's and messaging's demo seeds write balances and messages without events, so the
    // list's projection learns them from a rebuild; its job retries until both have seeded and answer.
    if (seeded) await requestStandingRebuilds(dataSource, events, [DEMO.partnerId]);
  },
});
