import { defineModule } from '@clientele/subgraph-kit';
import { credentialsModule } from '../credentials';
import { customersModule } from '../customers';
import { MemberEntity } from './member.entity';
import { createMemberLoaders } from './member.loaders';
import { CustomerMembersResolver } from './member.resolver';
import { MemberService } from './member.service';

/** The people on a customer account and their portal credentials. */
export const membersModule = defineModule({
  name: 'members',
  dependsOn: { customers: customersModule, credentials: credentialsModule },
  entities: [MemberEntity],
  resolvers: [CustomerMembersResolver],
  service: ({ dataSource }, { customers, credentials }) =>
    new MemberService(dataSource, customers, credentials.invitations, credentials.throttle),
  loaders: createMemberLoaders,
});
