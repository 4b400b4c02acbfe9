import { buildFederatedSchema } from '@clientele/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { MessagingContext } from './context';
import { customerReference } from './customers/customer.reference';
import { MessagingCustomerResolver } from './customers/customer.resolver';
import { MessagingCustomerType } from './customers/customer.type';
import type { MessagingServices } from './services';

export function buildMessagingSchema(services?: MessagingServices): Promise<GraphQLSchema> {
  const resolvers = new Map<unknown, unknown>(
    services ? [[MessagingCustomerResolver, new MessagingCustomerResolver(services.messages)]] : [],
  );
  return buildFederatedSchema<MessagingContext>({
    resolvers: [MessagingCustomerResolver],
    orphanedTypes: [MessagingCustomerType],
    references: customerReference,
    container: { get: (resolverClass) => resolvers.get(resolverClass) },
  });
}
