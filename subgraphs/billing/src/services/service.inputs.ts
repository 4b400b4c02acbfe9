import { UserError, nameText, text } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { SERVICE_PERIODS, type ServicePeriod } from './service.entity';
import { ServicePeriodEnum, ServiceType } from './service.type';

const date = text(10)
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give a date as YYYY-MM-DD.');

const currency = text(3)
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Give the currency as its three-letter ISO 4217 code, e.g. "EUR".');

const description = nameText({ maxLength: 200, required: 'Describe the service.' });

@InputType({ description: 'A new service for a customer.' })
export class ServiceCreateInput {
  @Field(() => ID, { description: 'The customer it is billed to.' })
  customerId: string;

  @Field({ description: 'The plan or what is sold, 1–200 characters, as invoices show it.' })
  description: string;

  @Field({ description: 'The price of one unit for one period, a decimal in major units, e.g. "19.99".' })
  unitPrice: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the price; the customer’s when omitted.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'How many units, a decimal above 0; "1" when omitted.' })
  quantity?: string | null;

  @Field(() => ServicePeriodEnum, { description: 'What period the unit price is for.' })
  period: ServicePeriod;

  @Field(() => String, { nullable: true, description: 'The first day billed (YYYY-MM-DD); today when omitted.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The first day no longer billed (YYYY-MM-DD), if it is known.' })
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member the service is for, if any.' })
  assignedMemberId?: string | null;
}

@InputType({ description: 'Changes to a service; fields left out stay as they are. Past invoices do not change.' })
export class ServiceUpdateInput {
  @Field(() => ID, { description: 'The service.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The plan or what is sold.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The price of one unit for one period, in major units.' })
  unitPrice?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the price.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'How many units, a decimal above 0.' })
  quantity?: string | null;

  @Field(() => ServicePeriodEnum, { nullable: true, description: 'What period the unit price is for.' })
  period?: ServicePeriod | null;

  @Field(() => String, { nullable: true, description: 'The first day billed (YYYY-MM-DD).' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The first day no longer billed (YYYY-MM-DD).' })
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member the service is for.' })
  assignedMemberId?: string | null;
}

@InputType({ description: 'A service that stops: it is billed up to the day before its end, never deleted.' })
export class ServiceRemoveInput {
  @Field(() => ID, { description: 'The service.' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: 'The first day no longer billed (YYYY-MM-DD); today when omitted.',
  })
  endDate?: string | null;
}

@ObjectType({ description: 'The result of serviceCreate, serviceUpdate or serviceRemove.' })
export class ServicePayload {
  @Field(() => ServiceType, { nullable: true, description: 'The service as it is now, unless the input was refused.' })
  service: ServiceType | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

export const serviceCreateSchema = z.object({
  customerId: z.string(),
  description,
  unitPrice: text(30).trim(),
  currency: currency.nullish(),
  quantity: text(30).trim().nullish(),
  period: z.enum(SERVICE_PERIODS),
  startDate: date.nullish(),
  endDate: date.nullish(),
  assignedMemberId: z.string().nullish(),
});

export const serviceUpdateSchema = z.object({
  id: z.string(),
  description: description.nullish(),
  unitPrice: text(30).trim().nullish(),
  currency: currency.nullish(),
  quantity: text(30).trim().nullish(),
  period: z.enum(SERVICE_PERIODS).nullish(),
  startDate: date.nullish(),
  endDate: date.nullish(),
  assignedMemberId: z.string().nullish(),
});

export const serviceRemoveSchema = z.object({ id: z.string(), endDate: date.nullish() });
