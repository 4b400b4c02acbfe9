import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CustomerType } from '../customers';
import {
  CustomerTagsAddInput,
  CustomerTagsAddPayload,
  CustomerTagsRemoveInput,
  CustomerTagsRemovePayload,
} from './tag.inputs';
import type { TagsContext } from './tag.loaders';
import { type TagService, assertStaff } from './tag.service';
import { TagCountType } from './tag.type';

@Resolver(() => CustomerType)
export class CustomerTagsResolver {
  constructor(private readonly service: TagService) {}

  @FieldResolver(() => [String], { description: 'The account’s tags, in alphabetical order.' })
  @Requires('customers:read')
  tags(@Root() customer: CustomerType, @Ctx() context: TagsContext): Promise<string[]> {
    assertStaff(context.caller);
    return context.loaders.tagsByCustomerId.load(customer.id);
  }

  @Query(() => [TagCountType], {
    description: 'The tags on the customer accounts the caller may see, with how many carry each; the 500 most used.',
  })
  @Requires('customers:read')
  customerTags(@Ctx() context: TagsContext): Promise<TagCountType[]> {
    assertStaff(context.caller);
    return this.service.counts(context.caller);
  }

  @Mutation(() => CustomerTagsAddPayload, {
    description: 'Puts tags on customer accounts; a tag an account already carries is left as it is.',
  })
  @Requires('customers:write')
  customerTagsAdd(
    @Arg('input', { description: 'The accounts and the tags.' }) input: CustomerTagsAddInput,
    @Ctx() context: TagsContext,
  ): Promise<CustomerTagsAddPayload> {
    return this.service.add(context, input);
  }

  @Mutation(() => CustomerTagsRemovePayload, {
    description: 'Takes tags off customer accounts; a tag an account does not carry is ignored.',
  })
  @Requires('customers:write')
  customerTagsRemove(
    @Arg('input', { description: 'The accounts and the tags.' }) input: CustomerTagsRemoveInput,
    @Ctx() context: TagsContext,
  ): Promise<CustomerTagsRemovePayload> {
    return this.service.remove(context, input);
  }
}
