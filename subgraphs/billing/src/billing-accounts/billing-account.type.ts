import { enumOf } from '@clientele/subgraph-kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType, availableMinor, toMoney } from '../money';
import { PRICING_MODELS, type PricingModel } from './billing-account.entity';
import type { BillingAccount, CloseState } from './billing-account.service';

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

@ObjectType('BillingAccount', { description: 'How a customer is billed, and what its balance allows.' })
export class BillingAccountType {
  @Field(() => PricingModelEnum, { description: 'Prepaid or postpaid.' })
  pricingModel: PricingModel;

  @Field({ description: 'ISO 4217 currency every amount of the account is in.' })
  currency: string;

  @Field(() => MoneyType, { description: 'What the account holds now: the sum of its ledger.' })
  balance: MoneyType;

  @Field(() => MoneyType, { description: 'How far below zero the balance may go: 0 on PREPAID.' })
  creditLimit: MoneyType;

  @Field(() => MoneyType, {
    description: 'What can still be withdrawn or moved away: the balance plus the credit limit, never below 0.',
  })
  availableCredit: MoneyType;

  @Field(() => MoneyType, { description: 'Unpaid invoices; 0 until invoicing exists.' })
  owed: MoneyType;

  @Field(() => Int, { description: 'Days an invoice may stay unpaid.' })
  paymentTermsDays: number;

  @Field(() => BillingAccountCloseStateEnum, { description: 'Whether credit operations are accepted now.' })
  closeState: CloseState;
}

export function toBillingAccountType(
  account: Pick<
    BillingAccount,
    'pricingModel' | 'currency' | 'balanceMinor' | 'creditLimitMinor' | 'paymentTermsDays' | 'closeState'
  >,
): BillingAccountType {
  return Object.assign(new BillingAccountType(), {
    pricingModel: account.pricingModel,
    currency: account.currency,
    balance: toMoney(account.balanceMinor, account.currency),
    creditLimit: toMoney(account.creditLimitMinor, account.currency),
    availableCredit: toMoney(availableMinor(account.balanceMinor, account.creditLimitMinor), account.currency),
    owed: toMoney(0n, account.currency),
    paymentTermsDays: account.paymentTermsDays,
    closeState: account.closeState,
  });
}
