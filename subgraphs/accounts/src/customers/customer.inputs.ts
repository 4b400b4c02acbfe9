import { UserError, emailAddress, nameText, text, trimmedText } from '@clientele/subgraph-kit';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { PRICING_MODELS, type PricingModel } from './customer.entity';
import { CustomerType, PricingModelEnum } from './customer.type';

@InputType({ description: 'Where a customer is. Lines and country are required; coordinates come in pairs.' })
export class CustomerLocationInput {
  @Field(() => [String], { description: 'Address lines, first to last; at most 4 of 100 characters each.' })
  lines: string[];

  @Field(() => String, { nullable: true, description: 'City or town, at most 100 characters.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Region, state or county, at most 100 characters.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code, at most 20 characters.' })
  postcode?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code of the address.' })
  country: string;

  @Field(() => Float, { nullable: true, description: 'Latitude in degrees, −90 to 90; with longitude.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in degrees, −180 to 180; with latitude.' })
  longitude?: number | null;
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

  @Field(() => PricingModelEnum, {
    nullable: true,
    description: 'PREPAID when omitted. Billing opens the account with it and owns it from then on.',
  })
  pricingModel?: PricingModel | null;

  @Field(() => ID, { nullable: true, description: 'The reseller the account belongs to, if any.' })
  resellerId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Words that find the account; each names one customer of the partner (at most 20, 50 characters each).',
  })
  keywords?: string[] | null;

  @Field(() => CustomerLocationInput, { nullable: true, description: 'Where the customer is.' })
  location?: CustomerLocationInput | null;
}

@InputType({
  description:
    'Changes to a customer account. A field left out is kept; a nullable field set to null is cleared (a cleared billing name falls back to the name).',
})
export class CustomerUpdateInput {
  @Field(() => ID, { description: 'Id of the customer account.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The account’s name, 1–50 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Name on invoices; null to use the name.' })
  billingName?: string | null;

  @Field(() => String, { nullable: true, description: 'The account holder’s email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The account holder’s phone number, in E.164 form.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code; drives tax.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timezone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The reseller the account belongs to; null for none.' })
  resellerId?: string | null;

  @Field(() => [String], { nullable: true, description: 'The account’s keywords, replacing the current ones.' })
  keywords?: string[] | null;

  @Field(() => CustomerLocationInput, { nullable: true, description: 'Where the customer is; null to clear.' })
  location?: CustomerLocationInput | null;
}

