import { ConnectionType, INVOICE_STATUSES, type InvoiceStatus, enumOf } from '@clientele/subgraph-kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType, toMoney } from '../money';
import {
  type FxSource,
  type InvoiceKind,
  type InvoiceLineKind,
  type InvoiceSource,
  PAYMENT_METHODS,
  type PaymentMethod,
} from './invoice.entity';
import type { BillTo, Invoice, InvoiceLine, InvoicePayment, InvoiceSettings } from './invoice.model';

export const InvoiceStatusEnum = enumOf<InvoiceStatus>(INVOICE_STATUSES);
registerEnumType(InvoiceStatusEnum, {
  name: 'InvoiceStatus',
  description: 'Where an invoice stands.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared: no number yet, may still change, owed by no one.' },
    OPEN: { description: 'Issued and numbered, not yet paid, not past its due date.' },
    OVERDUE: { description: 'Issued, not paid, and past its due date.' },
    PAID: { description: 'Settled by payments and credit notes. A credit note is PAID once issued.' },
    VOID: { description: 'Cancelled with a reason; no longer owed. Its number stays taken.' },
  },
});

export const InvoiceKindEnum = enumOf<InvoiceKind>(['INVOICE', 'CREDIT_NOTE']);
registerEnumType(InvoiceKindEnum, {
  name: 'InvoiceKind',
  description: 'An invoice, or a credit note that corrects one.',
  valuesConfig: {
    INVOICE: { description: 'Asks the customer to pay.' },
    CREDIT_NOTE: { description: 'Takes an amount off an issued invoice (`corrects`).' },
  },
});

export const InvoiceSourceEnum = enumOf<InvoiceSource>(['BILLING_RUN', 'MANUAL', 'QUOTE', 'CORRECTION']);
registerEnumType(InvoiceSourceEnum, {
  name: 'InvoiceSource',
  description: 'Where an invoice came from.',
  valuesConfig: {
    BILLING_RUN: { description: 'A billing run, for a period of the customer’s services.' },
    MANUAL: { description: 'Written by hand (invoiceCreate).' },
    QUOTE: { description: 'An accepted quote.' },
    CORRECTION: { description: 'A credit note against an issued invoice (creditNoteCreate).' },
  },
});

export const InvoiceLineKindEnum = enumOf<InvoiceLineKind>(['SERVICE', 'RECIPIENT', 'USAGE', 'CUSTOM']);
registerEnumType(InvoiceLineKindEnum, {
  name: 'InvoiceLineKind',
  description: 'What an invoice line bills.',
  valuesConfig: {
    SERVICE: { description: 'A service the customer subscribes to, for a period.' },
    RECIPIENT: { description: 'A paid additional recipient.' },
    USAGE: { description: 'Metered usage.' },
    CUSTOM: { description: 'Anything else, written by hand.' },
  },
});

export const FxSourceEnum = enumOf<FxSource>(['CUSTOMER', 'PARTNER']);
registerEnumType(FxSourceEnum, {
  name: 'FxSource',
  description: 'Whose exchange rate converted an invoice’s lines.',
  valuesConfig: {
    CUSTOMER: { description: 'The customer’s own rate, which overrides the partner’s.' },
    PARTNER: { description: 'The partner’s rate.' },
  },
});

export const PaymentMethodEnum = enumOf<PaymentMethod>(PAYMENT_METHODS);
registerEnumType(PaymentMethodEnum, {
  name: 'PaymentMethod',
  description: 'How a payment was made.',
  valuesConfig: {
    BANK_TRANSFER: { description: 'A bank transfer.' },
    CARD: { description: 'A card payment.' },
    CASH: { description: 'Cash.' },
    CHEQUE: { description: 'A cheque.' },
    DIRECT_DEBIT: { description: 'A direct debit.' },
    OTHER: { description: 'Any other way; say which in the reference.' },
  },
});

