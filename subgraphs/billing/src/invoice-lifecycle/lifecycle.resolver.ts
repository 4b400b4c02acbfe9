import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { InvoiceSettingsType } from '../invoices';
import {
  CreditNoteCreateInput,
  CreditNoteCreatePayload,
  InvoiceCreateInput,
  InvoiceIssueInput,
  InvoicePayload,
  InvoicePaymentRecordInput,
  InvoicePaymentRecordPayload,
  InvoiceSettingsUpdateInput,
  InvoiceSettingsUpdatePayload,
  InvoiceVoidInput,
} from './lifecycle.inputs';
import type { InvoiceLifecycleService } from './lifecycle.service';

const WHO = 'OWNER, ADMIN and BILLING operators and API keys with billing:write; never while logged in as a customer.';

@Resolver()
export class InvoiceLifecycleResolver {
  constructor(private readonly lifecycle: InvoiceLifecycleService) {}

  @Query(() => InvoiceSettingsType, {
    nullable: true,
    description: 'How your partner numbers and lists invoices; null for platform staff, who have no partner.',
  })
  @Requires('billing:read')
  invoiceSettings(@Ctx() context: RequestContext): Promise<InvoiceSettingsType | null> {
    return this.lifecycle.settingsFor(context.caller);
  }

  @Mutation(() => InvoicePayload, {
    description: `Writes an invoice by hand as a DRAFT, in the customer’s currency: no number yet, owed by no one. ${WHO}`,
  })
  @Requires('billing:write')
  invoiceCreate(
    @Arg('input', { description: 'The customer and the lines.' }) input: InvoiceCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<InvoicePayload> {
    return this.lifecycle.create(context, input);
  }

  @Mutation(() => InvoicePayload, {
    description:
      'Issues a DRAFT: gives it the next number of your sequence, copies whom it is billed to, and makes it OPEN, ' +
      `due after the customer’s payment terms. An issued invoice never changes again. ${WHO}`,
  })
  @Requires('billing:write')
  invoiceIssue(
    @Arg('input', { description: 'The draft and the day it is dated.' }) input: InvoiceIssueInput,
    @Ctx() context: RequestContext,
  ): Promise<InvoicePayload> {
    return this.lifecycle.issue(context, input);
  }

  @Mutation(() => InvoicePayload, {
    description:
      'Voids an OPEN or OVERDUE invoice nothing was paid on, with the reason; it is owed no more, and a customer ' +
      `suspended for it alone is re-enabled. Its number stays taken. ${WHO}`,
  })
  @Requires('billing:write')
  invoiceVoid(
    @Arg('input', { description: 'The invoice and why.' }) input: InvoiceVoidInput,
    @Ctx() context: RequestContext,
  ): Promise<InvoicePayload> {
    return this.lifecycle.void(context, input);
  }

  @Mutation(() => CreditNoteCreatePayload, {
    description:
      'Issues a credit note against an issued invoice, at most what is left of its total. It takes what it credits ' +
      'off what is still due (the invoice is PAID once nothing is); what it credits beyond that, on an invoice ' +
      `already paid, is added to the customer’s balance. ${WHO}`,
  })
  @Requires('billing:write')
  creditNoteCreate(
    @Arg('input', { description: 'The invoice and what is credited.' }) input: CreditNoteCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<CreditNoteCreatePayload> {
    return this.lifecycle.createCreditNote(context, input);
  }

  @Mutation(() => InvoicePaymentRecordPayload, {
    description:
      'Records money received against an OPEN or OVERDUE invoice. Less than due leaves it as it is with less due; ' +
      'the whole amount due makes it PAID (and re-enables a customer suspended for it alone); more than due makes ' +
      `it PAID and adds the excess to the customer’s balance, in the same transaction. Idempotent under \`idempotencyKey\`. ${WHO}`,
  })
  @Requires('billing:write')
  invoicePaymentRecord(
    @Arg('input', { description: 'The invoice, the amount, how, and the key.' }) input: InvoicePaymentRecordInput,
    @Ctx() context: RequestContext,
  ): Promise<InvoicePaymentRecordPayload> {
    return this.lifecycle.recordPayment(context, input);
  }

  @Mutation(() => InvoiceSettingsUpdatePayload, {
    description: `Changes your invoice number prefix or the day from which invoices are listed. ${WHO}`,
  })
  @Requires('billing:write')
  invoiceSettingsUpdate(
    @Arg('input', { description: 'The settings to change.' }) input: InvoiceSettingsUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<InvoiceSettingsUpdatePayload> {
    return this.lifecycle.updateSettings(context, input);
  }
}
