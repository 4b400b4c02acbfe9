import { NotFoundError, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PartnerType, ResellerType, resellerKey } from '../partners';
import type { OperatorsContext } from './operator.loaders';
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
import { OperatorConnection, OperatorType } from './operator.type';

@Resolver(() => OperatorType)
export class OperatorResolver {
  constructor(private readonly service: OperatorService) {}

  @Query(() => OperatorConnection, { description: 'The partner’s staff, oldest first.' })
  @Requires('operators:read')
  operators(@Args() { filter, ...page }: OperatorsArgs, @Ctx() context: OperatorsContext): Promise<OperatorConnection> {
    return this.service.list(context.caller, filter, page);
  }

  @Query(() => OperatorType, { nullable: true, description: 'One operator, or null if not visible to the caller.' })
  @Requires('operators:read')
  async operator(
    @Arg('id', () => ID, { description: 'Id of the operator.' }) id: string,
    @Ctx() context: OperatorsContext,
  ): Promise<OperatorType | null> {
    return context.loaders.operatorById.load(id);
  }

  @FieldResolver(() => PartnerType, { description: 'The partner the operator works for.' })
  @Requires('operators:read')
  async partner(@Root() operator: OperatorType, @Ctx() context: OperatorsContext): Promise<PartnerType> {
    const partner = await context.loaders.partnerById.load(operator.partnerId);
    if (!partner) throw new NotFoundError('Partner');
    return partner;
  }

  @FieldResolver(() => ResellerType, {
    nullable: true,
    description: 'The reseller whose customers alone the operator sees; null when not limited.',
  })
  @Requires('operators:read')
  async reseller(@Root() operator: OperatorType, @Ctx() context: OperatorsContext): Promise<ResellerType | null> {
    if (!operator.resellerId) return null;
    return context.loaders.resellerByKey.load(resellerKey(operator.partnerId, operator.resellerId));
  }

  @Mutation(() => OperatorInvitePayload, {
    description: 'Invites someone to the staff; they set a password from the link.',
  })
  @Requires('operators:manage')
  operatorInvite(
    @Arg('input', { description: 'Who to invite.' }) input: OperatorInviteInput,
    @Ctx() context: OperatorsContext,
  ): Promise<OperatorInvitePayload> {
    return this.service.invite(context, input);
  }

  @Mutation(() => OperatorUpdatePayload, {
    description: 'Changes an operator’s role or reseller limit; ends their sessions.',
  })
  @Requires('operators:manage')
  operatorUpdate(
    @Arg('input', { description: 'The change.' }) input: OperatorUpdateInput,
    @Ctx() context: OperatorsContext,
  ): Promise<OperatorUpdatePayload> {
    return this.service.update(context, input);
  }

  @Mutation(() => OperatorDeactivatePayload, { description: 'Stops an operator from signing in; ends their sessions.' })
  @Requires('operators:manage')
  operatorDeactivate(
    @Arg('input', { description: 'Who to deactivate.' }) input: OperatorDeactivateInput,
    @Ctx() context: OperatorsContext,
  ): Promise<OperatorDeactivatePayload> {
    return this.service.deactivate(context, input.id);
  }
}
