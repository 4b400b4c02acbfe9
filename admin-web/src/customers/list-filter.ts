import { z } from 'zod/mini';
import type { CustomerFilter, PricingModel } from '../gql/graphql';

/**
 * The filter panel's values, as they stand in the URL and in the form: plain text, so a link
 * carries them unchanged (`?tagsAny=vip,late&owes=yes&balanceMax=-1`). Dates are the operator's
 * calendar days; amounts are minor units (cents) of each customer's own currency.
 */
export const filterFields = [
  'tagsAll',
  'tagsAny',
  'tagsNone',
  'pricing',
  'country',
  'currency',
  'reseller',
  'createdFrom',
  'createdTo',
  'balanceMin',
  'balanceMax',
  'owes',
  'lowCredit',
  'messagedFrom',
  'messagedTo',
  'cancelling',
] as const;

export type FilterField = (typeof filterFields)[number];
export type CustomerListFilter = Record<FilterField, string>;

export const emptyFilter: CustomerListFilter = Object.fromEntries(
  filterFields.map((field) => [field, '']),
) as CustomerListFilter;

const day = /^\d{4}-\d{2}-\d{2}$/;
const whole = /^-?\d+$/;
const yesNo = /^(yes|no)$/;
const pricingModels: readonly PricingModel[] = ['PREPAID', 'POSTPAID'];

/** What each field accepts; the form shows the message, and a URL value that fails is dropped. */
const rules: Record<FilterField, { check: (value: string) => boolean; message: string }> = {
  tagsAll: { check: () => true, message: '' },
  tagsAny: { check: () => true, message: '' },
  tagsNone: { check: () => true, message: '' },
  pricing: {
    check: (v) => pricingModels.includes(v.toUpperCase() as PricingModel),
    message: 'Choose a pricing model.',
  },
  country: {
    check: (v) => list(v).every((code) => /^[A-Za-z]{2}$/.test(code)),
    message: 'Give two-letter country codes, e.g. GB, FR.',
  },
  currency: {
    check: (v) => list(v).every((code) => /^[A-Za-z]{3}$/.test(code)),
    message: 'Give three-letter currency codes, e.g. EUR, GBP.',
  },
  reseller: { check: () => true, message: '' },
  createdFrom: { check: (v) => day.test(v), message: 'Give a date.' },
  createdTo: { check: (v) => day.test(v), message: 'Give a date.' },
  balanceMin: { check: (v) => whole.test(v), message: 'Give a whole number of minor units (cents).' },
  balanceMax: { check: (v) => whole.test(v), message: 'Give a whole number of minor units (cents).' },
  owes: { check: (v) => yesNo.test(v), message: '' },
  lowCredit: { check: (v) => yesNo.test(v), message: '' },
  messagedFrom: { check: (v) => day.test(v), message: 'Give a date.' },
  messagedTo: { check: (v) => day.test(v), message: 'Give a date.' },
  cancelling: { check: (v) => yesNo.test(v), message: '' },
};

/** The form's schema: every field optional, each checked by its rule when filled. */
export const filterFormSchema = z
  .object(
    Object.fromEntries(
      filterFields.map((field) => [
        field,
        z
          .string()
          .check(z.refine((value) => value.trim() === '' || rules[field].check(value.trim()), rules[field].message)),
      ]),
    ) as Record<FilterField, z.ZodMiniString<string>>,
  )
  .check(
    z.refine((v) => !(v['balanceMin'] && v['balanceMax']) || Number(v['balanceMin']) <= Number(v['balanceMax']), {
      message: 'The lowest balance must not be above the highest.',
      path: ['balanceMax'],
    }),
  );

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function readFilter(search: URLSearchParams): CustomerListFilter {
  const filter = { ...emptyFilter };
  for (const field of filterFields) {
    const value = search.get(field)?.trim() ?? '';
    if (value && rules[field].check(value)) filter[field] = value;
  }
  return filter;
}

export function writeFilter(filter: CustomerListFilter, search: URLSearchParams): void {
  for (const field of filterFields) {
    const value = filter[field].trim();
    if (value) search.set(field, value);
  }
}

/** How many of the panel's fields narrow the list, for the button's badge. */
export function activeFilterCount(filter: CustomerListFilter): number {
  return filterFields.filter((field) => filter[field].trim() !== '').length;
}

/** A calendar day's start in the operator's time zone. */
function startOfDay(value: string): string {
  return new Date(`${value}T00:00:00`).toISOString();
}

/** The end of a day, as the API's exclusive `to`: the next day's start, so "until" includes the day. */
function endOfDay(value: string): string {
  const date = new Date(`${value}T00:00:00`);
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}

function range(from: string, to: string): { from?: string; to?: string } | null {
  if (!from && !to) return null;
  return { ...(from ? { from: startOfDay(from) } : {}), ...(to ? { to: endOfDay(to) } : {}) };
}

function flag(value: string): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

/** The panel's part of the API's `CustomerFilter`; fields left empty are left out. */
export function toFilterInput(filter: CustomerListFilter): Partial<CustomerFilter> {
  const input: Partial<CustomerFilter> = {};
  const tags = {
    ...(filter['tagsAll'] ? { allOf: list(filter['tagsAll']) } : {}),
    ...(filter['tagsAny'] ? { anyOf: list(filter['tagsAny']) } : {}),
    ...(filter['tagsNone'] ? { noneOf: list(filter['tagsNone']) } : {}),
  };
  if (Object.keys(tags).length) input.tags = tags;
  if (filter.pricing) input.pricingModel = [filter.pricing.toUpperCase() as PricingModel];
  if (filter.country) input.country = list(filter.country).map((code) => code.toUpperCase());
  if (filter.currency) input.currency = list(filter.currency).map((code) => code.toUpperCase());
  if (filter.reseller) input.resellerIds = [filter.reseller];
  const created = range(filter['createdFrom'], filter['createdTo']);
  if (created) input.createdAt = created;
  if (filter['balanceMin'] || filter['balanceMax']) {
    input.balance = {
      ...(filter['balanceMin'] ? { min: Number(filter['balanceMin']) } : {}),
      ...(filter['balanceMax'] ? { max: Number(filter['balanceMax']) } : {}),
    };
  }
  const owes = flag(filter.owes);
  if (owes !== null) input.owesMoney = owes;
  const lowCredit = flag(filter.lowCredit);
  if (lowCredit !== null) input.lowCredit = lowCredit;
  const messaged = range(filter['messagedFrom'], filter['messagedTo']);
  if (messaged) input.lastMessagedAt = messaged;
  const cancelling = flag(filter.cancelling);
  if (cancelling !== null) input.cancellationScheduled = cancelling;
  return input;
}
