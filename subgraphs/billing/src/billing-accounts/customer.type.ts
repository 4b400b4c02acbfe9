import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { PricingModel } from './billing-account.entity';
import { PricingModelEnum } from './billing-account.type';

/** Billing's share of the customer entity owned by accounts. */
@Directive('@key(fields: "id")')
@ObjectType('Customer', { description: 'A customer account run by a partner.' })
export class BillingCustomerType {
  @Field(() => ID, { description: 'Unique id of the customer account.' })
  id: string;

  /** Accounts' copy of the pricing model the customer was opened with: what billing answers until its account is open. */
  @Directive('@external')
  @Field(() => PricingModelEnum, { description: 'The pricing model the customer was opened with.' })
  openingPricingModel?: PricingModel;

  currency: string;

  /** False for a customer accounts knows and billing has not opened an account for yet. */
  accountOpen: boolean;
}

/** The customer entity as billing's fields hang off it. */
export function toBillingCustomer(id: string, currency: string): BillingCustomerType {
  return Object.assign(new BillingCustomerType(), { id, currency, accountOpen: true });
}

/**
 * A customer whose billing account is not open yet (accounts created it a moment ago): it answers
 * only the pricing model accounts passed on, and null for everything the account holds.
 */
export function toUnopenedBillingCustomer(id: string, openingPricingModel: PricingModel): BillingCustomerType {
  return Object.assign(new BillingCustomerType(), { id, currency: '', openingPricingModel, accountOpen: false });
}
