import { type InternalRoute, defineInternalRoute } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { CustomerService } from '../customers';

/** A billing run asks for its customers a chunk at a time. */
const MAX_IDS = 5_000;

/**
 * `POST /internal/accounts/billing-profiles`: `{ customerIds }` → `{ profiles }`, whom billing's
 * invoices are addressed to, scoped to the caller (a billing run asks as billing, for one partner).
 */
export function billingProfileRoutes(customers: CustomerService): InternalRoute[] {
  return [
    defineInternalRoute({
      path: 'billing-profiles',
      permission: 'customers:read',
      // A scheduled billing run has no caller's token at hand.
      callers: 'user-or-service',
      input: z.object({ customerIds: z.array(z.guid()).max(MAX_IDS) }).strict(),
      handle: async (context, input) => ({
        profiles: await customers.billingProfilesFor(context.caller, input.customerIds),
      }),
    }),
  ];
}
