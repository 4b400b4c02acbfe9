import { enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType, toMoney } from '../money';
import type { UsageRecord, UsageStatus } from './usage.model';

export const UsageStatusEnum = enumOf<UsageStatus>(['CHARGED', 'UNINVOICED', 'INVOICED']);
registerEnumType(UsageStatusEnum, {
  name: 'UsageStatus',
  description: 'Where a usage record is in its billing.',
  valuesConfig: {
    CHARGED: { description: 'PREPAID: spent from the balance when it was recorded.' },
    UNINVOICED: { description: 'POSTPAID: waiting for the next billing run.' },
    INVOICED: { description: 'POSTPAID: on an invoice.' },
  },
});

@ObjectType('UsageRecord', { description: 'Usage reported for a customer.' })
export class UsageRecordType {
  @Field(() => ID, { description: 'Unique id of the record.' })
  id: string;

  @Field(() => ID, { description: 'The customer it is billed to.' })
  customerId: string;

  @Field({ description: 'What was used, as the ledger and invoices show it.' })
  description: string;

  @Field({ description: 'How much, a decimal.' })
  quantity: string;

  @Field(() => MoneyType, { description: 'The price of one unit.' })
  unitPrice: MoneyType;

  @Field(() => MoneyType, { description: 'Quantity × unit price, rounded half-up to the minor unit.' })
  amount: MoneyType;

  @Field({ description: 'When the usage happened.' })
  occurredAt: Date;

  @Field(() => UsageStatusEnum, { description: 'Charged at once, waiting for a billing run, or invoiced.' })
  status: UsageStatus;

  @Field(() => ID, { nullable: true, description: 'The ledger entry that charged it (PREPAID).' })
  ledgerEntryId: string | null;

  @Field(() => ID, { nullable: true, description: 'The invoice it is on (POSTPAID, once invoiced).' })
  invoiceId: string | null;
}

export function toUsageRecordType(record: UsageRecord): UsageRecordType {
  return Object.assign(new UsageRecordType(), {
    ...record,
    unitPrice: toMoney(record.unitPriceMinor, record.currency),
    amount: toMoney(record.amountMinor, record.currency),
  });
}
