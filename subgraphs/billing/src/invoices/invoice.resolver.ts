import { Requires, toConnection } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { BillingCustomerType, toBillingCustomer } from '../billing-accounts';
import { MoneyType, toMoney } from '../money';
import { CustomerInvoicesArgs, InvoicesArgs, invoiceSeek, toInvoiceListFilter } from './invoice.inputs';
import type { InvoicesContext } from './invoice.loaders';
import type { InvoiceListFilter, InvoiceService } from './invoice.service';
import {
  InvoiceConnection,
  InvoiceLineType,
  InvoicePaymentType,
  InvoiceType,
  toInvoiceLineType,
  toInvoicePaymentType,
  toInvoiceType,
} from './invoice.type';

/** `totalCount` of an invoice list counts this far and no further: a list never counts a whole partner. */
export const INVOICE_COUNT_CAP = 10_000;

async function listInvoices(
  invoices: InvoiceService,
  context: InvoicesContext,
  filter: InvoiceListFilter | null,
  args: InvoicesArgs | CustomerInvoicesArgs,
): Promise<InvoiceConnection> {
  const seek = invoiceSeek(args);
  if (!filter) {
    // A filter that can match nothing (a malformed customer id) answers an empty page.
    return toConnection(
      InvoiceConnection,
      { rows: [], cursorOf: () => '', pageInfo: emptyPageInfo() },
      toInvoiceType,
      () => Promise.resolve(0),
    );
  }
  const page = await invoices.page(context.caller, filter, seek);
  return toConnection(InvoiceConnection, page, toInvoiceType, () =>
    invoices.count(context.caller, filter, INVOICE_COUNT_CAP),
  );
}

function emptyPageInfo() {
  return { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
}

@Resolver(() => InvoiceType)
export class InvoiceResolver {
  constructor(private readonly service: InvoiceService) {}

  @Query(() => InvoiceType, { nullable: true, description: 'One invoice or credit note by id; null when not yours.' })
  @Requires('billing:read')
  invoice(
    @Arg('id', () => ID, { description: 'The invoice’s id.' }) id: string,
    @Ctx() context: InvoicesContext,
  ): Promise<InvoiceType | null> {
    return context.loaders.invoiceById.load(id).then((invoice) => invoice && toInvoiceType(invoice));
  }

  @Query(() => InvoiceConnection, {
    description:
      'Invoices and credit notes across customers, newest issue day first (drafts by the day they were created), ' +
      'narrowed by customer, status, issue dates and number. Those issued before the partner’s history start are ' +
      `not listed. \`totalCount\` counts up to ${INVOICE_COUNT_CAP.toLocaleString('en')}.`,
  })
  @Requires('billing:read')
  invoices(@Args() args: InvoicesArgs, @Ctx() context: InvoicesContext): Promise<InvoiceConnection> {
    return listInvoices(this.service, context, toInvoiceListFilter(args.filter), args);
  }

  @FieldResolver(() => BillingCustomerType, { description: 'The customer it bills.' })
  @Requires('billing:read')
  customer(@Root() invoice: InvoiceType): BillingCustomerType {
    return toBillingCustomer(invoice.invoice.customerId, invoice.currency);
  }

  @FieldResolver(() => [InvoiceLineType], { description: 'Its lines, in order.' })
  @Requires('billing:read')
  async lines(@Root() invoice: InvoiceType, @Ctx() context: InvoicesContext): Promise<InvoiceLineType[]> {
    const lines = await context.loaders.invoiceLines.load(invoice.invoice);
    return lines.map((line) => toInvoiceLineType(line, invoice.currency));
  }

  @FieldResolver(() => [InvoicePaymentType], { description: 'Payments recorded against it, oldest first.' })
  @Requires('billing:read')
  async payments(@Root() invoice: InvoiceType, @Ctx() context: InvoicesContext): Promise<InvoicePaymentType[]> {
    return (await context.loaders.invoicePayments.load(invoice.invoice)).map(toInvoicePaymentType);
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: 'For a credit note: the invoice it corrects.' })
  @Requires('billing:read')
  async corrects(@Root() invoice: InvoiceType, @Ctx() context: InvoicesContext): Promise<InvoiceType | null> {
    const id = invoice.invoice.correctsInvoiceId;
    if (!id) return null;
    const corrected = await context.loaders.invoiceById.load(id);
    return corrected && toInvoiceType(corrected);
  }

  @FieldResolver(() => [InvoiceType], { description: 'Credit notes issued against it, oldest first.' })
  @Requires('billing:read')
  async creditNotes(@Root() invoice: InvoiceType, @Ctx() context: InvoicesContext): Promise<InvoiceType[]> {
    return (await context.loaders.invoiceCreditNotes.load(invoice.invoice)).map(toInvoiceType);
  }
}

@Resolver(() => BillingCustomerType)
export class CustomerInvoicesResolver {
  constructor(private readonly service: InvoiceService) {}

  @FieldResolver(() => InvoiceConnection, {
    nullable: true,
    description:
      'The customer’s invoices and credit notes, newest first, except those issued before the partner’s history ' +
      'start. Null for a moment after the account is created.',
  })
  @Requires('billing:read')
  async invoices(
    @Root() customer: BillingCustomerType,
    @Args() args: CustomerInvoicesArgs,
    @Ctx() context: InvoicesContext,
  ): Promise<InvoiceConnection | null> {
    if (!customer.accountOpen) return null;
    // Entities reach here only through the tenant-checked reference resolver.
    return listInvoices(this.service, context, { customerId: customer.id, statuses: args.status ?? null }, args);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description:
      'What the customer owes: the amount due of its OPEN and OVERDUE invoices. Null for a moment after the ' +
      'account is created.',
  })
  @Requires('billing:read')
  async owed(@Root() customer: BillingCustomerType, @Ctx() context: InvoicesContext): Promise<MoneyType | null> {
    if (!customer.accountOpen) return null;
    return toMoney(await context.loaders.owedByCustomerId.load(customer.id), customer.currency);
  }
}
