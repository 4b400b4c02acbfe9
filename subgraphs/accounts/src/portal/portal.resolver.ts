import {
  AuthenticationError,
  type Caller,
  type PortalCaller,
  type RequestContext,
  Requires,
} from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalService } from './portal.service';
import {
  PortalAccountUpdateInput,
  PortalAccountUpdatePayload,
  PortalPasswordChangeInput,
  PortalPasswordChangePayload,
  PortalViewerType,
} from './portal.types';

function portalCallerOf(caller: Caller): PortalCaller {
  // portal:use and portal:security are granted to portal sessions only.
  if (caller.kind !== 'portal') throw new Error('a portal permission was granted to a non-portal caller');
  return caller;
}

@Resolver(() => PortalViewerType)
export class PortalResolver {
  constructor(private readonly portal: PortalService) {}

  @Query(() => PortalViewerType, { description: 'The customer portal’s own account and who is using it.' })
  @Requires('portal:use')
  async portalViewer(@Ctx() context: RequestContext): Promise<PortalViewerType> {
    const viewer = await this.portal.viewer(portalCallerOf(context.caller));
    if (!viewer) throw new AuthenticationError('This portal session has ended.');
    return viewer;
  }

  @Mutation(() => PortalAccountUpdatePayload, { description: 'Changes the account’s phone number and time zone.' })
  @Requires('portal:use')
  portalAccountUpdate(
    @Arg('input', { description: 'The new details.' }) input: PortalAccountUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<PortalAccountUpdatePayload> {
    return this.portal.updateAccount(context, portalCallerOf(context.caller), input);
  }

  @Mutation(() => PortalPasswordChangePayload, {
    description: 'Changes the signed-in member’s password. Not available while an operator acts as the customer.',
  })
  @Requires('portal:security')
  portalPasswordChange(
    @Arg('input', { description: 'The current and the new password.' }) input: PortalPasswordChangeInput,
    @Ctx() context: RequestContext,
  ): Promise<PortalPasswordChangePayload> {
    return this.portal.changePassword(context, portalCallerOf(context.caller), input);
  }
}
