import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CustomerLoaders } from '../customers';
import type { ImpersonationService } from './impersonation.service';
import { CustomerImpersonateInput, CustomerImpersonatePayload, PortalSessionType } from './impersonation.types';

@Resolver(() => PortalSessionType)
export class ImpersonationResolver {
  constructor(private readonly impersonation: ImpersonationService) {}

  @Mutation(() => CustomerImpersonatePayload, {
    description:
      'Logs in as a customer after the operator re-enters their password: a 30-minute portal session, audited.',
  })
  @Requires('customers:impersonate')
  async customerImpersonate(
    @Arg('input', { description: 'Whom to log in as, and your password.' }) input: CustomerImpersonateInput,
    @Ctx() context: RequestContext<CustomerLoaders>,
  ): Promise<CustomerImpersonatePayload> {
    const customer = await context.loaders.customerById.load(input.customerId);
    return this.impersonation.start(context, customer, input.password);
  }
}
