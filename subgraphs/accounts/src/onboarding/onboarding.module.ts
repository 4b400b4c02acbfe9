import { defineModule } from '@clientele/subgraph-kit';
import { credentialsModule } from '../credentials';
import { operatorsModule } from '../operators';
import { OnboardingResolver } from './onboarding.resolver';
import { OnboardingService } from './onboarding.service';

/** New partners with their first owner, through the API (platform admins) or provisioned for the seed and tests. */
export const onboardingModule = defineModule({
  name: 'onboarding',
  dependsOn: { credentials: credentialsModule, operators: operatorsModule },
  resolvers: [OnboardingResolver],
  service: ({ dataSource }, { credentials, operators }) =>
    new OnboardingService(dataSource, operators, credentials.invitations),
});
