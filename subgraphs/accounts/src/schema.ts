import { buildFederatedSchema } from '@clientele/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { ClassType, NonEmptyArray } from 'type-graphql';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { AuditResolver } from './audit/audit.resolver';
import type { AccountsContext } from './context';
import { customerReference } from './customers/customer.reference';
import { CustomerResolver } from './customers/customer.resolver';
import { ImpersonationResolver } from './impersonation/impersonation.resolver';
import { CustomerMembersResolver } from './members/member.resolver';
import { OperatorResolver } from './operators/operator.resolver';
import { PartnerResolver } from './partners/partner.resolver';
import { PortalResolver } from './portal/portal.resolver';
import type { AccountsServices } from './services';
import { ViewerResolver } from './viewer/viewer.resolver';

/** The accounts subgraph's schema; with no services it can still be printed. */
export function buildAccountsSchema(services?: AccountsServices): Promise<GraphQLSchema> {
  const instances: [ClassType, unknown][] = services
    ? [
        [CustomerResolver, new CustomerResolver(services.customers)],
        [CustomerMembersResolver, new CustomerMembersResolver()],
        [OperatorResolver, new OperatorResolver(services.operators)],
        [PartnerResolver, new PartnerResolver(services.partners)],
        [ApiKeyResolver, new ApiKeyResolver(services.apiKeys)],
        [AuditResolver, new AuditResolver(services.audit)],
        [ImpersonationResolver, new ImpersonationResolver(services.impersonation)],
        [PortalResolver, new PortalResolver(services.portal)],
        [ViewerResolver, new ViewerResolver(services.viewers)],
      ]
    : [];
  const resolvers = new Map<unknown, unknown>(instances);
  const resolverClasses: NonEmptyArray<ClassType> = [
    CustomerResolver,
    CustomerMembersResolver,
    OperatorResolver,
    PartnerResolver,
    ApiKeyResolver,
    AuditResolver,
    ImpersonationResolver,
    PortalResolver,
    ViewerResolver,
  ];
  return buildFederatedSchema<AccountsContext>({
    resolvers: resolverClasses,
    references: customerReference,
    container: { get: (resolverClass) => resolvers.get(resolverClass) },
  });
}
