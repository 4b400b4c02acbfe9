import { z } from 'zod/mini';
import type { CustomerCreateInput, CustomerLocationInput, CustomerUpdateInput, PricingModel } from '../gql/graphql';
import { nameField, optionalEmail, optionalPhone, optionalText, orNull } from './form-rules';
import type { CustomerPageFieldsFragment } from './queries';

/**
 * The customer form's rules, the same as the accounts subgraph's (`customer.inputs.ts`), so
 * most mistakes are caught before a round trip; the server checks everything again and its
 * `userErrors` land on the same fields.
 */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// Codes CLDR names that are not countries: user-assigned ranges, unions and "unknown".
const notCountries = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export type Option = { value: string; label: string };

/** Every ISO 3166-1 alpha-2 country the browser can name, by name. */
export const countryOptions: readonly Option[] = [...letters]
  .flatMap((first) => [...letters].map((second) => first + second))
  .filter((code) => !notCountries.test(code))
  .flatMap((code) => {
    const name = regionNames.of(code);
    return name ? [{ value: code, label: `${name} (${code})` }] : [];
  })
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });

export const currencyOptions: readonly Option[] = Intl.supportedValuesOf('currency').map((code) => {
  const name = currencyNames.of(code);
  return { value: code, label: name ? `${code} — ${name}` : code };
});

export const timeZoneOptions: readonly Option[] = ['UTC', ...Intl.supportedValuesOf('timeZone')]
  .filter((zone, index, all) => all.indexOf(zone) === index)
  .map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));

const countryCodes = new Set(countryOptions.map((option) => option.value));
const currencyCodes = new Set(currencyOptions.map((option) => option.value));
const timeZones = new Set(timeZoneOptions.map((option) => option.value));

const KEYWORDS_MAX = 20;
const KEYWORD_MAX_LENGTH = 50;

/** "acme, Acme Ltd ,  ACM" → ["acme", "Acme Ltd", "ACM"]. */
export function splitKeywords(value: string): string[] {
  return value
    .split(',')
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
}

const coordinate = (limit: number, message: string) =>
  z.string().check(
    z.trim(),
    z.refine<string>((value) => value === '' || (Number.isFinite(Number(value)) && Math.abs(Number(value)) <= limit), {
      message,
    }),
  );

const locationSchema = z
  .object({
    line1: optionalText(100, 'An address line can be at most 100 characters.'),
    line2: optionalText(100, 'An address line can be at most 100 characters.'),
    city: optionalText(100, 'A city can be at most 100 characters.'),
    region: optionalText(100, 'A region can be at most 100 characters.'),
    postcode: optionalText(20, 'A postcode can be at most 20 characters.'),
    country: z.string(),
    latitude: coordinate(90, 'A latitude is between −90 and 90.'),
    longitude: coordinate(180, 'A longitude is between −180 and 180.'),
  })
  .check((payload) => {
    const location = payload.value;
    const given = Object.values(location).some((value) => value.trim() !== '');
    if (given && !countryCodes.has(location.country)) {
      payload.issues.push({
        code: 'custom',
        message: 'Choose the country of the address.',
        path: ['country'],
        input: location,
      });
    }
    if (location.latitude.trim() !== '' && location.longitude.trim() === '') {
      payload.issues.push({
        code: 'custom',
        message: 'Give the longitude with the latitude.',
        path: ['longitude'],
        input: location,
      });
    }
    if (location.longitude.trim() !== '' && location.latitude.trim() === '') {
      payload.issues.push({
        code: 'custom',
        message: 'Give the latitude with the longitude.',
        path: ['latitude'],
        input: location,
      });
    }
  });

export const customerFormSchema = z.object({
  name: nameField({ maxLength: 50, tooLong: 'A name can be at most 50 characters.', required: 'Enter a name.' }),
  billingName: nameField({ maxLength: 100, tooLong: 'A billing name can be at most 100 characters.' }),
  accountNumber: z.string().check(
    z.trim(),
    z.maxLength(32, 'An account number can be at most 32 characters.'),
    z.refine((value: string) => value === '' || /^[A-Za-z0-9._-]+$/.test(value), {
      message: 'Use letters, digits, dots, dashes and underscores only.',
    }),
  ),
  email: optionalEmail(),
  phone: optionalPhone(),
  country: z.string().check(z.refine((code: string) => countryCodes.has(code), { message: 'Choose a country.' })),
  currency: z.string().check(z.refine((code: string) => currencyCodes.has(code), { message: 'Choose a currency.' })),
  timezone: z
    .string()
    .check(z.refine((zone: string) => timeZones.has(zone), { message: 'Choose a time zone such as Europe/London.' })),
  pricingModel: z.enum(['PREPAID', 'POSTPAID']),
  resellerId: z.string(),
  keywords: z.string().check(
    z.refine<string>((value) => splitKeywords(value).length <= KEYWORDS_MAX, {
      message: `Use at most ${KEYWORDS_MAX} keywords.`,
    }),
    z.refine<string>((value) => splitKeywords(value).every((keyword) => keyword.length <= KEYWORD_MAX_LENGTH), {
      message: `A keyword can be at most ${KEYWORD_MAX_LENGTH} characters.`,
    }),
    z.refine<string>(
      (value) => {
        const keys = splitKeywords(value).map((keyword) => keyword.toLowerCase());
        return new Set(keys).size === keys.length;
      },
      { message: 'A keyword is listed twice.' },
    ),
  ),
  location: locationSchema,
});

