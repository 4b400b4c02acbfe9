import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { BillingRunStartInput, BillingRunStartPayload } from './billing-run.inputs';
import { BillingRunType, toBillingRunType } from './billing-run.type';
import type { BillingRunsService } from './billing-runs.service';

@Resolver(() => BillingRunType)
export class BillingRunsResolver {
  constructor(private readonly runs: BillingRunsService) {}

  @Mutation(() => BillingRunStartPayload, {
    description:
      'Invoices one customer, or every customer the caller sees, for a month that has ended, in the background. ' +
      'A customer already invoiced for the month gets nothing new. Audited.',
  })
  @Requires('billing:write')
  billingRunStart(
    @Arg('input', { description: 'Which customer (or all) and which month.' }) input: BillingRunStartInput,
    @Ctx() context: RequestContext,
  ): Promise<BillingRunStartPayload> {
    return this.runs.start(context, input);
  }

  @Query(() => BillingRunType, {
    nullable: true,
    description: 'A billing run and its progress, or null if not visible.',
  })
  @Requires('billing:read')
  async billingRun(
    @Arg('id', () => ID, { description: 'Id of the run.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<BillingRunType | null> {
    const run = await this.runs.find(context.caller, id);
    return run && toBillingRunType(run);
  }
}
