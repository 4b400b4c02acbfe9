import { ConnectionArgs, ForbiddenError, type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CustomerType } from '../customers';
import type { ActivityLoaders } from './activity.loaders';
import { ActivityConnection } from './activity.type';

/**
 * A customer's activity is read with `customers:read`, not `audit:read`: whoever may see the
 * customer may see what was done to it, including an operator limited to one reseller (who has no
 * partner-wide audit log). It is for the partner's staff, never for the customer's own portal.
 */
@Resolver(() => CustomerType)
export class CustomerActivityResolver {
  @FieldResolver(() => ActivityConnection, {
    description: 'What was done to the account, its members and its notes, newest first: who, when, before and after.',
  })
  @Requires('customers:read')
  activity(
    @Root() customer: CustomerType,
    @Args() args: ConnectionArgs,
    @Ctx() context: RequestContext<ActivityLoaders>,
  ): Promise<ActivityConnection> {
    if (context.caller.kind === 'portal') throw new ForbiddenError('A customer’s activity is for the partner’s staff.');
    // Customers reach here only through the tenant-checked loader or reference resolver.
    return context.loaders.activityOfCustomer.load({ ownerId: customer.id, args });
  }
}
