import { ConnectionArgs, Requires, type RequestContext } from '@clientele/subgraph-kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { OutboxService } from './outbox.service';
import { OutboxEntryConnection, OutboxEntryType } from './outbox.type';

@Resolver(() => OutboxEntryType)
export class OutboxResolver {
  constructor(private readonly outboxService: OutboxService) {}

  @Query(() => OutboxEntryConnection, {
    description: 'Messages kept because no email or SMS provider is configured, newest first, as they would have gone.',
  })
  @Requires('messaging:manage')
  messagingOutbox(@Args() args: ConnectionArgs, @Ctx() context: RequestContext): Promise<OutboxEntryConnection> {
    return this.outboxService.list(context.caller, args);
  }
}
