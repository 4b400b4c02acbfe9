import type { AccountsContext } from '../context';
import { toCustomerType } from './customer.type';

/** `_entities` for Customer: the same partner- and reseller-scoped loader as every other read. */
export const customerReference = {
  Customer: {
    requires: 'customers:read' as const,
    async __resolveReference(reference: { id: string }, context: AccountsContext) {
      const customer = await context.loaders.customerById.load(reference.id);
      return customer ? toCustomerType(customer) : null;
    },
  },
};
