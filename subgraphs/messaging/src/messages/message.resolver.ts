import { Requires, type RequestContext } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { MessageSendInput, MessageSendPayload } from './message.inputs';
import type { MessageService } from './message.service';
import { MessageType } from './message.type';

@Resolver(() => MessageType)
export class MessageResolver {
  constructor(private readonly messageService: MessageService) {}

  @Mutation(() => MessageSendPayload, {
    description: 'Sends an email or SMS to one customer, from a template or a text written for it.',
  })
  @Requires('messaging:send')
  messageSend(
    @Arg('input', { description: 'What to send, to whom.' }) input: MessageSendInput,
    @Ctx() context: RequestContext,
  ): Promise<MessageSendPayload> {
    return this.messageService.send(context, input);
  }
}
