import { Requires, type RequestContext } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import {
  MessagePreviewInput,
  MessagePreviewPayload,
  MessageTemplateDeleteInput,
  MessageTemplateDeletePayload,
  MessageTemplateSaveInput,
  MessageTemplateSavePayload,
} from './template.inputs';
import type { TemplateService } from './template.service';
import { MessageTemplateType } from './template.type';

@Resolver(() => MessageTemplateType)
export class TemplateResolver {
  constructor(private readonly templateService: TemplateService) {}

  @Query(() => [MessageTemplateType], {
    description: 'The partner’s message templates: its own and the shipped defaults it has not replaced.',
  })
  @Requires('messaging:send')
  messageTemplates(@Ctx() context: RequestContext): Promise<MessageTemplateType[]> {
    return this.templateService.list(context.caller);
  }

  @Query(() => MessagePreviewPayload, {
    description: 'Renders a template or a draft for one customer, exactly as it would be sent.',
  })
  @Requires('messaging:send')
  messagePreview(
    @Arg('input', { description: 'What to render, for whom.' }) input: MessagePreviewInput,
    @Ctx() context: RequestContext,
  ): Promise<MessagePreviewPayload> {
    return this.templateService.preview(context, input);
  }

  @Mutation(() => MessageTemplateSavePayload, { description: 'Creates or replaces one of the partner’s templates.' })
  @Requires('messaging:manage')
  messageTemplateSave(
    @Arg('input', { description: 'The template.' }) input: MessageTemplateSaveInput,
    @Ctx() context: RequestContext,
  ): Promise<MessageTemplateSavePayload> {
    return this.templateService.save(context.caller, input);
  }

  @Mutation(() => MessageTemplateDeletePayload, {
    description: 'Deletes one of the partner’s templates; a shipped default of the same key applies again.',
  })
  @Requires('messaging:manage')
  messageTemplateDelete(
    @Arg('input', { description: 'Which template.' }) input: MessageTemplateDeleteInput,
    @Ctx() context: RequestContext,
  ): Promise<MessageTemplateDeletePayload> {
    return this.templateService.delete(context.caller, input.key);
  }
}
