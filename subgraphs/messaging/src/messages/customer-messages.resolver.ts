import { Requires } from '@clientele/subgraph-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MessagingCustomerType } from '../customer-projection';
import type { MessagesContext } from './message.loaders';
import { MessageConnection, MessagesArgs } from './message.type';

@Resolver(() => MessagingCustomerType)
export class CustomerMessagesResolver {
  @FieldResolver(() => MessageConnection, {
    nullable: true,
    description: 'Emails and SMS sent to the customer, newest first. Null for a moment after the account is created.',
  })
  @Requires('messaging:read')
  messages(
    @Root() customer: MessagingCustomerType,
    @Args() { filter, ...args }: MessagesArgs,
    @Ctx() context: MessagesContext,
  ): Promise<MessageConnection> {
    // Entities reach here only through the tenant-checked reference resolver.
    return context.loaders.messagesOfCustomer(filter ?? {}).load({ ownerId: customer.id, args });
  }
}
