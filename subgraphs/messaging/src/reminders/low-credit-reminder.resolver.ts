import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MessagingCustomerType } from '../customer-projection';
import { LowCreditReminderUpdateInput, LowCreditReminderUpdatePayload } from './low-credit-reminder.inputs';
import type { RemindersContext } from './low-credit-reminder.loaders';
import type { LowCreditReminderService } from './low-credit-reminder.service';
import { LowCreditReminderType, toLowCreditReminderType } from './low-credit-reminder.type';

@Resolver(() => MessagingCustomerType)
export class LowCreditReminderResolver {
  constructor(private readonly service: LowCreditReminderService) {}

  @FieldResolver(() => LowCreditReminderType, { description: 'The customer’s low-credit reminder; off unless set.' })
  @Requires('messaging:read')
  async lowCreditReminder(
    @Root() customer: MessagingCustomerType,
    @Ctx() context: RemindersContext,
  ): Promise<LowCreditReminderType> {
    // Entities reach here only through the tenant-checked reference resolver.
    return toLowCreditReminderType(await context.loaders.lowCreditReminderByCustomerId.load(customer.id));
  }

  @Mutation(() => LowCreditReminderUpdatePayload, {
    description: 'Turns a customer’s low-credit reminder on or off, or changes its threshold or recipients.',
  })
  @Requires('customers:write')
  lowCreditReminderUpdate(
    @Arg('input', { description: 'The changes.' }) input: LowCreditReminderUpdateInput,
    @Ctx() context: RemindersContext,
  ): Promise<LowCreditReminderUpdatePayload> {
    return this.service.update(context, input);
  }
}
