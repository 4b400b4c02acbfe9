import { Requires } from '@clientele/subgraph-kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import type { ViewerService } from './viewer.service';
import { ViewerType } from './viewer.type';

@Resolver(() => ViewerType)
export class ViewerResolver {
  constructor(private readonly viewers: ViewerService) {}

  @Query(() => ViewerType, { description: 'Who is calling, and what they may do.' })
  @Requires('self:read')
  viewer(@Ctx() context: AccountsContext): Promise<ViewerType> {
    return this.viewers.describe(context.caller);
  }
}
