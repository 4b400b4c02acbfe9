import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BillingCustomerType } from '../billing-accounts';
import {
  FxRateRemoveInput,
  FxRateRemovePayload,
  FxRateSetInput,
  FxRateSetPayload,
  RecipientPriceSetInput,
  RecipientPriceSetPayload,
  TaxRateRemoveInput,
  TaxRateRemovePayload,
  TaxRateSetInput,
  TaxRateSetPayload,
} from './billing-settings.inputs';
import type { BillingSettingsContext } from './billing-settings.loaders';
import type { BillingSettingsService } from './billing-settings.service';
import { BillingSettingsType, FxRateType, toBillingSettingsType, toFxRateType } from './billing-settings.type';

@Resolver(() => BillingCustomerType)
export class BillingSettingsResolver {
  constructor(private readonly settings: BillingSettingsService) {}

  @Query(() => BillingSettingsType, {
    description: 'The partner’s billing settings: tax rates by country, the recipient price and exchange rates.',
  })
  @Requires('billing:read')
  async billingSettings(@Ctx() context: RequestContext): Promise<BillingSettingsType> {
    return toBillingSettingsType(await this.settings.settingsFor(context.caller));
  }

  @Mutation(() => TaxRateSetPayload, {
    description: 'Sets the tax rate for customers of one country. Partner-wide; audited.',
  })
  @Requires('billing:write')
  taxRateSet(
    @Arg('input', { description: 'The country, the rate and whether it is reverse charge.' }) input: TaxRateSetInput,
    @Ctx() context: RequestContext,
  ): Promise<TaxRateSetPayload> {
    return this.settings.setTaxRate(context, input);
  }

  @Mutation(() => TaxRateRemovePayload, { description: 'Removes a country’s tax rate. Partner-wide; audited.' })
  @Requires('billing:write')
  taxRateRemove(
    @Arg('input', { description: 'The country.' }) input: TaxRateRemoveInput,
    @Ctx() context: RequestContext,
  ): Promise<TaxRateRemovePayload> {
    return this.settings.removeTaxRate(context, input);
  }

  @Mutation(() => RecipientPriceSetPayload, {
    description:
      'Sets what a PAID additional recipient costs a month, or stops charging for them. Partner-wide; audited.',
  })
  @Requires('billing:write')
  recipientPriceSet(
    @Arg('input', { description: 'The amount and its currency.' }) input: RecipientPriceSetInput,
    @Ctx() context: RequestContext,
  ): Promise<RecipientPriceSetPayload> {
    return this.settings.setRecipientPrice(context, input);
  }

  @Mutation(() => FxRateSetPayload, {
    description:
      'Sets an exchange rate: the partner’s, or with `customerId` one customer’s own, which overrides the partner’s ' +
      'for that customer. Audited.',
  })
  @Requires('billing:write')
  fxRateSet(
    @Arg('input', { description: 'The currencies, the rate and optionally the customer.' }) input: FxRateSetInput,
    @Ctx() context: RequestContext,
  ): Promise<FxRateSetPayload> {
    return this.settings.setFxRate(context, input);
  }

  @Mutation(() => FxRateRemovePayload, {
    description: 'Removes an exchange rate, the partner’s or a customer’s. Audited.',
  })
  @Requires('billing:write')
  fxRateRemove(
    @Arg('input', { description: 'The currencies and optionally the customer.' }) input: FxRateRemoveInput,
    @Ctx() context: RequestContext,
  ): Promise<FxRateRemovePayload> {
    return this.settings.removeFxRate(context, input);
  }

  @FieldResolver(() => [FxRateType], {
    description: 'The customer’s own exchange rates, used instead of the partner’s for the same currencies.',
  })
  @Requires('billing:read')
  async fxRates(@Root() customer: BillingCustomerType, @Ctx() context: BillingSettingsContext): Promise<FxRateType[]> {
    if (!customer.accountOpen) return [];
    return (await context.loaders.customerFxRatesByCustomerId.load(customer.id)).map(toFxRateType);
  }
}
