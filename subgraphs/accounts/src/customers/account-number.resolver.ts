import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CustomerAccountNumberChangeInput, CustomerAccountNumberChangePayload } from './account-number.inputs';
import type { CustomersContext } from './customer.loaders';
import type { CustomerService } from './customer.service';
import { AccountNumberAssignmentType, CustomerType } from './customer.type';

@Resolver(() => CustomerType)
export class AccountNumberResolver {
  constructor(private readonly customerService: CustomerService) {}

  @FieldResolver(() => [AccountNumberAssignmentType], {
    description: 'Every account number the customer has held, the current one first; numbers are never deleted.',
  })
  @Requires('customers:read')
  accountNumberHistory(
    @Root() customer: CustomerType,
    @Ctx() context: CustomersContext,
  ): Promise<AccountNumberAssignmentType[]> {
    return context.loaders.accountNumberHistoryByCustomerId.load(customer.id);
  }

  @Mutation(() => CustomerAccountNumberChangePayload, {
    description:
      'Gives a customer another account number: any free one, or, with `swap`, one another customer holds, exchanging the two at once.',
  })
  @Requires('customers:write')
  customerAccountNumberChange(
    @Arg('input', { description: 'The customer and its new number.' }) input: CustomerAccountNumberChangeInput,
    @Ctx() context: CustomersContext,
  ): Promise<CustomerAccountNumberChangePayload> {
    return this.customerService.accountNumbers.change(context, input);
  }
}
