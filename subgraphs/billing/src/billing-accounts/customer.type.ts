import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Billing's share of the customer entity owned by accounts. */
@Directive('@key(fields: "id")')
@ObjectType('Customer', { description: 'A customer account run by a partner.' })
export class BillingCustomerType {
  @Field(() => ID, { description: 'Unique id of the customer account.' })
  id: string;

  currency: string;
}
