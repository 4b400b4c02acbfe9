import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Billing's share of the customer entity owned by accounts. */
@Directive('@key(fields: "id")')
@ObjectType('Customer', { description: 'A customer account run by a partner.' })
export class BillingCustomerType {
  @Field(() => ID, { description: 'Unique id of the customer account.' })
  id: string;

  currency: string;
}

/** The customer entity as billing's fields hang off it. */
export function toBillingCustomer(id: string, currency: string): BillingCustomerType {
  return Object.assign(new BillingCustomerType(), { id, currency });
}