export type CustomerFormValues = z.input<typeof customerFormSchema>;
export type CustomerFormOutput = z.output<typeof customerFormSchema>;

/** The form's fields in the order they are shown: the first one at fault gets the focus. */
export const customerFormFields = [
  'name',
  'billingName',
  'accountNumber',
  'resellerId',
  'keywords',
  'email',
  'phone',
  'location.line1',
  'location.line2',
  'location.city',
  'location.region',
  'location.postcode',
  'location.country',
  'location.latitude',
  'location.longitude',
  'country',
  'currency',
  'timezone',
  'pricingModel',
] as const;

/** The server names address lines by their index; the form has two. */
export const customerFieldAliases: Record<string, (typeof customerFormFields)[number]> = {
  'location.lines': 'location.line1',
  'location.lines.0': 'location.line1',
  'location.lines.1': 'location.line2',
};

const emptyLocation = {
  line1: '',
  line2: '',
  city: '',
  region: '',
  postcode: '',
  country: '',
  latitude: '',
  longitude: '',
};

export const emptyCustomerForm: CustomerFormValues = {
  name: '',
  billingName: '',
  accountNumber: '',
  email: '',
  phone: '',
  country: '',
  currency: '',
  timezone: 'UTC',
  pricingModel: 'PREPAID' satisfies PricingModel,
  resellerId: '',
  keywords: '',
  location: emptyLocation,
};

/** The form filled in with a customer as it is, for editing. */
export function customerFormValues(customer: CustomerPageFieldsFragment): CustomerFormValues {
  const location = customer.location;
  return {
    name: customer.name,
    // The billing name falls back to the name; an untouched fallback stays a fallback.
    billingName: customer.billingName === customer.name ? '' : customer.billingName,
    accountNumber: customer.accountNumber,
    email: customer.email ?? '',
    phone: customer.phone ?? '',
    country: customer.country,
    currency: customer.currency,
    timezone: customer.timezone,
    pricingModel: customer.pricingModel,
    resellerId: customer.resellerId ?? '',
    keywords: customer.keywords.join(', '),
    location: location
      ? {
          line1: location.lines[0] ?? '',
          line2: location.lines[1] ?? '',
          city: location.city ?? '',
          region: location.region ?? '',
          postcode: location.postcode ?? '',
          country: location.country,
          latitude: location.latitude === null ? '' : String(location.latitude),
          longitude: location.longitude === null ? '' : String(location.longitude),
        }
      : emptyLocation,
  };
}

function toLocationInput(location: CustomerFormOutput['location']): CustomerLocationInput | null {
  if (location.country === '') return null;
  return {
    lines: [location.line1, location.line2].filter((line) => line !== ''),
    city: orNull(location.city),
    region: orNull(location.region),
    postcode: orNull(location.postcode),
    country: location.country,
    latitude: location.latitude === '' ? null : Number(location.latitude),
    longitude: location.longitude === '' ? null : Number(location.longitude),
  };
}

export function toCustomerCreateInput(values: CustomerFormOutput): CustomerCreateInput {
  return {
    name: values.name,
    billingName: orNull(values.billingName),
    accountNumber: orNull(values.accountNumber),
    email: orNull(values.email),
    phone: orNull(values.phone),
    country: values.country,
    currency: values.currency,
    timezone: values.timezone,
    pricingModel: values.pricingModel,
    resellerId: orNull(values.resellerId),
    keywords: splitKeywords(values.keywords),
    location: toLocationInput(values.location),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what the person changed: a field left out is kept, so nothing else is touched. */
export function toCustomerUpdateInput(
  customer: CustomerPageFieldsFragment,
  values: CustomerFormOutput,
): CustomerUpdateInput {
  const before = toCustomerCreateInput(customerFormSchema.parse(customerFormValues(customer)));
  const after = toCustomerCreateInput(values);
  const input: CustomerUpdateInput = { id: customer.id };
  if (!same(before.name, after.name)) input.name = after.name;
  if (!same(before.billingName, after.billingName)) input.billingName = after.billingName;
  if (!same(before.email, after.email)) input.email = after.email;
  if (!same(before.phone, after.phone)) input.phone = after.phone;
  if (!same(before.country, after.country)) input.country = after.country;
  if (!same(before.timezone, after.timezone)) input.timezone = after.timezone;
  if (!same(before.resellerId, after.resellerId)) input.resellerId = after.resellerId;
  if (!same(before.keywords, after.keywords)) input.keywords = after.keywords;
  if (!same(before.location, after.location)) input.location = after.location;
  return input;
}
