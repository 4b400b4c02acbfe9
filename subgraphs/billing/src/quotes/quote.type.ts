import { ConnectionType, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BillingCustomerType, toBillingCustomer } from '../billing-accounts';
import { MoneyType, toMoney } from '../money';
import { QUOTE_STATUSES, type QuoteStatus } from './quote.entity';
import type { Quote, QuoteLine } from './quote.model';

export const QuoteStatusEnum = enumOf<QuoteStatus>(QUOTE_STATUSES);
registerEnumType(QuoteStatusEnum, {
  name: 'QuoteStatus',
  description: 'Where a quote stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written; not yet offered to the customer.' },
    SENT: { description: 'Offered to the customer, who may accept or decline it until its validity ends.' },
    ACCEPTED: { description: 'Accepted: it became a draft invoice.' },
    DECLINED: { description: 'Declined by the customer.' },
    EXPIRED: { description: 'Its validity ended before the customer answered.' },
  },
});

@ObjectType('QuoteLine', { description: 'One priced line of a quote.' })
export class QuoteLineType {
  @Field(() => Int, { description: 'Its place on the quote, from 1.' })
  position: number;

  @Field({ description: 'What is offered.' })
  description: string;

  @Field({ description: 'How many, as a decimal, e.g. "1" or "2.5".' })
  quantity: string;

  @Field(() => MoneyType, { description: 'The price of one, before tax.' })
  unitAmount: MoneyType;

  @Field(() => MoneyType, { description: 'Quantity times unit price, rounded to the minor unit, before tax.' })
  amount: MoneyType;

  @Field(() => Int, { description: 'The tax rate in parts per million of the amount (21% is 210000).' })
  taxRatePpm: number;

  @Field(() => MoneyType, { description: 'The tax on the amount.' })
  tax: MoneyType;
}

@ObjectType('Quote', { description: 'A priced offer to a customer, which becomes a draft invoice when accepted.' })
export class QuoteType {
  @Field(() => ID, { description: 'Unique id of the quote.' })
  id: string;

  @Field(() => BillingCustomerType, { description: 'The customer it is offered to.' })
  customer: BillingCustomerType;

  @Field(() => QuoteStatusEnum, { description: 'Where it stands.' })
  status: QuoteStatus;

  @Field({ description: 'ISO 4217 currency of every amount on it: the customer’s.' })
  currency: string;

  @Field({ description: 'The last day (YYYY-MM-DD, UTC) it may be accepted.' })
  validUntil: string;

  @Field(() => [QuoteLineType], { description: 'What is offered, in order.' })
  lines: QuoteLineType[];

  @Field(() => MoneyType, { description: 'The sum of the lines before tax.' })
  subtotal: MoneyType;

  @Field(() => MoneyType, { description: 'The sum of the lines’ tax.' })
  tax: MoneyType;

  @Field(() => MoneyType, { description: 'Subtotal plus tax.' })
  total: MoneyType;

  @Field(() => ID, { nullable: true, description: 'The draft invoice it became, once accepted.' })
  invoiceId: string | null;

  @Field(() => String, { nullable: true, description: 'Why the customer declined it, when they said.' })
  declineReason: string | null;

  @Field({ description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was sent to the customer.' })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or expired.' })
  decidedAt: Date | null;
}

function toQuoteLineType(line: QuoteLine, currency: string): QuoteLineType {
  return Object.assign(new QuoteLineType(), {
    position: line.position,
    description: line.description,
    quantity: line.quantity,
    unitAmount: toMoney(line.unitAmountMinor, currency),
    amount: toMoney(line.amountMinor, currency),
    taxRatePpm: line.taxRatePpm,
    tax: toMoney(line.taxMinor, currency),
  });
}

export function toQuoteType(quote: Quote): QuoteType {
  return Object.assign(new QuoteType(), {
    id: quote.id,
    customer: toBillingCustomer(quote.customerId, quote.currency),
    status: quote.status,
    currency: quote.currency,
    validUntil: quote.validUntil,
    lines: quote.lines.map((line) => toQuoteLineType(line, quote.currency)),
    subtotal: toMoney(quote.subtotalMinor, quote.currency),
    tax: toMoney(quote.taxMinor, quote.currency),
    total: toMoney(quote.totalMinor, quote.currency),
    invoiceId: quote.invoiceId,
    declineReason: quote.declineReason,
    createdAt: quote.createdAt,
    sentAt: quote.sentAt,
    decidedAt: quote.decidedAt,
  });
}

export const QuoteConnection = ConnectionType(QuoteType, 'Quote', 'quote');
export type QuoteConnection = InstanceType<typeof QuoteConnection>;
