import { Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CustomerCreateInput, CustomerCreatePayload, CustomersArgs } from './customer.inputs';
import type { CustomersContext } from './customer.loaders';
import type { CustomerService } from './customer.service';
import { CustomerConnection, CustomerType } from './customer.type';

@Resolver(() => CustomerType)
export class CustomerResolver {
  constructor(private readonly customerService: CustomerService) {}

  @Query(() => CustomerConnection, { description: 'The customer accounts the caller may see, a page at a time.' })
  @Requires('customers:read')
  customers(@Args() args: CustomersArgs, @Ctx() context: CustomersContext): Promise<CustomerConnection> {
    return this.customerService.list(context.caller, args);
  }

  @Query(() => CustomerType, {
    nullable: true,
    description: 'One customer account, or null if it is not visible to the caller.',
  })
  @Requires('customers:read')
  async customer(
    @Arg('id', () => ID, { description: 'Id of the customer account.' }) id: string,
    @Ctx() context: CustomersContext,
  ): Promise<CustomerType | null> {
    return context.loaders.customerById.load(id);
  }

  @Mutation(() => CustomerCreatePayload, { description: 'Opens a new customer account.' })
  @Requires('customers:write')
  customerCreate(
    @Arg('input', { description: 'The new account.' }) input: CustomerCreateInput,
    @Ctx() context: CustomersContext,
  ): Promise<CustomerCreatePayload> {
    return this.customerService.create(context.caller, input);
  }
}
