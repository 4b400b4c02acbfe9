import type { InvoicesContext } from './invoice.loaders';
import { toInvoiceType } from './invoice.type';

/** `_entities` for Invoice: only the caller's invoices resolve; others come back null, like ids that do not exist. */
export const invoiceReference = {
  Invoice: {
    requires: 'billing:read' as const,
    async __resolveReference(reference: { id: string }, context: InvoicesContext) {
      const invoice = await context.loaders.invoiceById.load(reference.id);
      return invoice && toInvoiceType(invoice);
    },
  },
};
