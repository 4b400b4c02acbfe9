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
      return account
        ? Object.assign(new BillingCustomerType(), { id: account.customerId, currency: account.currency })
        : null;
    },
  },
};
