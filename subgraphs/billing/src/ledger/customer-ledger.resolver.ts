import { Requires } from '@clientele/subgraph-kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BillingCustomerType } from '../billing-accounts';
import { LedgerEntryConnection } from './ledger-entry.type';
import { LedgerArgs, toLedgerFilter } from './ledger.inputs';
import type { LedgerContext } from './ledger.loaders';

@Resolver(() => BillingCustomerType)
export class CustomerLedgerResolver {
  @FieldResolver(() => LedgerEntryConnection, {
    nullable: true,
    description:
      'The customer’s credit ledger, newest first, a page at a time, narrowed by kind, date and amount. ' +
      'Null for a moment after the account is created.',
  })
  @Requires('billing:read')
  ledger(
    @Root() customer: BillingCustomerType,
    @Args() args: LedgerArgs,
    @Ctx() context: LedgerContext,
  ): Promise<LedgerEntryConnection | null> {
    // A customer whose billing account is not open yet has no ledger yet.
    if (!customer.accountOpen) return Promise.resolve(null);
    const { filter, ...page } = args;
    // Entities reach here only through the tenant-checked reference resolver.
    return context.loaders.ledgerOfCustomer(toLedgerFilter(filter)).load({ ownerId: customer.id, args: page });
  }
}
