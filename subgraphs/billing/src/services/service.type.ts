import { enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType, toMoney } from '../money';
import { SERVICE_PERIODS, type ServicePeriod } from './service.entity';
import type { Service } from './service.model';

export const ServicePeriodEnum = enumOf(SERVICE_PERIODS);
registerEnumType(ServicePeriodEnum, {
  name: 'ServicePeriod',
  description: 'What the unit price of a service pays for.',
  valuesConfig: {
    MONTHLY: { description: 'A calendar month; part months are pro-rated by days of that month.' },
    YEARLY: {
      description:
        'A calendar year, billed month by month: each month charges its days at the price over the year’s days.',
    },
  },
});

@ObjectType('Service', {
  description: 'A billable subscription of a customer: a plan or a line item billed each period.',
})
export class ServiceType {
  @Field(() => ID, { description: 'Unique id of the service.' })
  id: string;

  @Field(() => ID, { description: 'The customer it is billed to.' })
  customerId: string;

  @Field({ description: 'The plan or what is sold, as invoices show it.' })
  description: string;

  @Field(() => MoneyType, { description: 'The price of one unit for one period, in the service’s currency.' })
  unitPrice: MoneyType;

  @Field({ description: 'How many units, a decimal, e.g. "3" or "1.5".' })
  quantity: string;

  @Field(() => ServicePeriodEnum, { description: 'What period the unit price is for.' })
  period: ServicePeriod;

  @Field({ description: 'The first day billed (YYYY-MM-DD, UTC).' })
  startDate: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The first day no longer billed (YYYY-MM-DD, UTC): when it was removed, ends, or the customer is cancelled. Null while it runs.',
  })
  endDate: string | null;

  @Field(() => ID, { nullable: true, description: 'The member the service is assigned to, if any.' })
  assignedMemberId: string | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;
}

export function toServiceType(service: Service): ServiceType {
  return Object.assign(new ServiceType(), {
    ...service,
    unitPrice: toMoney(service.unitPriceMinor, service.currency),
  });
}
