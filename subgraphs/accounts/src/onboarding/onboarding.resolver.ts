import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { PartnerCreateInput, PartnerCreatePayload } from './onboarding.inputs';
import type { OnboardingService } from './onboarding.service';

@Resolver()
export class OnboardingResolver {
  constructor(private readonly onboarding: OnboardingService) {}

  @Mutation(() => PartnerCreatePayload, {
    description: 'Creates a partner with an invited owner. Platform admins only; audited.',
  })
  @Requires('partners:manage')
  partnerCreate(
    @Arg('input', { description: 'The new partner.' }) input: PartnerCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<PartnerCreatePayload> {
    return this.onboarding.createPartner(context, input);
  }
}
