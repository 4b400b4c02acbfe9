import { ConnectionArgs, UserError, emailAddress, nameText, text, trimmedText } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { type CustomerStatus, PRICING_MODELS, type PricingModel } from './customer.entity';
import { CustomerStatusEnum, CustomerType, PricingModelEnum } from './customer.type';

export enum CustomerSortKey {
  NAME = 'NAME',
  ACCOUNT_NUMBER = 'ACCOUNT_NUMBER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CustomerSortKey, {
  name: 'CustomerSortKey',
  description: 'What a customer list is sorted by; ties are broken by id.',
  valuesConfig: {
    NAME: { description: 'By account name.' },
    ACCOUNT_NUMBER: { description: 'By account number, as text.' },
    CREATED_AT: { description: 'By the date the customer joined.' },
  },
});

@InputType({ description: 'Narrows a customer list.' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Matches the name or account number, ignoring case.' })
  query?: string | null;

  @Field(() => [CustomerStatusEnum], {
    nullable: true,
    description: 'Statuses to include; every status but CLOSED by default.',
  })
  status?: CustomerStatus[] | null;
}

@ArgsType()
export class CustomersArgs extends ConnectionArgs {
  @Field(() => CustomerFilter, { nullable: true, description: 'Which customers to list.' })
  filter?: CustomerFilter | null;

  @Field(() => CustomerSortKey, { defaultValue: CustomerSortKey.CREATED_AT, description: 'The sort order.' })
  sortKey: CustomerSortKey;

  @Field({ defaultValue: false, description: 'Sort descending instead of ascending.' })
  reverse: boolean;
}

@InputType({ description: 'A new customer account.' })
export class CustomerCreateInput {
  @Field({ description: 'The account’s name, 1–50 characters.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name on invoices; defaults to the name.' })
  billingName?: string | null;

  @Field(() => String, { nullable: true, description: 'A unique reference; the next free number when omitted.' })
  accountNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The account holder’s email address.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The account holder’s phone number, in E.164 form (+15551234567).',
  })
  phone?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. GB; drives tax.' })
  country: string;

  @Field({ description: 'ISO 4217 currency code, e.g. EUR.' })
  currency: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone; UTC when omitted.' })
  timezone?: string | null;

  @Field(() => PricingModelEnum, { nullable: true, description: 'PREPAID when omitted.' })
  pricingModel?: PricingModel | null;

  @Field(() => ID, { nullable: true, description: 'The reseller the account belongs to, if any.' })
  resellerId?: string | null;
}

@ObjectType({ description: 'The result of customerCreate.' })
export class CustomerCreatePayload {
  @Field(() => CustomerType, { nullable: true, description: 'The new customer, unless the input was refused.' })
  customer: CustomerType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes CLDR names that are not countries: user-assigned ranges, unions and "unknown".
const notCountries = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;
const isCountryCode = (code: string) =>
  /^[A-Z]{2}$/.test(code) && !notCountries.test(code) && regionNames.of(code) !== undefined;
const currencies = new Set(Intl.supportedValuesOf('currency'));
const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
const optionalText = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullish());

export const customerCreateSchema = z.object({
  name: nameText({ maxLength: 50, tooLong: 'A name can be at most 50 characters.', required: 'Enter a name.' }),
  billingName: optionalText(
    nameText({
      maxLength: 100,
      tooLong: 'A billing name can be at most 100 characters.',
      required: 'Enter a billing name.',
    }),
  ),
  accountNumber: optionalText(
    trimmedText({ maxLength: 32, tooLong: 'An account number can be at most 32 characters.' }).regex(
      /^[A-Za-z0-9._-]+$/,
      'Use letters, digits, dots, dashes and underscores only.',
    ),
  ),
  email: optionalText(emailAddress()),
  phone: optionalText(
    text()
      .trim()
      .regex(/^\+[1-9]\d{6,14}$/, 'Enter the number in international form, e.g. +447700900123.'),
  ),
  country: text().trim().toUpperCase().refine(isCountryCode, 'Choose a country (ISO code such as GB).'),
  currency: text()
    .trim()
    .toUpperCase()
    .refine((code) => currencies.has(code), 'Choose a currency (ISO code such as EUR).'),
  timezone: text()
    .nullish()
    .transform((zone) => zone ?? 'UTC')
    .refine((zone) => timeZones.has(zone), 'Choose a time zone such as Europe/London.'),
  pricingModel: z
    .enum(PRICING_MODELS)
    .nullish()
    .transform((model) => model ?? 'PREPAID'),
  resellerId: z.guid('Choose a reseller from the list.').nullish(),
});

export type CustomerCreateCommand = z.output<typeof customerCreateSchema>;
