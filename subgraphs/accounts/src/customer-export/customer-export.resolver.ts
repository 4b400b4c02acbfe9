import { ConnectionArgs, type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CustomerExportStartInput, CustomerExportStartPayload } from './customer-export.inputs';
import type { CustomerExportService } from './customer-export.service';
import { CustomerExportConnection, CustomerExportType, toCustomerExportType } from './customer-export.type';

@Resolver(() => CustomerExportType)
export class CustomerExportResolver {
  constructor(private readonly exports: CustomerExportService) {}

  @Mutation(() => CustomerExportStartPayload, {
    description:
      'Exports the customers a filter matches, as the caller sees them, to a CSV file made in the background. Audited.',
  })
  @Requires('customers:read')
  customerExportStart(
    @Arg('input', { description: 'Which customers, in which order, with which columns.' })
    input: CustomerExportStartInput,
    @Ctx() context: RequestContext,
  ): Promise<CustomerExportStartPayload> {
    return this.exports.start(context, input);
  }

  @Query(() => CustomerExportType, {
    nullable: true,
    description: 'An export of the customer list, its progress and download, or null if not visible.',
  })
  @Requires('customers:read')
  async customerExport(
    @Arg('id', () => ID, { description: 'Id of the export.' }) id: string,
    @Ctx() context: RequestContext,
  ): Promise<CustomerExportType | null> {
    const found = await this.exports.find(context.caller, id);
    return found && toCustomerExportType(found);
  }

  @Query(() => CustomerExportConnection, { description: 'The exports of the customer list, newest first.' })
  @Requires('customers:read')
  customerExports(@Args() args: ConnectionArgs, @Ctx() context: RequestContext): Promise<CustomerExportConnection> {
    return this.exports.list(context.caller, args);
  }
}
