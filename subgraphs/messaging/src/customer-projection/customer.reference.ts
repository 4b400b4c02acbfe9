import type { CustomerProjectionContext } from './customer-projection.loaders';
import { MessagingCustomerType } from './customer.type';

/** `_entities` for Customer: resolves only customers the caller may see; others are null. */
export const customerReference = {
  Customer: {
    requires: 'messaging:read' as const,
    async __resolveReference(reference: { id: string }, context: CustomerProjectionContext) {
      const customer = await context.loaders.visibleCustomerById.load(reference.id);
      return customer ? Object.assign(new MessagingCustomerType(), { id: customer.customerId }) : null;
    },
  },
};