/** Parts per million as a percentage with up to four decimals: 210000 is "21". */
export function ppmToPercent(ppm: number): string {
  const whole = Math.trunc(ppm / 10_000);
  const fraction = (ppm % 10_000).toString().padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

@ObjectType('InvoiceLine', { description: 'One line of an invoice or credit note, in the invoice’s currency.' })
export class InvoiceLineType {
  @Field(() => Int, { description: 'Its place on the invoice, from 1.' })
  position: number;

  @Field(() => InvoiceLineKindEnum, { description: 'What it bills.' })
  kind: InvoiceLineKind;

  @Field({ description: 'What the customer reads.' })
  description: string;

  @Field({ description: 'How many, as a decimal string (e.g. "1", "0.5").' })
  quantity: string;

  @Field(() => MoneyType, { description: 'The price of one, before tax.' })
  unitPrice: MoneyType;

  @Field(() => MoneyType, { description: 'The line’s amount before tax (after pro-ration and conversion).' })
  amount: MoneyType;

  @Field({ description: 'The tax rate as a percentage, e.g. "21" or "5.5".' })
  taxRate: string;

  @Field(() => MoneyType, { description: 'The tax on the line.' })
  tax: MoneyType;

  @Field(() => String, { nullable: true, description: 'First day of the period billed (YYYY-MM-DD), if any.' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the period billed (YYYY-MM-DD), if any.' })
  periodEnd: string | null;
}

export function toInvoiceLineType(line: InvoiceLine, currency: string): InvoiceLineType {
  return Object.assign(new InvoiceLineType(), {
    position: line.position,
    kind: line.kind,
    description: line.description,
    quantity: line.quantity,
    unitPrice: toMoney(line.unitAmountMinor, currency),
    amount: toMoney(line.amountMinor, currency),
    taxRate: ppmToPercent(line.taxRatePpm),
    tax: toMoney(line.taxMinor, currency),
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
  });
}

@ObjectType('InvoiceBillTo', { description: 'Whom an invoice is billed to, as the customer stood when it was issued.' })
export class InvoiceBillToType {
  @Field({ description: 'The billing name (the customer’s name when it has none).' })
  name: string;

  @Field({ description: 'The customer’s account number.' })
  accountNumber: string;

  @Field(() => String, { nullable: true, description: 'The billing email address.' })
  email: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country, which tax is charged by.' })
  country: string;

  @Field(() => [String], { description: 'Street address lines.' })
  addressLines: string[];

  @Field(() => String, { nullable: true, description: 'City.' })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Region or state.' })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  postcode: string | null;
}

@ObjectType('InvoiceFx', { description: 'The exchange rate an invoice’s lines were converted with.' })
export class InvoiceFxType {
  @Field({ description: 'Units of the invoice’s currency per unit of `baseCurrency`, as a decimal string.' })
  rate: string;

  @Field({ description: 'The currency the prices were in before conversion.' })
  baseCurrency: string;

  @Field(() => FxSourceEnum, { description: 'Whose rate it was.' })
  source: FxSource;
}

@ObjectType('InvoicePayment', { description: 'Money received against an invoice.' })
export class InvoicePaymentType {
  @Field(() => ID, { description: 'Unique id of the payment.' })
  id: string;

  @Field(() => MoneyType, { description: 'What was received.' })
  amount: MoneyType;

  @Field(() => MoneyType, { description: 'The part that paid the invoice.' })
  applied: MoneyType;

  @Field(() => MoneyType, { description: 'The part beyond what was due, added to the customer’s balance as credit.' })
  excess: MoneyType;

  @Field(() => PaymentMethodEnum, { description: 'How it was paid.' })
  method: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'The payer’s or bank’s reference.' })
  reference: string | null;

  @Field({ description: 'The day the money was received (YYYY-MM-DD).' })
  paidOn: string;

  @Field(() => ID, { nullable: true, description: 'The ledger entry that credited the excess, if there was one.' })
  ledgerEntryId: string | null;

  @Field({ description: 'When it was recorded.' })
  recordedAt: Date;
}

export function toInvoicePaymentType(payment: InvoicePayment): InvoicePaymentType {
  return Object.assign(new InvoicePaymentType(), {
    id: payment.id,
    amount: toMoney(payment.amountMinor, payment.currency),
    applied: toMoney(payment.appliedMinor, payment.currency),
    excess: toMoney(payment.excessMinor, payment.currency),
    method: payment.method,
    reference: payment.reference,
    paidOn: payment.paidOn,
    ledgerEntryId: payment.ledgerEntryId,
    recordedAt: payment.createdAt,
  });
}

/**
 * An invoice or credit note. Its lines, payments, customer and the documents around it are fields
 * resolved through this request's loaders; the rest maps from the row.
 */
@Directive('@key(fields: "id")')
@ObjectType('Invoice', { description: 'An invoice or credit note of a customer.' })
export class InvoiceType {
  @Field(() => ID, { description: 'Unique id of the invoice.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The partner’s sequential number; null while a DRAFT.' })
  number: string | null;

  @Field(() => InvoiceKindEnum, { description: 'An invoice or a credit note.' })
  kind: InvoiceKind;

  @Field(() => InvoiceSourceEnum, { description: 'Where it came from.' })
  source: InvoiceSource;

  @Field(() => InvoiceStatusEnum, { description: 'Where it stands.' })
  status: InvoiceStatus;

  @Field({ description: 'ISO 4217 currency of every amount on it.' })
  currency: string;

  @Field(() => String, { nullable: true, description: 'The day it was issued (YYYY-MM-DD); null while a DRAFT.' })
  issueDate: string | null;

  @Field(() => String, { nullable: true, description: 'The day payment is due (YYYY-MM-DD); null while a DRAFT.' })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the period it bills (YYYY-MM-DD), if any.' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the period it bills (YYYY-MM-DD), if any.' })
  periodEnd: string | null;

  @Field(() => MoneyType, { description: 'The sum of the lines before tax.' })
  subtotal: MoneyType;

  @Field(() => MoneyType, { description: 'The sum of the lines’ tax.' })
  tax: MoneyType;

  @Field(() => MoneyType, { description: 'Subtotal plus tax.' })
  total: MoneyType;

  @Field(() => MoneyType, { description: 'What payments paid of it.' })
  paid: MoneyType;

  @Field(() => MoneyType, { description: 'What credit notes against it took off.' })
  credited: MoneyType;

  @Field(() => MoneyType, {
    description: 'What is still to pay: total less payments and credit notes while OPEN or OVERDUE, otherwise 0.',
  })
  amountDue: MoneyType;

  @Field({ description: 'True when the customer accounts for the tax itself (reverse charge): no tax is charged.' })
  reverseCharge: boolean;

  @Field(() => InvoiceFxType, { nullable: true, description: 'The exchange rate used, when prices were converted.' })
  fx: InvoiceFxType | null;

  @Field(() => InvoiceBillToType, { nullable: true, description: 'Whom it is billed to; null while a DRAFT.' })
  billTo: InvoiceBillToType | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided, when it is VOID.' })
  voidReason: string | null;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  invoice: Invoice;
}

