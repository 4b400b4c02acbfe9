import { defineModule } from '@clientele/subgraph-kit';
import { credentialsModule } from '../credentials';
import { partnersModule } from '../partners';
import { platformModule } from '../platform';
import { DeactivatedWithoutPassword1764500000000 } from './migrations/1764500000000-deactivated-without-password';
import { OperatorEntity } from './operator.entity';
import { createOperatorLoaders } from './operator.loaders';
import { OperatorResolver } from './operator.resolver';
import { OperatorService } from './operator.service';

/** A partner's staff: invited, given a role and maybe a reseller limit, deactivated but never deleted. */
export const operatorsModule = defineModule({
  name: 'operators',
  dependsOn: { credentials: credentialsModule, partners: partnersModule, platform: platformModule },
  entities: [OperatorEntity],
  migrations: [DeactivatedWithoutPassword1764500000000],
  resolvers: [OperatorResolver],
  permissions: ['operators:read', 'operators:manage'],
  service: ({ dataSource }, { credentials, partners, platform }) =>
    new OperatorService(dataSource, credentials.sessions, credentials.invitations, partners, platform),
  loaders: createOperatorLoaders,
});
