import { enumOf } from '@clientele/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PRICING_MODELS, type PricingModel } from './billing-account.entity';
import type { BillingAccount, CloseState } from './billing-account.model';

// The same enum as accounts' (federation merges the two), so one name means one thing.
export const PricingModelEnum = enumOf(PRICING_MODELS);
registerEnumType(PricingModelEnum, {
  name: 'PricingModel',
  description: 'How a customer pays.',
  valuesConfig: {
    PREPAID: { description: 'Spends from a balance bought in advance.' },
    POSTPAID: { description: 'Accrues charges and is invoiced.' },
  },
});

export const BillingAccountCloseStateEnum = enumOf<CloseState>(['OPEN', 'CLOSING', 'CLOSED']);
registerEnumType(BillingAccountCloseStateEnum, {
  name: 'BillingAccountCloseState',
  description: 'Whether credits may move: refused while the customer is being closed, and once it is.',
  valuesConfig: {
    OPEN: { description: 'Credits may be added, withdrawn, adjusted and moved.' },
    CLOSING: { description: 'A close is under way: every credit operation is refused until it ends.' },
    CLOSED: { description: 'The customer is closed: credit operations are refused until it is restored.' },
  },
});

/**
 * The account's settings. Its amounts (balance, credit limit, available credit, owed) are fields of
 * Customer itself, so a list of customers asks for each once.
 */
@ObjectType('BillingAccount', {
  description:
    'How a customer is billed. The amounts it allows are on Customer: balance, creditLimit, availableCredit, owed.',
})
export class BillingAccountType {
  @Field(() => PricingModelEnum, { description: 'Prepaid or postpaid.' })
  pricingModel: PricingModel;

  @Field({ description: 'ISO 4217 currency every amount of the account is in.' })
  currency: string;

  @Field(() => Int, { description: 'Days an invoice may stay unpaid.' })
  paymentTermsDays: number;

  @Field(() => BillingAccountCloseStateEnum, { description: 'Whether credit operations are accepted now.' })
  closeState: CloseState;

  @Field({
    description: 'False when the customer is not suspended for an overdue invoice ("do not suspend for late payment").',
  })
  suspendForLatePayment: boolean;
}

export function toBillingAccountType(
  account: Pick<
    BillingAccount,
    'pricingModel' | 'currency' | 'paymentTermsDays' | 'closeState' | 'suspendForLatePayment'
  >,
): BillingAccountType {
  return Object.assign(new BillingAccountType(), {
    pricingModel: account.pricingModel,
    currency: account.currency,
    paymentTermsDays: account.paymentTermsDays,
    closeState: account.closeState,
    suspendForLatePayment: account.suspendForLatePayment,
  });
}
