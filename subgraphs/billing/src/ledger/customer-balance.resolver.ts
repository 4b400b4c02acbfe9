import { Requires } from '@clientele/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BillingCustomerType } from '../billing-accounts';
import type { LedgerContext } from './ledger.loaders';
import { MoneyType, toMoney } from './money.type';

@Resolver(() => BillingCustomerType)
export class CustomerBalanceResolver {
  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'What the account holds now: the sum of its ledger. Null while the billing account is being opened.',
  })
  @Requires('billing:read')
  async balance(@Root() customer: BillingCustomerType, @Ctx() context: LedgerContext): Promise<MoneyType | null> {
    // Entities reach here only through the tenant-checked reference resolver.
    const balance = await context.loaders.balanceByCustomerId.load(customer.id);
    return toMoney(balance ? BigInt(balance.amountMinor) : 0n, customer.currency);
  }
}
