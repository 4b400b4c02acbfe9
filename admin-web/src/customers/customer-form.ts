import { z } from 'zod/mini';
import type { CustomerCreateInput, PricingModel } from '../gql/graphql';
import { nameField, optionalEmail, optionalPhone, orNull } from './form-rules';

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
});

export type CustomerFormValues = z.input<typeof customerFormSchema>;
export type CustomerFormOutput = z.output<typeof customerFormSchema>;

/** The form's fields in the order they are shown: the first one at fault gets the focus. */
export const customerFormFields = [
  'name',
  'billingName',
  'accountNumber',
  'email',
  'phone',
  'country',
  'currency',
  'timezone',
  'pricingModel',
  'resellerId',
] as const satisfies readonly (keyof CustomerFormValues)[];

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
};

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
  };
}
