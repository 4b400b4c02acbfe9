import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { InvoiceDocumentService } from './invoice-documents.service';
import { InvoiceHeaderUpdateInput, InvoiceHeaderUpdatePayload } from './invoice-header.inputs';
import { InvoiceHeaderType, toInvoiceHeaderType } from './invoice-header.type';

@Resolver()
export class InvoiceHeaderResolver {
  constructor(private readonly documents: InvoiceDocumentService) {}

  @Query(() => InvoiceHeaderType, {
    nullable: true,
    description:
      'What the caller’s partner prints at the top of its invoices (legal name, address, tax id, logo). ' +
      'Null for platform staff, who belong to no partner.',
  })
  @Requires('billing:read')
  async invoiceHeader(@Ctx() context: RequestContext): Promise<InvoiceHeaderType | null> {
    const header = await this.documents.headerFor(context.caller);
    return header && toInvoiceHeaderType(header);
  }

  @Mutation(() => InvoiceHeaderUpdatePayload, {
    description:
      'Changes the letterhead of the partner’s invoices. Invoices already downloaded keep the letterhead they were ' +
      'drawn with. Operators with billing rights (not limited to a reseller) and API keys with billing:write.',
  })
  @Requires('billing:write')
  invoiceHeaderUpdate(
    @Arg('input', { description: 'The fields to change.' }) input: InvoiceHeaderUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<InvoiceHeaderUpdatePayload> {
    return this.documents.updateHeader(context, input);
  }
}
