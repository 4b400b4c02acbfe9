import { enumOf } from '@clientele/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BILLING_RUN_STATUSES, type BillingRunStatus } from './billing-run.entity';
import type { BillingRun } from './billing-run.model';

export const BillingRunStatusEnum = enumOf(BILLING_RUN_STATUSES);
registerEnumType(BillingRunStatusEnum, {
  name: 'BillingRunStatus',
  description: 'Where a billing run is.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'Invoicing customers now.' },
    DONE: { description: 'Every customer was invoiced, found already invoiced, had nothing to bill, or was skipped.' },
    FAILED: { description: 'Stopped by an error; it is retried, and a retry creates nothing twice.' },
  },
});

@ObjectType('BillingRunSkip', { description: 'A customer a billing run could not invoice, and why.' })
export class BillingRunSkipType {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field({ description: 'Why, e.g. a missing exchange rate.' })
  reason: string;
}

@ObjectType('BillingRun', { description: 'An invoicing of a partner’s customers, or of one customer, for one period.' })
export class BillingRunType {
  @Field(() => ID, { description: 'Unique id of the run.' })
  id: string;

  @Field(() => BillingRunStatusEnum, { description: 'Where it is.' })
  status: BillingRunStatus;

  @Field({ description: 'True for the daily scheduled run; false for one started on demand.' })
  scheduled: boolean;

  @Field(() => ID, { nullable: true, description: 'The one customer it invoices, when started for one.' })
  customerId: string | null;

  @Field({ description: 'The first day of the period invoiced (YYYY-MM-DD, UTC).' })
  periodStart: string;

  @Field({ description: 'The first day after the period (YYYY-MM-DD, UTC).' })
  periodEnd: string;

  @Field(() => Int, { description: 'Customers with something billable in the period.' })
  total: number;

  @Field(() => Int, { description: 'Customers done so far.' })
  processed: number;

  @Field(() => Int, { description: 'Invoices this run created and issued.' })
  invoicesCreated: number;

  @Field(() => Int, { description: 'Customers that already had an invoice for the period: nothing new was made.' })
  alreadyInvoiced: number;

  @Field(() => Int, { description: 'Customers that could not be invoiced; see `skips`.' })
  skipped: number;

  @Field(() => [BillingRunSkipType], { description: 'The first customers skipped, with the reason (at most 100).' })
  skips: BillingRunSkipType[];

  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' })
  error: string | null;

  @Field({ description: 'When it was started.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  finishedAt: Date | null;
}

export function toBillingRunType(run: BillingRun): BillingRunType {
  return Object.assign(new BillingRunType(), {
    id: run.id,
    status: run.status,
    scheduled: run.scheduled,
    customerId: run.customerId,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    total: run.total,
    processed: run.processed,
    invoicesCreated: run.invoicesCreated,
    alreadyInvoiced: run.alreadyInvoiced,
    skipped: run.skipped,
    skips: run.skipReasons.map((skip) => Object.assign(new BillingRunSkipType(), skip)),
    error: run.error,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
  });
}
