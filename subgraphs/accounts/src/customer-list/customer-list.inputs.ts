import { ConnectionArgs, SafeIntResolver, type UserError, parseInput, text } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import {
  CUSTOMER_STATUSES,
  type CustomerStatus,
  CustomerStatusEnum,
  PRICING_MODELS,
  type PricingModel,
  PricingModelEnum,
  countryRule,
  currencyRule,
} from '../customers';

export enum CustomerSortKey {
  NAME = 'NAME',
  ACCOUNT_NUMBER = 'ACCOUNT_NUMBER',
  CREATED_AT = 'CREATED_AT',
  BALANCE = 'BALANCE',
  AMOUNT_OWED = 'AMOUNT_OWED',
  LAST_MESSAGED_AT = 'LAST_MESSAGED_AT',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(CustomerSortKey, {
  name: 'CustomerSortKey',
  description: 'What a customer list is sorted by; ties are broken by id.',
  valuesConfig: {
    NAME: { description: 'By account name.' },
    ACCOUNT_NUMBER: { description: 'By account number, as text.' },
    CREATED_AT: { description: 'By the date the customer joined.' },
    BALANCE: { description: 'By balance, in minor units of each customer’s own currency.' },
    AMOUNT_OWED: { description: 'By the amount owed on unpaid invoices, in minor units.' },
    LAST_MESSAGED_AT: { description: 'By when the customer was last sent a message; never messaged last.' },
    RELEVANCE: {
      description:
        'By how well the customer matches `filter.query`, best first (an exact account number or email first); only with a query.',
    },
  },
});

/** The most values one list of a filter holds: a filter is something a person picks. */
const MAX_VALUES = 100;
/** The longest search term. */
export const QUERY_MAX_LENGTH = 200;

@InputType({ description: 'Customers by their tags; a tag is named by its text, ignoring case.' })
export class CustomerTagFilter {
  @Field(() => [ID], { nullable: true, description: 'Customers carrying every one of these tags.' })
  allOf?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Customers carrying at least one of these tags.' })
  anyOf?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Customers carrying none of these tags.' })
  noneOf?: string[] | null;
}

@InputType({ description: 'A span of time: from inclusive, to exclusive; either end may be open.' })
export class DateTimeRange {
  @Field(() => Date, { nullable: true, description: 'The first instant included.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The first instant no longer included.' })
  to?: Date | null;
}

@InputType({ description: 'A range of amounts in minor units, both ends included; either end may be open.' })
export class MinorAmountRange {
  @Field(() => SafeIntResolver, { nullable: true, description: 'The smallest amount included.' })
  min?: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'The largest amount included.' })
  max?: number | null;
}

@InputType({
  description:
    'Narrows a customer list; every condition given must hold. A malformed or unknown value is an error, never ignored.',
})
export class CustomerFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Finds customers by name, billing name, account number (also a former one), keyword, email, phone, or a member’s name or email: a substring (three characters find it anywhere) or, forgiving a typo, a close word.',
  })
  query?: string | null;

  @Field(() => [CustomerStatusEnum], {
    nullable: true,
    description: 'Statuses to include; every status but CLOSED by default.',
  })
  status?: CustomerStatus[] | null;

  @Field(() => CustomerTagFilter, { nullable: true, description: 'Customers by their tags.' })
  tags?: CustomerTagFilter | null;

  @Field(() => [PricingModelEnum], { nullable: true, description: 'Customers opened with one of these pricing models.' })
  pricingModel?: PricingModel[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers in one of these countries (ISO 3166-1 alpha-2).' })
  country?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Customers billed in one of these currencies (ISO 4217).' })
  currency?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Customers of one of these resellers.' })
  resellerIds?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true, description: 'Customers who joined in this span.' })
  createdAt?: DateTimeRange | null;

  @Field(() => MinorAmountRange, {
    nullable: true,
    description: 'Customers whose balance is in this range, in minor units of their own currency.',
  })
  balance?: MinorAmountRange | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: customers with unpaid invoices; false: customers owing nothing.',
  })
  owesMoney?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: customers whose balance is below their low-credit threshold; false: the others.',
  })
  lowCredit?: boolean | null;

  @Field(() => DateTimeRange, {
    nullable: true,
    description: 'Customers last sent a message in this span (never-messaged customers are outside every span).',
  })
  lastMessagedAt?: DateTimeRange | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: customers with a cancellation scheduled; false: the others.',
  })
  cancellationScheduled?: boolean | null;
}

