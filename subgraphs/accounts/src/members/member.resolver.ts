import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CustomerType } from '../customers';
import { MemberInvitationCreateInput, MemberInvitationCreatePayload } from './member.inputs';
import type { MembersContext } from './member.loaders';
import type { MemberService } from './member.service';
import { MemberType } from './member.type';

@Resolver(() => CustomerType)
export class CustomerMembersResolver {
  constructor(private readonly service: MemberService) {}

  @FieldResolver(() => [MemberType], { description: 'People on the account, the owner first.' })
  @Requires('customers:read')
  members(@Root() customer: CustomerType, @Ctx() context: MembersContext): Promise<MemberType[]> {
    return context.loaders.membersByCustomerId.load(customer.id);
  }

  @Mutation(() => MemberInvitationCreatePayload, {
    description: 'Makes a single-use link for a member with portal access to set their portal password.',
  })
  @Requires('customers:write')
  memberInvitationCreate(
    @Arg('input', { description: 'The member to invite.' }) input: MemberInvitationCreateInput,
    @Ctx() context: MembersContext,
  ): Promise<MemberInvitationCreatePayload> {
    return this.service.invite(context, input.memberId);
  }
}
