import type { MessagingContext } from '../context';
import { MessagingCustomerType } from './customer.type';

/** `_entities` for Customer: resolves only customers the caller may see; others are null. */
export const customerReference = {
  Customer: {
    requires: 'messaging:read' as const,
    async __resolveReference(reference: { id: string }, context: MessagingContext) {
      const entry = await context.loaders.directoryEntryByCustomerId.load(reference.id);
      return entry ? Object.assign(new MessagingCustomerType(), { id: entry.customerId }) : null;
    },
  },
};