@ArgsType()
export class CustomersArgs extends ConnectionArgs {
  @Field(() => CustomerFilter, { nullable: true, description: 'Which customers to list.' })
  filter?: CustomerFilter | null;

  @Field(() => CustomerSortKey, {
    nullable: true,
    description: 'The sort order: RELEVANCE when `filter.query` is given, CREATED_AT otherwise.',
  })
  sortKey?: CustomerSortKey | null;

  @Field({ defaultValue: false, description: 'Sort the other way round.' })
  reverse: boolean;
}

/** An empty list says nothing, as an absent one: the grammar is about values, not about emptiness. */
const list = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item)
    .max(MAX_VALUES, `Give at most ${MAX_VALUES} ${what}.`)
    .nullish()
    .transform((values) => (values && values.length > 0 ? [...new Set(values as z.output<T>[])] : null));

const instant = z.union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))]);

const range = z
  .object({ from: instant.nullish(), to: instant.nullish() })
  .strict()
  .nullish()
  .superRefine((span, payload) => {
    if (span?.from && span.to && span.from.getTime() >= span.to.getTime()) {
      payload.addIssue({ code: 'custom', message: 'The start of the span must come before its end.', path: ['to'] });
    }
  })
  .transform((span) => (span && (span.from || span.to) ? { from: span.from ?? null, to: span.to ?? null } : null));

const amount = z.number().int('Give a whole amount in minor units.').min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

const tagList = list(
  text()
    .trim()
    .min(1, 'A tag cannot be empty.')
    .max(40, 'A tag is at most 40 characters.'),
  'tags',
);

/**
 * The strict grammar of a customer list's filter, for the list, bulk actions, exports and saved
 * views alike: an unknown key, a malformed value or an impossible range is an error with its path.
 */
export const customerFilterSchema = z
  .object({
    query: text(QUERY_MAX_LENGTH)
      .nullish()
      .transform((value) => value?.trim() || null),
    status: list(z.enum(CUSTOMER_STATUSES), 'statuses'),
    tags: z
      .object({ allOf: tagList, anyOf: tagList, noneOf: tagList })
      .strict()
      .nullish()
      .transform((tags) => (tags && (tags.allOf || tags.anyOf || tags.noneOf) ? tags : null)),
    pricingModel: list(z.enum(PRICING_MODELS), 'pricing models'),
    country: list(countryRule, 'countries'),
    currency: list(currencyRule, 'currencies'),
    resellerIds: list(z.guid('Choose a reseller from the list.'), 'resellers'),
    createdAt: range,
    balance: z
      .object({ min: amount.nullish(), max: amount.nullish() })
      .strict()
      .nullish()
      .superRefine((span, payload) => {
        if (span && span.min != null && span.max != null && span.min > span.max) {
          payload.addIssue({ code: 'custom', message: 'The minimum must not be above the maximum.', path: ['max'] });
        }
      })
      .transform((span) =>
        span && (span.min != null || span.max != null) ? { min: span.min ?? null, max: span.max ?? null } : null,
      ),
    owesMoney: z.boolean().nullish().transform((value) => value ?? null),
    lowCredit: z.boolean().nullish().transform((value) => value ?? null),
    lastMessagedAt: range,
    cancellationScheduled: z.boolean().nullish().transform((value) => value ?? null),
  })
  .strict();

/** A filter that passed `parseCustomerFilter`: every value checked, absent conditions null. */
export type CustomerFilterValue = z.output<typeof customerFilterSchema>;

/** The filter a list without one uses: every status but CLOSED. */
export const EMPTY_FILTER: CustomerFilterValue = customerFilterSchema.parse({});

/**
 * Checks a filter as a client sent it (GraphQL input or stored JSON) against the grammar; errors
 * name their path under `argument` (e.g. `filter.country.0`). Whether tags and resellers exist is
 * the service's to check (`CustomerListService.checkFilter`), as it needs the database.
 */
export function parseCustomerFilter(value: unknown, argument = 'filter'): CustomerFilterValue | UserError[] {
  const parsed = parseInput(customerFilterSchema, plainObjects(value ?? {}), argument);
  return parsed.ok ? parsed.value : parsed.userErrors;
}

/** GraphQL inputs arrive as class instances with absent fields undefined; the grammar reads plain objects. */
function plainObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainObjects);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, plainObjects(field)]),
  );
}
