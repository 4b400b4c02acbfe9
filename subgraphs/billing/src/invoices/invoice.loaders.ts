import { type Caller, type RequestContext, createKeyedLoader } from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { Invoice, InvoiceLine, InvoicePayment } from './invoice.model';
import type { InvoiceService } from './invoice.service';

/** A loader of something kept per invoice, asked for a page of invoices the caller already sees. */
function perInvoice<T>(
  fetch: (invoices: readonly Invoice[]) => Promise<Map<string, T[]>>,
): DataLoader<Invoice, T[], string> {
  return new DataLoader<Invoice, T[], string>(
    async (invoices) => {
      const found = await fetch(invoices);
      return invoices.map((invoice) => found.get(invoice.id) ?? []);
    },
    { cacheKeyFn: (invoice) => invoice.id },
  );
}

/** A page of invoices costs one statement per relation asked for, whatever its length. */
export function createInvoiceLoaders(service: InvoiceService, caller: Caller) {
  return {
    invoiceById: createKeyedLoader(
      (ids: readonly string[]) => service.visible(caller, ids),
      (invoice) => invoice.id,
    ),
    invoiceLines: perInvoice<InvoiceLine>((invoices) => service.linesOf(invoices)),
    invoicePayments: perInvoice<InvoicePayment>((invoices) => service.paymentsOf(invoices)),
    invoiceCreditNotes: perInvoice<Invoice>((invoices) => service.creditNotesOf(invoices)),
    owedByCustomerId: new DataLoader<string, bigint>(async (customerIds) => {
      const owed = await service.owedBy(caller, customerIds);
      return customerIds.map((customerId) => owed.get(customerId) ?? 0n);
    }),
  };
}

export type InvoiceLoaders = ReturnType<typeof createInvoiceLoaders>;
export type InvoicesContext = RequestContext<InvoiceLoaders>;
