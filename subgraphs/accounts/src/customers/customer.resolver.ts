import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ResellerType, resellerKey } from '../partners';
import {
  CustomerCreateInput,
  CustomerCreatePayload,
  CustomerUpdateInput,
  CustomerUpdatePayload,
} from './customer.inputs';
import type { CustomersContext } from './customer.loaders';
import type { CustomerService } from './customer.service';
import { CustomerType } from './customer.type';

@Resolver(() => CustomerType)
export class CustomerResolver {
  constructor(private readonly customerService: CustomerService) {}

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

  @FieldResolver(() => [String], { description: 'Words that find the account, each unique within the partner.' })
  @Requires('customers:read')
  keywords(@Root() customer: CustomerType, @Ctx() context: CustomersContext): Promise<string[]> {
    return context.loaders.keywordsByCustomerId.load(customer.id);
  }

  @FieldResolver(() => ResellerType, { nullable: true, description: 'The reseller the account belongs to, if any.' })
  @Requires('customers:read')
  async reseller(@Root() customer: CustomerType, @Ctx() context: CustomersContext): Promise<ResellerType | null> {
    if (!customer.resellerId) return null;
    return context.loaders.resellerByKey.load(resellerKey(customer.partnerId, customer.resellerId));
  }

  @Mutation(() => CustomerCreatePayload, { description: 'Opens a new customer account.' })
  @Requires('customers:write')
  customerCreate(
    @Arg('input', { description: 'The new account.' }) input: CustomerCreateInput,
    @Ctx() context: CustomersContext,
  ): Promise<CustomerCreatePayload> {
    return this.customerService.create(context, input);
  }

  @Mutation(() => CustomerUpdatePayload, {
    description: 'Changes the given fields of a customer account; a change to nothing records nothing.',
  })
  @Requires('customers:write')
  customerUpdate(
    @Arg('input', { description: 'The account and the fields to change.' }) input: CustomerUpdateInput,
    @Ctx() context: CustomersContext,
  ): Promise<CustomerUpdatePayload> {
    return this.customerService.update(context, input);
  }
}
