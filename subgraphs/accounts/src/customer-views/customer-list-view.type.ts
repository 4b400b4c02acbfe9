import { SafeIntResolver } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { CustomerFilterValue } from '../customer-list';
import { CustomerSortKey } from '../customer-list';
import { type CustomerStatus, CustomerStatusEnum, type PricingModel, PricingModelEnum } from '../customers';

// The saved filter mirrors the `CustomerFilter` input field for field, as output types: GraphQL
// does not let one type be both, and a client sends back what it read.

@ObjectType('CustomerTagFilterState', { description: 'A saved tag condition, as `CustomerTagFilter` takes it.' })
export class CustomerTagFilterStateType {
  @Field(() => [ID], { nullable: true, description: 'Customers carrying every one of these tags.' })
  allOf: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Customers carrying at least one of these tags.' })
  anyOf: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Customers carrying none of these tags.' })
  noneOf: string[] | null;
}

@ObjectType('DateTimeRangeState', { description: 'A saved span of time, as `DateTimeRange` takes it.' })
export class DateTimeRangeStateType {
  @Field(() => Date, { nullable: true, description: 'The first instant included.' })
  from: Date | null;

  @Field(() => Date, { nullable: true, description: 'The first instant no longer included.' })
  to: Date | null;
}

@ObjectType('MinorAmountRangeState', { description: 'A saved range of amounts, as `MinorAmountRange` takes it.' })
export class MinorAmountRangeStateType {
  @Field(() => SafeIntResolver, { nullable: true, description: 'The smallest amount included, in minor units.' })
  min: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'The largest amount included, in minor units.' })
  max: number | null;
}

@ObjectType('CustomerFilterState', {
  description: 'A saved customer list filter: the fields of the `CustomerFilter` input, null where not set.',
})
export class CustomerFilterStateType {
  @Field(() => String, { nullable: true, description: 'The search text.' })
  query: string | null;

  @Field(() => [CustomerStatusEnum], { nullable: true, description: 'The statuses included; the default when null.' })
  status: CustomerStatus[] | null;

  @Field(() => CustomerTagFilterStateType, { nullable: true, description: 'The tag condition.' })
  tags: CustomerTagFilterStateType | null;

  @Field(() => [PricingModelEnum], { nullable: true, description: 'The pricing models included.' })
  pricingModel: PricingModel[] | null;

  @Field(() => [String], { nullable: true, description: 'The countries included.' })
  country: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The currencies included.' })
  currency: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The resellers included.' })
  resellerIds: string[] | null;

  @Field(() => DateTimeRangeStateType, { nullable: true, description: 'When the customers joined.' })
  createdAt: DateTimeRangeStateType | null;

  @Field(() => MinorAmountRangeStateType, { nullable: true, description: 'The balance range.' })
  balance: MinorAmountRangeStateType | null;

  @Field(() => Boolean, { nullable: true, description: 'Owing money, or owing nothing.' })
  owesMoney: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Below the low-credit threshold, or not.' })
  lowCredit: boolean | null;

  @Field(() => DateTimeRangeStateType, { nullable: true, description: 'When the customers were last messaged.' })
  lastMessagedAt: DateTimeRangeStateType | null;

  @Field(() => Boolean, { nullable: true, description: 'With a cancellation scheduled, or without.' })
  cancellationScheduled: boolean | null;
}

export function toCustomerFilterState(filter: CustomerFilterValue): CustomerFilterStateType {
  const span = (range: { from: Date | null; to: Date | null } | null) =>
    range && Object.assign(new DateTimeRangeStateType(), { from: range.from, to: range.to });
  return Object.assign(new CustomerFilterStateType(), {
    query: filter.query,
    status: filter.status,
    tags:
      filter.tags &&
      Object.assign(new CustomerTagFilterStateType(), {
        allOf: filter.tags.allOf ?? null,
        anyOf: filter.tags.anyOf ?? null,
        noneOf: filter.tags.noneOf ?? null,
      }),
    pricingModel: filter.pricingModel,
    country: filter.country,
    currency: filter.currency,
    resellerIds: filter.resellerIds,
    createdAt: span(filter.createdAt),
    balance: filter.balance && Object.assign(new MinorAmountRangeStateType(), filter.balance),
    owesMoney: filter.owesMoney,
    lowCredit: filter.lowCredit,
    lastMessagedAt: span(filter.lastMessagedAt),
    cancellationScheduled: filter.cancellationScheduled,
  });
}

@ObjectType('CustomerListView', {
  description: 'A saved view of the customer list: a filter, an order and columns under a name.',
})
export class CustomerListViewType {
  @Field(() => ID, { description: 'Unique id of the view.' })
  id: string;

  @Field({ description: 'The view’s name, unique among its owner’s views.' })
  name: string;

  @Field({ description: 'True when every operator of the partner sees it; false when only its owner does.' })
  shared: boolean;

  /** The operator who saved it, resolved through the operators loader. */
  ownerId: string;

  @Field({ description: 'True when the caller saved it.' })
  ownedByMe: boolean;

  @Field({
    description: 'True when the caller may change or delete it: its owner, or an OWNER or ADMIN for a shared one.',
  })
  canEdit: boolean;

  @Field(() => CustomerFilterStateType, { description: 'Which customers the view lists.' })
  filter: CustomerFilterStateType;

  @Field(() => CustomerSortKey, {
    nullable: true,
    description: 'What the view sorts by; null for the list’s default (relevance with a search, else date joined).',
  })
  sortKey: CustomerSortKey | null;

  @Field({ description: 'True when sorted the other way round.' })
  reverse: boolean;

  @Field(() => [String], { description: 'The columns shown, in order, as the app names them.' })
  columns: string[];

  @Field({ description: 'When it was saved first.' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;
}
