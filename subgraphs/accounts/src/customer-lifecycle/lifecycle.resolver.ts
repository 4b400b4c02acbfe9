import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CustomerType } from '../customers';
import {
  CustomerCancelInput,
  CustomerCancelPayload,
  CustomerCancellationWithdrawInput,
  CustomerCancellationWithdrawPayload,
  CustomerCloseInput,
  CustomerClosePayload,
  CustomerDeactivateInput,
  CustomerDeactivatePayload,
  CustomerReactivateInput,
  CustomerReactivatePayload,
  CustomerReenableInput,
  CustomerReenablePayload,
  CustomerEraseInput,
  CustomerErasePayload,
  CustomerRestoreInput,
  CustomerRestorePayload,
  CustomerSuspendInput,
  CustomerSuspendPayload,
  type StatusChangeInput,
  type StatusPayload,
} from './lifecycle.inputs';
import type { LifecycleContext } from './lifecycle.loaders';
import type { CustomerLifecycleService } from './lifecycle.service';
import { CustomerStatusChangeType, ScheduledCancellationType } from './lifecycle.type';

@Resolver(() => CustomerType)
export class CustomerLifecycleResolver {
  constructor(private readonly lifecycle: CustomerLifecycleService) {}

  @FieldResolver(() => [CustomerStatusChangeType], {
    description: 'Every change of the customer’s status, newest first: from, to, why, who and when.',
  })
  @Requires('customers:read')
  statusChanges(@Root() customer: CustomerType, @Ctx() context: LifecycleContext): Promise<CustomerStatusChangeType[]> {
    return context.loaders.statusChangesByCustomerId.load(customer.id);
  }

  @FieldResolver(() => ScheduledCancellationType, {
    nullable: true,
    description: 'The cancellation waiting to take effect, if any; it can be withdrawn until then.',
  })
  @Requires('customers:read')
  scheduledCancellation(
    @Root() customer: CustomerType,
    @Ctx() context: LifecycleContext,
  ): Promise<ScheduledCancellationType | null> {
    return context.loaders.scheduledCancellationByCustomerId.load(customer.id);
  }

  @Mutation(() => CustomerSuspendPayload, {
    description: 'Suspends an ACTIVE customer: services stay billable; members cannot sign in and are signed out.',
  })
  @Requires('customers:write')
  customerSuspend(
    @Arg('input', () => CustomerSuspendInput, { description: 'The customer and why.' }) input: StatusChangeInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.transition(context, 'SUSPEND', input);
  }

  @Mutation(() => CustomerReenablePayload, { description: 'Re-enables a SUSPENDED customer.' })
  @Requires('customers:write')
  customerReenable(
    @Arg('input', () => CustomerReenableInput, { description: 'The customer and why.' }) input: StatusChangeInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.transition(context, 'REENABLE', input);
  }

  @Mutation(() => CustomerDeactivatePayload, {
    description: 'Deactivates an ACTIVE or SUSPENDED customer (INACTIVE); its data is kept.',
  })
  @Requires('customers:write')
  customerDeactivate(
    @Arg('input', () => CustomerDeactivateInput, { description: 'The customer and why.' }) input: StatusChangeInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.transition(context, 'DEACTIVATE', input);
  }

  @Mutation(() => CustomerReactivatePayload, { description: 'Reactivates an INACTIVE customer.' })
  @Requires('customers:write')
  customerReactivate(
    @Arg('input', () => CustomerReactivateInput, { description: 'The customer and why.' }) input: StatusChangeInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.transition(context, 'REACTIVATE', input);
  }

  @Mutation(() => CustomerCancelPayload, {
    description:
      'Cancels a customer: IMMEDIATELY (INACTIVE now), at the END_OF_PERIOD or ON_DATE (scheduled, withdrawable until then).',
  })
  @Requires('customers:write')
  customerCancel(
    @Arg('input', { description: 'The customer, when and why.' }) input: CustomerCancelInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.cancel(context, input);
  }

  @Mutation(() => CustomerCancellationWithdrawPayload, {
    description: 'Withdraws a scheduled cancellation before it takes effect.',
  })
  @Requires('customers:write')
  customerCancellationWithdraw(
    @Arg('input', () => CustomerCancellationWithdrawInput, { description: 'The customer and why.' })
    input: StatusChangeInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.withdrawCancellation(context, input);
  }

  @Mutation(() => CustomerClosePayload, {
    description:
      'Closes ("deletes") a customer, only when billing confirms a zero balance and nothing owed; refused with the blocking amounts otherwise. Closed customers are hidden from default lists and can be restored.',
  })
  @Requires('customers:write')
  customerClose(
    @Arg('input', () => CustomerCloseInput, { description: 'The customer and why.' }) input: StatusChangeInput,
    @Ctx() context: LifecycleContext,
  ): Promise<CustomerClosePayload> {
    return this.lifecycle.close(context, input);
  }

  @Mutation(() => CustomerRestorePayload, {
    description: 'Restores a CLOSED customer to the status it had before it closed.',
  })
  @Requires('customers:write')
  customerRestore(
    @Arg('input', () => CustomerRestoreInput, { description: 'The customer and why.' }) input: StatusChangeInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.restore(context, input);
  }

  @Mutation(() => CustomerErasePayload, {
    description:
      'Erases a CLOSED customer’s personal data (names, contact details, keywords, location, members, note texts, and the values its activity recorded) for good; ids, account number, status, ledger and invoices stay. Needs the operator’s password.',
  })
  @Requires('customers:write')
  customerErase(
    @Arg('input', { description: 'The customer and the operator’s password.' }) input: CustomerEraseInput,
    @Ctx() context: LifecycleContext,
  ): Promise<StatusPayload> {
    return this.lifecycle.erase(context, input);
  }
}