export function toInvoiceType(invoice: Invoice): InvoiceType {
  const money = (minor: bigint) => toMoney(minor, invoice.currency);
  return Object.assign(new InvoiceType(), {
    id: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    source: invoice.source,
    status: invoice.status,
    currency: invoice.currency,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    subtotal: money(invoice.subtotalMinor),
    tax: money(invoice.taxMinor),
    total: money(invoice.totalMinor),
    paid: money(invoice.paidMinor),
    credited: money(invoice.creditedMinor),
    amountDue: money(invoice.amountDueMinor),
    reverseCharge: invoice.reverseCharge,
    fx: invoice.fx && Object.assign(new InvoiceFxType(), invoice.fx),
    billTo: invoice.billTo && toBillToType(invoice.billTo),
    voidReason: invoice.voidReason,
    createdAt: invoice.createdAt,
    invoice,
  });
}

function toBillToType(billTo: BillTo): InvoiceBillToType {
  return Object.assign(new InvoiceBillToType(), {
    name: billTo.name,
    accountNumber: billTo.accountNumber,
    email: billTo.email,
    country: billTo.country,
    addressLines: billTo.addressLines,
    city: billTo.city,
    region: billTo.region,
    postcode: billTo.postcode,
  });
}

export const InvoiceConnection = ConnectionType(InvoiceType, 'Invoice', 'invoice');
export type InvoiceConnection = InstanceType<typeof InvoiceConnection>;

@ObjectType('InvoiceSettings', { description: 'How a partner numbers and lists its invoices.' })
export class InvoiceSettingsType {
  @Field({ description: 'What every invoice number starts with, e.g. "INV-" (INV-000042).' })
  prefix: string;

  @Field(() => String, {
    nullable: true,
    description: 'Invoices issued before this day (YYYY-MM-DD) are kept but no longer listed; null lists all.',
  })
  historyStart: string | null;
}

export function toInvoiceSettingsType(settings: InvoiceSettings): InvoiceSettingsType {
  return Object.assign(new InvoiceSettingsType(), settings);
}
