import {
  type Caller,
  type ConnectionPageKey,
  type InvoiceStatus,
  type RequestContext,
  createConnectionLoader,
  createCountLoader,
  createKeyedLoader,
  toConnection,
} from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import { checkInvoiceCursor } from './invoice.inputs';
import type { Invoice, InvoiceLine, InvoicePayment } from './invoice.model';
import { INVOICE_COUNT_CAP, INVOICE_ORDER, type InvoiceService } from './invoice.service';
import { InvoiceConnection, toInvoiceType } from './invoice.type';

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

/**
 * A page of invoices costs one statement per relation asked for, whatever its length; each
 * customer's invoices on a page of customers come from one statement per distinct arguments and
 * statuses, and their `totalCount`s, when asked for, from one more.
 */
export function createInvoiceLoaders(service: InvoiceService, caller: Caller) {
  const byStatuses = new Map<string, DataLoader<ConnectionPageKey, InvoiceConnection, string>>();
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
    invoicesOfCustomer(statuses: InvoiceStatus[] | null): DataLoader<ConnectionPageKey, InvoiceConnection, string> {
      const filter = { statuses: statuses?.length ? [...new Set(statuses)].sort() : null };
      const key = JSON.stringify(filter.statuses);
      let loader = byStatuses.get(key);
      if (!loader) {
        const count = createCountLoader((customerIds) =>
          service.countsFor(caller, customerIds, filter, INVOICE_COUNT_CAP),
        );
        loader = createConnectionLoader({
          order: INVOICE_ORDER,
          fetchPages: (customerIds, seek) => {
            checkInvoiceCursor(seek);
            return service.pagesFor(caller, customerIds, filter, seek);
          },
          ownerOf: (invoice) => invoice.customerId,
          toResult: (page, customerId) =>
            toConnection(InvoiceConnection, page, toInvoiceType, () => count.load(customerId)),
        });
        byStatuses.set(key, loader);
      }
      return loader;
    },
  };
}

export type InvoiceLoaders = ReturnType<typeof createInvoiceLoaders>;
export type InvoicesContext = RequestContext<InvoiceLoaders>;
