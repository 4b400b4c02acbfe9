import { UserError } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CustomerType } from '../customers';

@InputType({ description: 'Whom to log in as, and the operator’s own password again.' })
export class CustomerImpersonateInput {
  @Field(() => ID, { description: 'The customer account to log in as.' })
  customerId: string;

  @Field({ description: 'The signed-in operator’s own password, re-entered.' })
  password: string;
}

@ObjectType('PortalSession', {
  description: 'A customer portal session for an operator acting as the customer: at most 30 minutes, not renewable.',
})
export class PortalSessionType {
  @Field({ description: 'The access token for the portal; send it as a Bearer token.' })
  accessToken: string;

  @Field({ description: 'When the session ends; it cannot be extended.' })
  expiresAt: Date;

  @Field(() => CustomerType, { description: 'The customer the session acts as.' })
  customer: CustomerType;
}

@ObjectType({ description: 'The result of customerImpersonate.' })
export class CustomerImpersonatePayload {
  @Field(() => PortalSessionType, { nullable: true, description: 'The portal session, unless refused.' })
  session: PortalSessionType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}
