import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OperatorType, type OperatorLoaders } from '../operators';
import {
  CustomerListViewCreateInput,
  CustomerListViewDeleteInput,
  CustomerListViewDeletePayload,
  CustomerListViewPayload,
  CustomerListViewUpdateInput,
} from './customer-list-view.inputs';
import type { CustomerListViewService } from './customer-list-view.service';
import { CustomerListViewType } from './customer-list-view.type';

type ViewsContext = RequestContext<OperatorLoaders>;

@Resolver(() => CustomerListViewType)
export class CustomerListViewResolver {
  constructor(private readonly views: CustomerListViewService) {}

  @Query(() => [CustomerListViewType], {
    description: 'The caller’s saved views of the customer list and those shared in their partner, by name.',
  })
  @Requires('customers:read')
  customerListViews(@Ctx() context: RequestContext): Promise<CustomerListViewType[]> {
    return this.views.list(context.caller);
  }

  @Mutation(() => CustomerListViewPayload, {
    description: 'Saves the customer list’s filter, order and columns under a name, private or shared.',
  })
  @Requires('customers:read')
  customerListViewCreate(
    @Arg('input', { description: 'The view.' }) input: CustomerListViewCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<CustomerListViewPayload> {
    return this.views.create(context, input);
  }

  @Mutation(() => CustomerListViewPayload, {
    description: 'Changes a saved view: its owner may, and an OWNER or ADMIN may change a shared one.',
  })
  @Requires('customers:read')
  customerListViewUpdate(
    @Arg('input', { description: 'The view and what to change.' }) input: CustomerListViewUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<CustomerListViewPayload> {
    return this.views.update(context, input);
  }

  @Mutation(() => CustomerListViewDeletePayload, {
    description: 'Deletes a saved view: its owner may, and an OWNER or ADMIN may delete a shared one.',
  })
  @Requires('customers:read')
  customerListViewDelete(
    @Arg('input', { description: 'The view to delete.' }) input: CustomerListViewDeleteInput,
    @Ctx() context: RequestContext,
  ): Promise<CustomerListViewDeletePayload> {
    return this.views.delete(context, input);
  }

  @FieldResolver(() => OperatorType, { nullable: true, description: 'The operator who saved it.' })
  @Requires('operators:read')
  owner(@Root() view: CustomerListViewType, @Ctx() context: ViewsContext): Promise<OperatorType | null> {
    return context.loaders.operatorById.load(view.ownerId);
  }
}
