import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { InvoiceService } from './invoice.service';

/** As many customers, and as many invoices, as accounts rebuilds in one page of its search projection. */
const MAX_STANDING_IDS = 5_000;

/**
 * `POST /internal/billing/standing/invoices`: `{ customerIds, invoiceIds }` → `{ invoices }`, what
 * is due on the open and overdue invoices of these customers and on the invoices named, for
 * accounts to rebuild what each customer owes, page by page. Accounts asks on its own, for one partner.
 */
export function standingRoutes(invoices: InvoiceService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'standing/invoices',
      permission: 'billing:read',
      callers: 'user-or-service',
      input: z
        .object({
          customerIds: z.array(z.guid()).max(MAX_STANDING_IDS),
          invoiceIds: z.array(z.guid()).max(MAX_STANDING_IDS),
        })
        .strict(),
      handle: async (context, input) => ({
        invoices: await invoices.duesFor(context.caller, input.customerIds, input.invoiceIds),
      }),
    }),
  ];
}
