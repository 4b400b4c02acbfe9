import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { CustomersArgs } from './customer-list.inputs';
import type { CustomerListService } from './customer-list.service';
import { CustomerConnection } from './customer-list.type';

@Resolver()
export class CustomerListResolver {
  constructor(private readonly customerList: CustomerListService) {}

  @Query(() => CustomerConnection, {
    description:
      'The customer accounts the caller may see that the filter finds, a page at a time. A malformed or unknown filter value is a BAD_USER_INPUT error naming the field.',
  })
  @Requires('customers:read')
  customers(@Args() args: CustomersArgs, @Ctx() context: RequestContext): Promise<CustomerConnection> {
    return this.customerList.list(context.caller, args);
  }
}
