import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { UsageRecordInput, UsageRecordPayload } from './usage.inputs';
import type { UsageService } from './usage.service';

@Resolver()
export class UsageResolver {
  constructor(private readonly usage: UsageService) {}

  @Mutation(() => UsageRecordPayload, {
    description:
      'Records usage for a customer. PREPAID: charged to the balance at once, refused when the balance does not ' +
      'cover it. POSTPAID: billed on the next invoice. Idempotent under `idempotencyKey`.',
  })
  @Requires('billing:write')
  usageRecord(
    @Arg('input', { description: 'The customer, what was used, how much, the unit price and the key.' })
    input: UsageRecordInput,
    @Ctx() context: RequestContext,
  ): Promise<UsageRecordPayload> {
    return this.usage.record(context, input);
  }
}