@ObjectType({ description: 'The result of customerUpdate.' })
export class CustomerUpdatePayload {
  @Field(() => CustomerType, {
    nullable: true,
    description: 'The customer as it is now, unless the input was refused.',
  })
  customer: CustomerType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
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

export const KEYWORDS_MAX = 20;
export const KEYWORD_MAX_LENGTH = 50;

/** The rules of each customer field, shared by create and update. */
const rules = {
  name: nameText({ maxLength: 50, tooLong: 'A name can be at most 50 characters.', required: 'Enter a name.' }),
  billingName: optionalText(
    nameText({
      maxLength: 100,
      tooLong: 'A billing name can be at most 100 characters.',
      required: 'Enter a billing name.',
    }),
  ),
  accountNumber: trimmedText({ maxLength: 32, tooLong: 'An account number can be at most 32 characters.' }).regex(
    /^[A-Za-z0-9._-]+$/,
    'Use letters, digits, dots, dashes and underscores only.',
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
    .trim()
    .refine((zone) => timeZones.has(zone), 'Choose a time zone such as Europe/London.'),
  pricingModel: z.enum(PRICING_MODELS),
  resellerId: z.guid('Choose a reseller from the list.').nullish(),
  keywords: z
    .array(
      nameText({
        maxLength: KEYWORD_MAX_LENGTH,
        tooLong: `A keyword can be at most ${KEYWORD_MAX_LENGTH} characters.`,
        required: 'A keyword cannot be empty.',
      }),
    )
    .max(KEYWORDS_MAX, `Use at most ${KEYWORDS_MAX} keywords.`)
    .superRefine((keywords, payload) => {
      const seen = new Set<string>();
      keywords.forEach((keyword, index) => {
        const key = keyword.toLowerCase();
        if (seen.has(key)) {
          payload.addIssue({ code: 'custom', message: 'This keyword is listed twice.', path: [index] });
        }
        seen.add(key);
      });
    }),
  location: z
    .object({
      lines: z
        .array(trimmedText({ maxLength: 100, tooLong: 'An address line can be at most 100 characters.' }))
        .max(4, 'Use at most 4 address lines.')
        .transform((lines) => lines.filter((line) => line !== '')),
      city: optionalText(trimmedText({ maxLength: 100, tooLong: 'A city can be at most 100 characters.' })),
      region: optionalText(trimmedText({ maxLength: 100, tooLong: 'A region can be at most 100 characters.' })),
      postcode: optionalText(trimmedText({ maxLength: 20, tooLong: 'A postcode can be at most 20 characters.' })),
      country: text().trim().toUpperCase().refine(isCountryCode, 'Choose a country (ISO code such as GB).'),
      latitude: z
        .number()
        .refine((degrees) => Math.abs(degrees) <= 90, 'A latitude is between −90 and 90.')
        .nullish(),
      longitude: z
        .number()
        .refine((degrees) => Math.abs(degrees) <= 180, 'A longitude is between −180 and 180.')
        .nullish(),
    })
    .superRefine((location, payload) => {
      const hasLatitude = location.latitude !== null && location.latitude !== undefined;
      const hasLongitude = location.longitude !== null && location.longitude !== undefined;
      if (hasLatitude && !hasLongitude) {
        payload.addIssue({ code: 'custom', message: 'Give the longitude with the latitude.', path: ['longitude'] });
      }
      if (hasLongitude && !hasLatitude) {
        payload.addIssue({ code: 'custom', message: 'Give the latitude with the longitude.', path: ['latitude'] });
      }
    })
    .transform((location) => ({
      lines: location.lines,
      city: location.city ?? null,
      region: location.region ?? null,
      postcode: location.postcode ?? null,
      country: location.country,
      latitude: location.latitude ?? null,
      longitude: location.longitude ?? null,
    })),
};

export type CustomerLocation = z.output<typeof rules.location>;

/** What a country and a currency code may be, wherever one is given (a list's filter too). */
export const countryRule = rules.country;
export const currencyRule = rules.currency;

/** What an account number may be, wherever one is chosen. */
export const accountNumberRule = rules.accountNumber;

export const customerCreateSchema = z.object({
  name: rules.name,
  billingName: rules.billingName,
  accountNumber: optionalText(rules.accountNumber),
  email: rules.email,
  phone: rules.phone,
  country: rules.country,
  currency: rules.currency,
  timezone: rules.timezone.nullish().transform((zone) => zone ?? 'UTC'),
  pricingModel: rules.pricingModel.nullish().transform((model) => model ?? 'PREPAID'),
  resellerId: rules.resellerId,
  keywords: rules.keywords.nullish().transform((keywords) => keywords ?? []),
  location: rules.location.nullish().transform((location) => location ?? null),
});

export type CustomerCreateCommand = z.output<typeof customerCreateSchema>;

/**
 * A partial update: a field that is absent (undefined) is kept. Null clears a nullable field and
 * is refused for a required one (its rule does not accept null).
 */
export const customerUpdateSchema = z.object({
  id: z.string(),
  name: rules.name.optional(),
  billingName: rules.billingName,
  email: rules.email,
  phone: rules.phone,
  country: rules.country.optional(),
  currency: rules.currency.optional(),
  timezone: rules.timezone.optional(),
  resellerId: rules.resellerId,
  // An explicit null empties the keywords, as an empty list does.
  keywords: rules.keywords.nullish().transform((keywords) => (keywords === null ? [] : keywords)),
  location: rules.location.nullish(),
});

export type CustomerUpdateCommand = z.output<typeof customerUpdateSchema>;
