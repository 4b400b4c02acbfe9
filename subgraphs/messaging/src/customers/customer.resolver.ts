import { ConnectionArgs, Requires } from '@clientele/subgraph-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MessagingContext } from '../context';
import type { MessageService } from '../messages/message.service';
import { MessageConnection } from '../messages/message.type';
import { MessagingCustomerType } from './customer.type';

@Resolver(() => MessagingCustomerType)
export class MessagingCustomerResolver {
  constructor(private readonly messageService: MessageService) {}

  @FieldResolver(() => MessageConnection, {
    nullable: true,
    description: 'Emails and SMS sent to the customer, newest first. Null for a moment after the account is created.',
  })
  @Requires('messaging:read')
  messages(
    @Root() customer: MessagingCustomerType,
    @Args() args: ConnectionArgs,
    @Ctx() context: MessagingContext,
  ): Promise<MessageConnection> {
    return this.messageService.listForCustomer(context.caller, customer.id, args);
  }
}
