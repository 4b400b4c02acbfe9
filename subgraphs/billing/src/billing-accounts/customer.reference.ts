import type { BillingAccountsContext } from './billing-account.loaders';
import { BillingCustomerType } from './customer.type';

/**
 * `_entities` for Customer: only customers whose billing account the caller may see resolve;
 * others come back null, exactly like ids that do not exist.
 */
export const customerReference = {
  Customer: {
    requires: 'billing:read' as const,
    async __resolveReference(reference: { id: string }, context: BillingAccountsContext) {
      const account = await context.loaders.billingAccountByCustomerId.load(reference.id);
      return account ? toBillingCustomer(account.customerId, account.currency) : null;
    },
  },
};

/** The customer entity as billing's fields hang off it. */
export function toBillingCustomer(id: string, currency: string): BillingCustomerType {
  return Object.assign(new BillingCustomerType(), { id, currency });
}
