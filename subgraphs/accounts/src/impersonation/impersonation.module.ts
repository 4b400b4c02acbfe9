import { defineModule } from '@clientele/subgraph-kit';
import { auditModule } from '../audit';
import { credentialsModule } from '../credentials';
import { operatorsModule } from '../operators';
import { ImpersonationResolver } from './impersonation.resolver';
import { ImpersonationService } from './impersonation.service';

/** "Log in as customer": a short, audited portal session that names the operator behind it. */
export const impersonationModule = defineModule({
  name: 'impersonation',
  dependsOn: { operators: operatorsModule, credentials: credentialsModule, audit: auditModule },
  resolvers: [ImpersonationResolver],
  service: ({ dataSource }, { operators, credentials, audit }) =>
    new ImpersonationService(
      dataSource,
      operators,
      credentials.sessions,
      credentials.tokens,
      credentials.throttle,
      audit,
    ),
  prepare: (impersonation, { logger }) => {
    impersonation.startSweeping(logger);
    return Promise.resolve();
  },
});
