import { UserError, defineErrorCodes, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { BillingSettingsType, FxRateType, TaxRateType } from './billing-settings.type';

export const BILLING_SETTINGS_ERRORS = defineErrorCodes({
  PARTNER_WIDE_SETTING: 'A partner-wide billing setting cannot be changed by someone limited to one reseller.',
});

export const countryCode = text(2)
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Give the country as its two-letter ISO 3166-1 code, e.g. "NL".');

export const currencyCode = text(3)
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Give the currency as its three-letter ISO 4217 code, e.g. "EUR".');

@InputType({ description: 'The tax rate for customers of one country; replaces the country’s rate if it has one.' })
export class TaxRateSetInput {
  @Field({ description: 'ISO 3166-1 alpha-2 country, e.g. "NL".' })
  country: string;

  @Field({ description: 'The rate as a decimal percent with at most 4 decimals, 0–100, e.g. "21" or "5.5".' })
  rate: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: invoices to this country charge 0 and say "reverse charge". False when omitted.',
  })
  reverseCharge?: boolean | null;
}

@ObjectType({ description: 'The result of taxRateSet.' })
export class TaxRateSetPayload {
  @Field(() => TaxRateType, { nullable: true, description: 'The rate as it is now, unless the input was refused.' })
  taxRate: TaxRateType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'A country whose tax rate goes: its customers are then invoiced without tax.' })
export class TaxRateRemoveInput {
  @Field({ description: 'ISO 3166-1 alpha-2 country.' })
  country: string;
}

@ObjectType({ description: 'The result of taxRateRemove.' })
export class TaxRateRemovePayload {
  @Field(() => String, { nullable: true, description: 'The country whose rate was removed.' })
  removedCountry: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The monthly price of a PAID additional recipient.' })
export class RecipientPriceSetInput {
  @Field(() => String, {
    nullable: true,
    description: 'A decimal amount in major units, e.g. "4.50"; null stops charging for recipients.',
  })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the amount; required with an amount.' })
  currency?: string | null;
}

@ObjectType({ description: 'The result of recipientPriceSet.' })
export class RecipientPriceSetPayload {
  @Field(() => BillingSettingsType, { nullable: true, description: 'The settings as they are now.' })
  billingSettings: BillingSettingsType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({
  description:
    'An exchange rate, the partner’s or, with `customerId`, one customer’s, which overrides the partner’s for that ' +
    'customer. Replaces the pair’s rate if it has one.',
})
export class FxRateSetInput {
  @Field({ description: 'ISO 4217 currency converted from, e.g. "USD".' })
  baseCurrency: string;

  @Field({ description: 'ISO 4217 currency converted to, e.g. "EUR".' })
  quoteCurrency: string;

  @Field({ description: 'Units of the quote currency per unit of the base, a decimal with at most 12 decimals.' })
  rate: string;

  @Field(() => ID, { nullable: true, description: 'The customer the rate is agreed with; omit for the partner’s.' })
  customerId?: string | null;
}

@ObjectType({ description: 'The result of fxRateSet.' })
export class FxRateSetPayload {
  @Field(() => FxRateType, { nullable: true, description: 'The rate as it is now, unless the input was refused.' })
  fxRate: FxRateType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'An exchange rate that goes: the partner’s, or one customer’s.' })
export class FxRateRemoveInput {
  @Field({ description: 'ISO 4217 currency converted from.' })
  baseCurrency: string;

  @Field({ description: 'ISO 4217 currency converted to.' })
  quoteCurrency: string;

  @Field(() => ID, { nullable: true, description: 'The customer whose own rate goes; omit for the partner’s.' })
  customerId?: string | null;
}

@ObjectType({ description: 'The result of fxRateRemove.' })
export class FxRateRemovePayload {
  @Field(() => FxRateType, { nullable: true, description: 'The rate that was removed.' })
  removedFxRate: FxRateType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

export const taxRateSetSchema = z.object({
  country: countryCode,
  rate: text(20).trim(),
  reverseCharge: z.boolean().nullish(),
});

export const taxRateRemoveSchema = z.object({ country: countryCode });

export const recipientPriceSetSchema = z.object({
  amount: text(30).trim().nullish(),
  currency: currencyCode.nullish(),
});

export const fxRateSetSchema = z.object({
  baseCurrency: currencyCode,
  quoteCurrency: currencyCode,
  rate: text(40).trim(),
  customerId: z.string().nullish(),
});

export const fxRateRemoveSchema = z.object({
  baseCurrency: currencyCode,
  quoteCurrency: currencyCode,
  customerId: z.string().nullish(),
});
