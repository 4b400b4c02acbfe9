import { DEMO, defineSubgraph } from '@clientele/subgraph-kit';
import { apiKeysModule } from './api-keys';
import { auditModule } from './audit';
import { credentialsModule } from './credentials';
import { customerLifecycleModule } from './customer-lifecycle';
import { customerListModule } from './customer-list';
import { customersModule } from './customers';
import { customerStandingModule } from './customer-standing';
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
    billingProfilesModule,
    portalModule,
    apiKeysModule,
    auditModule,
    impersonationModule,
    viewerModule,
    signInModule,
  ],
  baselineMigrations: [Initial1763700000000, Identity1763800000000],
  seedDemo: ({ dataSource, logger }) =>
    seedAccountsDemo(dataSource, new PartnerProvisioner(dataSource), { customers: DEMO.customerCount, logger }).then(
      () => undefined,
    ),
});
