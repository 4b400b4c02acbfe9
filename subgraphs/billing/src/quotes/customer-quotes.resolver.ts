import { Requires } from '@clientele/subgraph-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BillingCustomerType } from '../billing-accounts';
import { CustomerQuotesArgs } from './quote.inputs';
import type { QuoteContext } from './quote.loaders';
import { QuoteConnection } from './quote.type';

@Resolver(() => BillingCustomerType)
export class CustomerQuotesResolver {
  @FieldResolver(() => QuoteConnection, {
    nullable: true,
    description: 'The quotes offered to the customer, newest first. Null for a moment after the account is created.',
  })
  @Requires('billing:read')
  quotes(
    @Root() customer: BillingCustomerType,
    @Args() args: CustomerQuotesArgs,
    @Ctx() context: QuoteContext,
  ): Promise<QuoteConnection | null> {
    if (!customer.accountOpen) return Promise.resolve(null);
    const { statuses, ...page } = args;
    // Entities reach here only through the tenant-checked reference resolver.
    return context.loaders.quotesOfCustomer(statuses ?? null).load({ ownerId: customer.id, args: page });
  }
}
