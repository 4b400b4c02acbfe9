import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { BillingAccountService } from './billing-account.service';

/**
 * The close guard, asked by accounts before and after it closes a customer: `hold` answers
 * whether the balance is zero and nothing is owed and, if so, holds the ledger shut; `release`
 * makes that permanent (closed) or lifts it (the close failed or was abandoned). Both run as the
 * operator who closes, so they see only that operator's customers.
 */
export function closeGuardRoutes(accounts: BillingAccountService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'close-guard/hold',
      permission: 'customers:write',
      input: z.object({ customerId: z.string() }),
      handle: (context, input) => accounts.holdForClose(context.caller, input.customerId),
    }),
    defineInternalRoute({
      path: 'close-guard/release',
      permission: 'customers:write',
      input: z.object({ customerId: z.string(), closed: z.boolean() }),
      handle: (context, input) => accounts.releaseClose(context.caller, input.customerId, input.closed),
    }),
  ];
}
