import type { CustomersContext } from './customer.loaders';

/** `_entities` for Customer: the same partner- and reseller-scoped loader as every other read. */
export const customerReference = {
  Customer: {
    requires: 'customers:read' as const,
    __resolveReference(reference: { id: string }, context: CustomersContext) {
      return context.loaders.customerById.load(reference.id);
    },
  },
};
