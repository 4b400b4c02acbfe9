import { buildFederatedSchema } from '@clientele/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { BillingContext } from './context';
import { customerReference } from './customers/customer.reference';
import { BillingCustomerResolver } from './customers/customer.resolver';
import { BillingCustomerType } from './customers/customer.type';

export function buildBillingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<BillingContext>({
    resolvers: [BillingCustomerResolver],
    orphanedTypes: [BillingCustomerType],
    references: customerReference,
  });
}
