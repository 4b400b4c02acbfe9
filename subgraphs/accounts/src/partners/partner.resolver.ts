import { Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@clientele/subgraph-kit';
import { ResellerCreateInput, ResellerCreatePayload } from './partner.inputs';
import type { PartnerService } from './partner.service';
import { PartnerConnection, PartnerType, PartnersArgs, ResellerType, toResellerType } from './partner.type';

@Resolver(() => PartnerType)
export class PartnerResolver {
  constructor(private readonly service: PartnerService) {}

  @Query(() => PartnerConnection, { description: 'Every partner, oldest first. Platform staff only.' })
  @Requires('partners:read')
  partners(@Args() args: PartnersArgs): Promise<PartnerConnection> {
    return this.service.list(args);
  }

  @Query(() => [ResellerType], { description: 'The resellers the caller may see, by name.' })
  @Requires('customers:read')
  async resellers(
    @Ctx() context: RequestContext,
    @Arg('partnerId', () => ID, { nullable: true, description: 'Platform staff only: whose resellers.' })
    partnerId?: string | null,
  ): Promise<ResellerType[]> {
    return (await this.service.resellers(context.caller, partnerId)).map(toResellerType);
  }

  @Mutation(() => ResellerCreatePayload, {
    description: 'Adds a reseller to a partner. Platform admins only; audited.',
  })
  @Requires('partners:manage')
  resellerCreate(
    @Arg('input', { description: 'The new reseller.' }) input: ResellerCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<ResellerCreatePayload> {
    return this.service.createReseller(context, input);
  }
}
