import { Requires, type RequestContext } from '@clientele/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  MessageBatchCancelInput,
  MessageBatchCancelPayload,
  MessageBulkSendInput,
  MessageBulkSendPayload,
  MessageRecipientCountInput,
  MessageRecipientCountPayload,
} from './message-batch.inputs';
import type { MessageBatchService } from './message-batch.service';
import { MessageBatchType } from './message-batch.type';

@Resolver(() => MessageBatchType)
export class MessageBatchResolver {
  constructor(private readonly batchService: MessageBatchService) {}

  @Query(() => MessageBatchType, {
    nullable: true,
    description: 'A bulk send and its progress, or null if not visible.',
  })
  @Requires('messaging:send')
  messageBatch(
    @Arg('id', () => ID, { description: 'Id of the bulk send.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<MessageBatchType | null> {
    return this.batchService.find(context.caller, id);
  }

  @Query(() => MessageRecipientCountPayload, {
    description:
      'How many customers a bulk send to this selection would reach now, and how many it would skip and why; sends nothing.',
  })
  @Requires('messaging:send')
  messageRecipientCount(
    @Arg('input', { description: 'The selection and channel.' }) input: MessageRecipientCountInput,
    @Ctx() context: RequestContext,
  ): Promise<MessageRecipientCountPayload> {
    return this.batchService.count(context, input);
  }

  @Mutation(() => MessageBulkSendPayload, {
    description: 'Sends an email or SMS to many customers: a list of ids, or every customer matching a filter.',
  })
  @Requires('messaging:send')
  messageBulkSend(
    @Arg('input', { description: 'What to send, to whom.' }) input: MessageBulkSendInput,
    @Ctx() context: RequestContext,
  ): Promise<MessageBulkSendPayload> {
    return this.batchService.start(context, input);
  }

  @Mutation(() => MessageBatchCancelPayload, { description: 'Cancels a bulk send; messages already sent stay sent.' })
  @Requires('messaging:send')
  messageBatchCancel(
    @Arg('input', { description: 'Which bulk send.' }) input: MessageBatchCancelInput,
    @Ctx() context: RequestContext,
  ): Promise<MessageBatchCancelPayload> {
    return this.batchService.cancel(context, input.id);
  }
}
