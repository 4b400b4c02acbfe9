import { Requires } from '@clientele/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { MoneyType, toMoney } from '../money/money.type';
import { BillingCustomerType } from './customer.type';

@Resolver(() => BillingCustomerType)
export class BillingCustomerResolver {
  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'What the account holds now: the sum of its ledger. Null while the billing account is being opened.',
  })
  @Requires('billing:read')
  async balance(@Root() customer: BillingCustomerType, @Ctx() context: BillingContext): Promise<MoneyType | null> {
    // Entities reach here only through the tenant-checked reference resolver.
    const balance = await context.loaders.balanceByCustomerId.load(customer.id);
    return toMoney(balance ? BigInt(balance.amountMinor) : 0n, customer.currency);
  }
}
