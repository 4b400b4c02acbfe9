import { enumOf } from '@clientele/subgraph-kit';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  CUSTOMER_STATUSES,
  type CustomerEntity,
  type CustomerStatus,
  PRICING_MODELS,
  type PricingModel,
} from './customer.entity';

export const CustomerStatusEnum = enumOf(CUSTOMER_STATUSES);
registerEnumType(CustomerStatusEnum, {
  name: 'CustomerStatus',
  description: 'Where a customer account is in its lifecycle.',
  valuesConfig: {
    ACTIVE: { description: 'In service.' },
    SUSPENDED: {
      description: 'Temporarily blocked (e.g. for non-payment); services stay billable; members cannot sign in.',
    },
    INACTIVE: { description: 'Deactivated or cancelled; data kept; can be reactivated.' },
    CLOSED: { description: 'Deleted from view; data kept until erased; hidden from default lists.' },
  },
});

export const PricingModelEnum = enumOf(PRICING_MODELS);
registerEnumType(PricingModelEnum, {
  name: 'PricingModel',
  description: 'How a customer pays.',
  valuesConfig: {
    PREPAID: { description: 'Spends from a balance bought in advance.' },
    POSTPAID: { description: 'Accrues charges and is invoiced.' },
  },
});

@ObjectType('CustomerLocation', { description: 'Where a customer is: a postal address, optionally with coordinates.' })
export class CustomerLocationType {
  @Field(() => [String], { description: 'Address lines, first to last (street, building, …).' })
  lines: string[];

  @Field(() => String, { nullable: true, description: 'City or town.' })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Region, state or county.' })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  postcode: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code of the address.' })
  country: string;

  @Field(() => Float, { nullable: true, description: 'Latitude in degrees (WGS 84), when known.' })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in degrees (WGS 84), when known.' })
  longitude: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Customer', { description: 'A customer account run by a partner.' })
export class CustomerType {
  @Field(() => ID, { description: 'Unique id of the customer account.' })
  id: string;

  @Field({ description: 'The account’s name (1–50 characters).' })
  name: string;

  @Field({ description: 'The name on invoices; the account name unless set.' })
  billingName: string;

  @Field({ description: 'The partner-visible reference, unique within the partner.' })
  accountNumber: string;

  @Field(() => CustomerStatusEnum, { description: 'Lifecycle status.' })
  status: CustomerStatus;

  @Field(() => String, { nullable: true, description: 'The account holder’s email address, where notifications go.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The account holder’s phone number, in E.164 form.' })
  phone: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code; drives tax.' })
  country: string;

  @Field({ description: 'ISO 4217 currency code the account is billed in.' })
  currency: string;

  @Field({ description: 'IANA time zone of the account, e.g. Europe/Paris.' })
  timezone: string;

  // Billing owns the pricing model (and answers `Customer.pricingModel`); this is the one the customer
  // was opened with, which billing falls back on until its account is open. Hidden from the API.
  @Directive('@inaccessible')
  @Field(() => PricingModelEnum, { description: 'The pricing model the customer was opened with.' })
  openingPricingModel: PricingModel;

  @Field(() => ID, { nullable: true, description: 'Id of the reseller the account belongs to, if any.' })
  resellerId: string | null;

  @Field(() => CustomerLocationType, { nullable: true, description: 'Where the customer is, if known.' })
  location: CustomerLocationType | null;

  @Field({ description: 'When the customer joined.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the customer was closed; null unless it is CLOSED.' })
  closedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the customer’s personal data was erased, for good; null unless it was.',
  })
  erasedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'In a list searched with `filter.query`: the former account number the search matched, when the current one did not match. Null elsewhere.',
  })
  matchedFormerAccountNumber: string | null;

  /** The partner the customer belongs to: for loading related records, never exposed. */
  partnerId: string;
}

function toLocationType(entity: CustomerEntity): CustomerLocationType | null {
  if (entity.locationLines === null || entity.locationCountry === null) return null;
  return Object.assign(new CustomerLocationType(), {
    lines: entity.locationLines,
    city: entity.locationCity,
    region: entity.locationRegion,
    postcode: entity.locationPostcode,
    country: entity.locationCountry,
    latitude: entity.locationLatitude,
    longitude: entity.locationLongitude,
  });
}

export function toCustomerType(entity: CustomerEntity): CustomerType {
  return Object.assign(new CustomerType(), {
    id: entity.id,
    name: entity.name,
    billingName: entity.billingName ?? entity.name,
    accountNumber: entity.accountNumber,
    status: entity.status,
    email: entity.email,
    phone: entity.phone,
    country: entity.country,
    currency: entity.currency,
    timezone: entity.timezone,
    openingPricingModel: entity.pricingModel,
    resellerId: entity.resellerId,
    location: toLocationType(entity),
    createdAt: entity.createdAt,
    closedAt: entity.closedAt,
    erasedAt: entity.erasedAt,
    matchedFormerAccountNumber: null,
    partnerId: entity.partnerId,
  });
}

@ObjectType('AccountNumberAssignment', { description: 'An account number a customer held or holds, and when.' })
export class AccountNumberAssignmentType {
  @Field({ description: 'The account number.' })
  accountNumber: string;

  @Field({ description: 'When the customer got it.' })
  assignedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the customer gave it up; null while it is theirs.' })
  releasedAt: Date | null;

  @Field({ description: 'Whether it is the customer’s number now.' })
  current: boolean;
}
