import { z } from 'zod';

/**
 * The events that cross subgraph boundaries, with the payload each promises. Publishers type
 * against these; consumers parse with them, so a changed payload fails loudly at the edge.
 */
export const CUSTOMER_CREATED = 'customer.created';

export const customerCreatedData = z.object({
  customerId: z.guid(),
  resellerId: z.guid().nullable(),
  currency: z.string().length(3),
  pricingModel: z.enum(['PREPAID', 'POSTPAID']),
});

export type CustomerCreatedData = z.infer<typeof customerCreatedData>;
