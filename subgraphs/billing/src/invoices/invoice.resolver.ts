import { Requires, toConnection } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BillingCustomerType, toBillingCustomer } from '../billing-accounts';
import { MoneyType, toMoney } from '../money';
import { CustomerInvoicesArgs, InvoicesArgs, invoiceSeek, toInvoiceListFilter } from './invoice.inputs';
import type { InvoicesContext } from './invoice.loaders';
import { INVOICE_COUNT_CAP, type InvoiceListFilter, type InvoiceService } from './invoice.service';
import {
  InvoiceConnection,
  InvoiceLineType,
  InvoicePaymentType,
  InvoiceType,
  toInvoiceLineType,
  toInvoicePaymentType,
  toInvoiceType,
} from './invoice.type';

// An invoice's own lists are short and complete by default; `first` lets a list of invoices
// ask for a few of each, which is also what the gateway prices the query by.
const FIRST_OF_PLAIN_LIST = 'At most this many (at least 1); all when not given.';

function firstOf<T>(items: readonly T[], first: number | null | undefined): readonly T[] {
  return first == null ? items : items.slice(0, Math.max(first, 1));
}

async function listInvoices(
  invoices: InvoiceService,
  context: InvoicesContext,
  filter: InvoiceListFilter | null,
  args: InvoicesArgs,
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

  @FieldResolver(() => [InvoiceLineType], { description: 'Its lines, in order; all of them unless `first` says.' })
  @Requires('billing:read')
  async lines(
    @Root() invoice: InvoiceType,
    @Ctx() context: InvoicesContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_OF_PLAIN_LIST }) first?: number | null,
  ): Promise<InvoiceLineType[]> {
    const lines = await context.loaders.invoiceLines.load(invoice.invoice);
    return firstOf(lines, first).map((line) => toInvoiceLineType(line, invoice.currency));
  }

  @FieldResolver(() => [InvoicePaymentType], {
    description: 'Payments recorded against it, oldest first; all of them unless `first` says.',
  })
  @Requires('billing:read')
  async payments(
    @Root() invoice: InvoiceType,
    @Ctx() context: InvoicesContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_OF_PLAIN_LIST }) first?: number | null,
  ): Promise<InvoicePaymentType[]> {
    return firstOf(await context.loaders.invoicePayments.load(invoice.invoice), first).map(toInvoicePaymentType);
  }

  @FieldResolver(() => [InvoiceType], {
    description: 'Credit notes issued against it, oldest first; all of them unless `first` says.',
  })
  @Requires('billing:read')
  async creditNotes(
    @Root() invoice: InvoiceType,
    @Ctx() context: InvoicesContext,
    @Arg('first', () => Int, { nullable: true, description: FIRST_OF_PLAIN_LIST }) first?: number | null,
  ): Promise<InvoiceType[]> {
    return firstOf(await context.loaders.invoiceCreditNotes.load(invoice.invoice), first).map(toInvoiceType);
  }
}

@Resolver(() => BillingCustomerType)
export class CustomerInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    nullable: true,
    description:
      'The customer’s invoices and credit notes, newest first, except those issued before the partner’s history ' +
      'start. Null for a moment after the account is created.',
  })
  @Requires('billing:read')
  invoices(
    @Root() customer: BillingCustomerType,
    @Args() args: CustomerInvoicesArgs,
    @Ctx() context: InvoicesContext,
  ): Promise<InvoiceConnection | null> {
    if (!customer.accountOpen) return Promise.resolve(null);
    const { status, ...page } = args;
    // Entities reach here only through the tenant-checked reference resolver.
    return context.loaders.invoicesOfCustomer(status ?? null).load({ ownerId: customer.id, args: page });
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
