import { Field, ID, ObjectType } from 'type-graphql';
import { MoneyType, toMoney } from '../money';
import { ppmToPercent } from '../pricing';
import type { FxRate, RecipientPrice, TaxRate } from './billing-settings.model';

@ObjectType('TaxRate', { description: 'The tax a partner charges customers of one country.' })
export class TaxRateType {
  @Field({ description: 'ISO 3166-1 alpha-2 country of the customers it applies to.' })
  country: string;

  @Field({ description: 'The rate as a decimal percent, e.g. "21" or "5.5".' })
  rate: string;

  @Field({
    description: 'True: the customer accounts for the tax itself; invoices charge 0 and say "reverse charge".',
  })
  reverseCharge: boolean;
}

@ObjectType('FxRate', { description: 'An exchange rate: one unit of the base currency is worth `rate` of the quote.' })
export class FxRateType {
  @Field({ description: 'ISO 4217 currency converted from.' })
  baseCurrency: string;

  @Field({ description: 'ISO 4217 currency converted to.' })
  quoteCurrency: string;

  @Field({ description: 'Units of the quote currency per unit of the base currency, as a decimal.' })
  rate: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The customer the rate was agreed with; null for the partner’s own.',
  })
  customerId: string | null;
}

@ObjectType('BillingSettings', {
  description: 'A partner’s billing settings: tax, the recipient price, exchange rates.',
})
export class BillingSettingsType {
  @Field(() => [TaxRateType], { description: 'Tax rates by customer country, by country.' })
  taxRates: TaxRateType[];

  @Field(() => MoneyType, {
    nullable: true,
    description: 'What a PAID additional recipient costs a month; null when recipients are not charged.',
  })
  recipientPrice: MoneyType | null;

  @Field(() => [FxRateType], { description: 'The partner’s exchange rates, by base and quote currency.' })
  fxRates: FxRateType[];
}

export function toTaxRateType(rate: TaxRate): TaxRateType {
  return Object.assign(new TaxRateType(), {
    country: rate.country,
    rate: ppmToPercent(rate.ratePpm),
    reverseCharge: rate.reverseCharge,
  });
}

export function toFxRateType(rate: FxRate): FxRateType {
  return Object.assign(new FxRateType(), rate);
}

export function toBillingSettingsType(settings: {
  taxRates: TaxRate[];
  recipientPrice: RecipientPrice | null;
  fxRates: FxRate[];
}): BillingSettingsType {
  return Object.assign(new BillingSettingsType(), {
    taxRates: settings.taxRates.map(toTaxRateType),
    recipientPrice: settings.recipientPrice
      ? toMoney(settings.recipientPrice.amountMinor, settings.recipientPrice.currency)
      : null,
    fxRates: settings.fxRates.map(toFxRateType),
  });
}
