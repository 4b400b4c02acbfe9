import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ViewerService } from './viewer.service';
import { ViewerType } from './viewer.type';

@Resolver(() => ViewerType)
export class ViewerResolver {
  constructor(private readonly viewers: ViewerService) {}

  @Query(() => ViewerType, { description: 'Who is calling, and what they may do.' })
  @Requires('self:read')
  viewer(@Ctx() context: RequestContext): Promise<ViewerType> {
    return this.viewers.describe(context.caller);
  }
}
