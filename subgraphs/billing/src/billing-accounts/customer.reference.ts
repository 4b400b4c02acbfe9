import { isValidId } from '@clientele/subgraph-kit';
import { PRICING_MODELS, type PricingModel } from './billing-account.entity';
import type { BillingAccountsContext } from './billing-account.loaders';
import { toBillingCustomer, toUnopenedBillingCustomer } from './customer.type';

/**
 * `_entities` for Customer: only customers whose billing account the caller may see resolve;
 * others come back null, exactly like ids that do not exist. The one exception is a customer
 * accounts has just created, whose account billing has not opened yet: when the gateway passes on
 * the pricing model it was opened with (`@requires`), billing answers that and nothing else, which
 * tells the caller only what it sent.
 */
export const customerReference = {
  Customer: {
    requires: 'billing:read' as const,
    async __resolveReference(
      reference: { id: string; openingPricingModel?: PricingModel },
      context: BillingAccountsContext,
    ) {
      const account = await context.loaders.billingAccountByCustomerId.load(reference.id);
      if (account) {
        return Object.assign(toBillingCustomer(account.customerId, account.currency), {
          openingPricingModel: reference.openingPricingModel,
        });
      }
      const opening = reference.openingPricingModel;
      return isValidId(reference.id) && opening && PRICING_MODELS.includes(opening)
        ? toUnopenedBillingCustomer(reference.id, opening)
        : null;
    },
  },
};
