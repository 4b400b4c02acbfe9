import { buildFederatedSchema } from '@clientele/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { AccountsContext } from './context';
import { customerReference } from './customers/customer.reference';
import { CustomerResolver } from './customers/customer.resolver';
import { CustomerMembersResolver } from './members/member.resolver';
import { OperatorResolver } from './operators/operator.resolver';
import type { AccountsServices } from './services';

/** The accounts subgraph's schema; with no services it can still be printed. */
export function buildAccountsSchema(services?: AccountsServices): Promise<GraphQLSchema> {
  const resolvers = new Map<unknown, unknown>(
    services
      ? [
          [CustomerResolver, new CustomerResolver(services.customers)],
          [CustomerMembersResolver, new CustomerMembersResolver()],
          [OperatorResolver, new OperatorResolver(services.operators)],
        ]
      : [],
  );
  return buildFederatedSchema<AccountsContext>({
    resolvers: [CustomerResolver, CustomerMembersResolver, OperatorResolver],
    references: customerReference,
    container: { get: (resolverClass) => resolvers.get(resolverClass) },
  });
}
