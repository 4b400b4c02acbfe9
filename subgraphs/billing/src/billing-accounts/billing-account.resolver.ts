import { Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MoneyType, availableMinor, toMoney } from '../money';
import { BillingAccountUpdateInput, BillingAccountUpdatePayload } from './billing-account.inputs';
import type { BillingAccountsContext } from './billing-account.loaders';
import type { BillingAccount } from './billing-account.model';
import type { BillingAccountService } from './billing-account.service';
import type { PricingModel } from './billing-account.entity';
import { BillingAccountType, PricingModelEnum, toBillingAccountType } from './billing-account.type';
import { BillingCustomerType } from './customer.type';

@Resolver(() => BillingCustomerType)
export class BillingAccountResolver {
  constructor(private readonly accounts: BillingAccountService) {}

  @Mutation(() => BillingAccountUpdatePayload, {
    description:
      'Changes a customer’s pricing model, credit limit, payment terms or late-payment suspension. Every change is audited; ' +
      'a change that would leave the balance below what the account allows is refused.',
  })
  @Requires('billing:write')
  billingAccountUpdate(
    @Arg('input', { description: 'The customer and the settings to change.' }) input: BillingAccountUpdateInput,
    @Ctx() context: BillingAccountsContext,
  ): Promise<BillingAccountUpdatePayload> {
    return this.accounts.update(context, input);
  }

  @FieldResolver(() => BillingAccountType, {
    nullable: true,
    description: 'How the customer is billed. Null for a moment after the account is created.',
  })
  @Requires('billing:read')
  async billingAccount(
    @Root() customer: BillingCustomerType,
    @Ctx() context: BillingAccountsContext,
  ): Promise<BillingAccountType | null> {
    const account = await this.accountOf(customer, context);
    return account && toBillingAccountType(account);
  }

  @FieldResolver(() => PricingModelEnum, {
    description:
      'Prepaid or postpaid: how the customer pays. Billing owns it (change it with `billingAccountUpdate`); ' +
      'until the billing account is open, the model the customer was created with.',
  })
  @Directive('@requires(fields: "openingPricingModel")')
  @Requires('billing:read')
  async pricingModel(
    @Root() customer: BillingCustomerType,
    @Ctx() context: BillingAccountsContext,
  ): Promise<PricingModel> {
    const account = await this.accountOf(customer, context);
    if (account) return account.pricingModel;
    // Only an unopened customer gets here without an account, and it always carries the opening model.
    if (!customer.openingPricingModel) throw new Error(`customer ${customer.id} has no pricing model`);
    return customer.openingPricingModel;
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'What the account holds now: the sum of its ledger. Null while the billing account is being opened.',
  })
  @Requires('billing:read')
  async balance(
    @Root() customer: BillingCustomerType,
    @Ctx() context: BillingAccountsContext,
  ): Promise<MoneyType | null> {
    const account = await this.accountOf(customer, context);
    return account && toMoney(account.balanceMinor, account.currency);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'How far below zero the balance may go: 0 on PREPAID.',
  })
  @Requires('billing:read')
  async creditLimit(
    @Root() customer: BillingCustomerType,
    @Ctx() context: BillingAccountsContext,
  ): Promise<MoneyType | null> {
    const account = await this.accountOf(customer, context);
    return account && toMoney(account.creditLimitMinor, account.currency);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'What can still be withdrawn or moved away: the balance plus the credit limit, never below 0.',
  })
  @Requires('billing:read')
  async availableCredit(
    @Root() customer: BillingCustomerType,
    @Ctx() context: BillingAccountsContext,
  ): Promise<MoneyType | null> {
    const account = await this.accountOf(customer, context);
    return account && toMoney(availableMinor(account.balanceMinor, account.creditLimitMinor), account.currency);
  }

  // Entities reach here only through the tenant-checked reference resolver, which loaded the account;
  // a customer whose account is not open yet has none.
  private async accountOf(
    customer: BillingCustomerType,
    context: BillingAccountsContext,
  ): Promise<BillingAccount | null> {
    return customer.accountOpen ? context.loaders.billingAccountByCustomerId.load(customer.id) : null;
  }
}
