import { NotFoundError, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../context';
import { PartnerType, ResellerType, toPartnerType, toResellerType } from '../partners/partner.type';
import {
  OperatorDeactivateInput,
  OperatorDeactivatePayload,
  OperatorInviteInput,
  OperatorInvitePayload,
  OperatorUpdateInput,
  OperatorUpdatePayload,
  OperatorsArgs,
} from './operator.inputs';
import type { OperatorService } from './operator.service';
import { OperatorConnection, OperatorType, toOperatorType } from './operator.type';

@Resolver(() => OperatorType)
export class OperatorResolver {
  constructor(private readonly service: OperatorService) {}

  @Query(() => OperatorConnection, { description: 'The partner’s staff, oldest first.' })
  @Requires('operators:read')
  operators(@Args() { filter, ...page }: OperatorsArgs, @Ctx() context: AccountsContext): Promise<OperatorConnection> {
    return this.service.list(context.caller, filter, page);
  }

  @Query(() => OperatorType, { nullable: true, description: 'One operator, or null if not visible to the caller.' })
  @Requires('operators:read')
  async operator(
    @Arg('id', () => ID, { description: 'Id of the operator.' }) id: string,
    @Ctx() context: AccountsContext,
  ): Promise<OperatorType | null> {
    const operator = await context.loaders.operatorById.load(id);
    return operator ? toOperatorType(operator) : null;
  }

  @FieldResolver(() => PartnerType, { description: 'The partner the operator works for.' })
  @Requires('operators:read')
  async partner(@Root() operator: OperatorType): Promise<PartnerType> {
    const partner = await this.service.findPartner(operator.partnerId);
    if (!partner) throw new NotFoundError('Partner');
    return toPartnerType(partner);
  }

  @FieldResolver(() => ResellerType, {
    nullable: true,
    description: 'The reseller whose customers alone the operator sees; null when not limited.',
  })
  @Requires('operators:read')
  async reseller(@Root() operator: OperatorType): Promise<ResellerType | null> {
    if (!operator.resellerId) return null;
    const reseller = await this.service.findReseller(operator.partnerId, operator.resellerId);
    return reseller ? toResellerType(reseller) : null;
  }

  @Mutation(() => OperatorInvitePayload, {
    description: 'Invites someone to the staff; they set a password from the link.',
  })
  @Requires('operators:manage')
  operatorInvite(
    @Arg('input', { description: 'Who to invite.' }) input: OperatorInviteInput,
    @Ctx() context: AccountsContext,
  ): Promise<OperatorInvitePayload> {
    return this.service.invite(context, input);
  }

  @Mutation(() => OperatorUpdatePayload, {
    description: 'Changes an operator’s role or reseller limit; ends their sessions.',
  })
  @Requires('operators:manage')
  operatorUpdate(
    @Arg('input', { description: 'The change.' }) input: OperatorUpdateInput,
    @Ctx() context: AccountsContext,
  ): Promise<OperatorUpdatePayload> {
    return this.service.update(context, input);
  }

  @Mutation(() => OperatorDeactivatePayload, { description: 'Stops an operator from signing in; ends their sessions.' })
  @Requires('operators:manage')
  operatorDeactivate(
    @Arg('input', { description: 'Who to deactivate.' }) input: OperatorDeactivateInput,
    @Ctx() context: AccountsContext,
  ): Promise<OperatorDeactivatePayload> {
    return this.service.deactivate(context, input.id);
  }
}
