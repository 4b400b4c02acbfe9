import { Requires } from '@clientele/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../context';
import { CustomerType } from '../customers/customer.type';
import { MemberType, toMemberType } from './member.type';

@Resolver(() => CustomerType)
export class CustomerMembersResolver {
  @FieldResolver(() => [MemberType], { description: 'People on the account, the owner first.' })
  @Requires('customers:read')
  async members(@Root() customer: CustomerType, @Ctx() context: AccountsContext): Promise<MemberType[]> {
    const members = await context.loaders.membersByCustomerId.load(customer.id);
    return members.map(toMemberType);
  }
}
