import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CustomerType } from '../customers';
import {
  CustomerOwnershipTransferInput,
  CustomerOwnershipTransferPayload,
  MemberCreateInput,
  MemberCreatePayload,
  MemberDeactivateInput,
  MemberDeactivatePayload,
  MemberInvitationCreateInput,
  MemberInvitationCreatePayload,
  MemberPasswordResetCreateInput,
  MemberPasswordResetCreatePayload,
  MemberReactivateInput,
  MemberReactivatePayload,
  MemberUpdateInput,
  MemberUpdatePayload,
} from './member.inputs';
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

  @Mutation(() => MemberCreatePayload, { description: 'Adds a person to a customer account.' })
  @Requires('customers:write')
  memberCreate(
    @Arg('input', { description: 'The new member.' }) input: MemberCreateInput,
    @Ctx() context: MembersContext,
  ): Promise<MemberCreatePayload> {
    return this.service.create(context, input);
  }

  @Mutation(() => MemberUpdatePayload, {
    description: 'Changes a member’s details, role, portal access or recipient status; a no-op records nothing.',
  })
  @Requires('customers:write')
  memberUpdate(
    @Arg('input', { description: 'The changes.' }) input: MemberUpdateInput,
    @Ctx() context: MembersContext,
  ): Promise<MemberUpdatePayload> {
    return this.service.update(context, input);
  }

  @Mutation(() => MemberDeactivatePayload, {
    description: 'Deactivates a member (never deleted): they cannot sign in and their sessions end.',
  })
  @Requires('customers:write')
  memberDeactivate(
    @Arg('input', { description: 'The member.' }) input: MemberDeactivateInput,
    @Ctx() context: MembersContext,
  ): Promise<MemberDeactivatePayload> {
    return this.service.deactivate(context, input.id);
  }

  @Mutation(() => MemberReactivatePayload, { description: 'Makes a deactivated member active again.' })
  @Requires('customers:write')
  memberReactivate(
    @Arg('input', { description: 'The member.' }) input: MemberReactivateInput,
    @Ctx() context: MembersContext,
  ): Promise<MemberReactivatePayload> {
    return this.service.reactivate(context, input.id);
  }

  @Mutation(() => CustomerOwnershipTransferPayload, {
    description: 'Makes another active member the account holder; the former owner becomes an ADMIN.',
  })
  @Requires('customers:write')
  customerOwnershipTransfer(
    @Arg('input', { description: 'The account and its new owner.' }) input: CustomerOwnershipTransferInput,
    @Ctx() context: MembersContext,
  ): Promise<CustomerOwnershipTransferPayload> {
    return this.service.transferOwnership(context, input);
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

  @Mutation(() => MemberPasswordResetCreatePayload, {
    description: 'Makes a single-use link for a member who cannot sign in to set a new portal password.',
  })
  @Requires('customers:write')
  memberPasswordResetCreate(
    @Arg('input', { description: 'The member.' }) input: MemberPasswordResetCreateInput,
    @Ctx() context: MembersContext,
  ): Promise<MemberPasswordResetCreatePayload> {
    return this.service.requestPasswordReset(context, input.memberId);
  }
}
