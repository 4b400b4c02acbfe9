import { defineModule } from '@clientele/subgraph-kit';
import { credentialsModule } from '../credentials';
import { customersModule } from '../customers';
import { MemberEntity } from './member.entity';
import { createMemberLoaders } from './member.loaders';
import { CustomerMembersResolver } from './member.resolver';
import { MemberService } from './member.service';
import { MemberDetails1765100000000 } from './migrations/1765100000000-member-details';
import { MemberSearch1766900100001 } from './migrations/1766900100001-member-search';

/** The people on a customer account and their portal credentials. */
export const membersModule = defineModule({
  name: 'members',
  dependsOn: { customers: customersModule, credentials: credentialsModule },
  entities: [MemberEntity],
  migrations: [MemberDetails1765100000000, MemberSearch1766900100001],
  resolvers: [CustomerMembersResolver],
  service: ({ dataSource, events }, { customers, credentials }) =>
    new MemberService(
      dataSource,
      events,
      customers,
      credentials.invitations,
      credentials.sessions,
      credentials.throttle,
    ),
  loaders: createMemberLoaders,
});
