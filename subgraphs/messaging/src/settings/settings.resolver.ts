import { Requires, type RequestContext } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { MessagingSettingsUpdateInput, MessagingSettingsUpdatePayload } from './settings.inputs';
import type { MessagingSettingsService } from './settings.service';
import { MessagingSettingsType } from './settings.type';

@Resolver(() => MessagingSettingsType)
export class MessagingSettingsResolver {
  constructor(private readonly settingsService: MessagingSettingsService) {}

  @Query(() => MessagingSettingsType, { nullable: true, description: 'The partner’s messaging settings.' })
  @Requires('messaging:manage')
  messagingSettings(@Ctx() context: RequestContext): Promise<MessagingSettingsType | null> {
    return this.settingsService.read(context.caller);
  }

  @Mutation(() => MessagingSettingsUpdatePayload, { description: 'Changes the partner’s messaging settings.' })
  @Requires('messaging:manage')
  messagingSettingsUpdate(
    @Arg('input', { description: 'The changes.' }) input: MessagingSettingsUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<MessagingSettingsUpdatePayload> {
    return this.settingsService.update(context.caller, input);
  }
}
