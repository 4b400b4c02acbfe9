import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { BillingAccountService } from './billing-account.service';

/** As many customers as accounts rebuilds in one page of its search projection. */
const MAX_STANDING_CUSTOMERS = 5_000;

/**
 * `POST /internal/billing/standing/balances`: `{ customerIds }` → `{ balances }`, each account's
 * balance and the place in its ledger it is as of, for accounts to rebuild its search projection
 * page by page. Accounts asks on its own (a rebuild is no caller's request), for one partner.
 */
export function standingRoutes(accounts: BillingAccountService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'standing/balances',
      permission: 'billing:read',
      callers: 'user-or-service',
      input: z.object({ customerIds: z.array(z.guid()).max(MAX_STANDING_CUSTOMERS) }).strict(),
      handle: async (context, input) => ({ balances: await accounts.balancesOf(context.caller, input.customerIds) }),
    }),
  ];
}
