import type { SubgraphRuntime } from '@clientele/subgraph-kit';
import { ACCESS_TOKEN_TTL_SECONDS, TokenService } from './auth/token.service';
import { CustomerService } from './customers/customer.service';
import { MemberService } from './members/member.service';
import { OperatorService } from './operators/operator.service';
import { PartnerService } from './partners/partner.service';

export function createAccountsServices({
  dataSource,
  events,
  config,
}: Pick<SubgraphRuntime, 'dataSource' | 'events' | 'config'>) {
  return {
    customers: new CustomerService(dataSource, events),
    members: new MemberService(dataSource),
    operators: new OperatorService(dataSource),
    partners: new PartnerService(dataSource),
    tokens: new TokenService(dataSource, {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    }),
  };
}

export type AccountsServices = ReturnType<typeof createAccountsServices>;
