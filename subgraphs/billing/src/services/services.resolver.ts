import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { BillingCustomerType } from '../billing-accounts';
import { ServiceCreateInput, ServicePayload, ServiceRemoveInput, ServiceUpdateInput } from './service.inputs';
import { ServiceType, toServiceType } from './service.type';
import type { ServicesContext } from './services.loaders';
import type { ServicesService } from './services.service';

@Resolver(() => BillingCustomerType)
export class ServicesResolver {
  constructor(private readonly catalog: ServicesService) {}

  @Mutation(() => ServicePayload, { description: 'Adds a service billed to a customer each period. Audited.' })
  @Requires('billing:write')
  serviceCreate(
    @Arg('input', { description: 'The customer and the service’s terms.' }) input: ServiceCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<ServicePayload> {
    return this.catalog.create(context, input);
  }

  @Mutation(() => ServicePayload, {
    description: 'Changes a service’s terms from the next billing run on; invoices already issued stay. Audited.',
  })
  @Requires('billing:write')
  serviceUpdate(
    @Arg('input', { description: 'The service and the terms that change.' }) input: ServiceUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<ServicePayload> {
    return this.catalog.update(context, input);
  }

  @Mutation(() => ServicePayload, {
    description: 'Ends a service: it is billed up to the day before its end date (today when not given). Audited.',
  })
  @Requires('billing:write')
  serviceRemove(
    @Arg('input', { description: 'The service and, optionally, the first day it is no longer billed.' })
    input: ServiceRemoveInput,
    @Ctx() context: RequestContext,
  ): Promise<ServicePayload> {
    return this.catalog.remove(context, input);
  }

  @FieldResolver(() => [ServiceType], {
    description: 'The customer’s services, running and ended, oldest first. They stay billable while suspended.',
  })
  @Requires('billing:read')
  async services(@Root() customer: BillingCustomerType, @Ctx() context: ServicesContext): Promise<ServiceType[]> {
    if (!customer.accountOpen) return [];
    return (await context.loaders.servicesByCustomerId.load(customer.id)).map(toServiceType);
  }
}
