import {
  ConnectionArgs,
  INVOICE_STATUSES,
  type InvoiceStatus,
  isValidId,
  type KeysetSeek,
  LocalDateResolver,
  planKeysetSeek,
} from '@clientele/subgraph-kit';
import { GraphQLError } from 'graphql';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { InvoiceKind } from './invoice.entity';
import { INVOICE_ORDER, type InvoiceListFilter } from './invoice.service';
import { InvoiceKindEnum, InvoiceStatusEnum } from './invoice.type';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD: 2026-02-30 is not one. */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

@InputType({ description: 'Narrows a list of invoices; every condition given must hold, dates are inclusive.' })
export class InvoiceFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this customer’s invoices.' })
  customerId?: string | null;

  @Field(() => [InvoiceStatusEnum], { nullable: true, description: 'Only invoices in these statuses; all when empty.' })
  status?: InvoiceStatus[] | null;

  @Field(() => [InvoiceKindEnum], {
    nullable: true,
    description: 'Only invoices or only credit notes; both when empty.',
  })
  kind?: InvoiceKind[] | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Only invoices issued on or after this day (YYYY-MM-DD).',
  })
  issuedFrom?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Only invoices issued on or before this day (YYYY-MM-DD).',
  })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the invoice with exactly this number, e.g. "INV-000042".' })
  number?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only invoices whose number starts with this, e.g. "INV-0000" (case-sensitive).',
  })
  numberStartsWith?: string | null;
}

@ArgsType()
export class InvoicesArgs extends ConnectionArgs {
  @Field(() => InvoiceFilterInput, { nullable: true, description: 'Which invoices to list.' })
  filter?: InvoiceFilterInput | null;
}

@ArgsType()
export class CustomerInvoicesArgs extends ConnectionArgs {
  @Field(() => [InvoiceStatusEnum], { nullable: true, description: 'Only invoices in these statuses; all when empty.' })
  status?: InvoiceStatus[] | null;
}

/** Checks a list's filter at the edge: a malformed day or id is BAD_USER_INPUT, never a failed statement. */
export function toInvoiceListFilter(input: InvoiceFilterInput | null | undefined): InvoiceListFilter | null {
  if (!input) return {};
  for (const key of ['issuedFrom', 'issuedTo'] as const) {
    const value = input[key];
    if (value != null && !isDay(value)) throw badInput(`\`${key}\` must be a day written YYYY-MM-DD.`, 'filter');
  }
  for (const key of ['number', 'numberStartsWith'] as const) {
    const value = input[key];
    if (value != null && (value.length > 64 || value.includes('\u0000'))) {
      throw badInput(`\`${key}\` can be at most 64 characters.`, 'filter');
    }
  }
  // An id that cannot exist finds nothing, as an id of someone else's customer does.
  if (input.customerId != null && !isValidId(input.customerId)) return null;
  return {
    customerId: input.customerId ?? null,
    statuses: input.status?.filter((status) => INVOICE_STATUSES.includes(status)) ?? null,
    kinds: input.kind ?? null,
    issuedFrom: input.issuedFrom ?? null,
    issuedTo: input.issuedTo ?? null,
    number: input.number ?? null,
    numberPrefix: input.numberStartsWith ?? null,
  };
}

/** The page asked for; a cursor must carry a real day, as the list sorts by one. */
export function invoiceSeek(args: ConnectionArgs): KeysetSeek {
  return checkInvoiceCursor(planKeysetSeek(INVOICE_ORDER, args));
}

/** Refuses a cursor whose sort value is not a real day, before it reaches a statement. */
export function checkInvoiceCursor(seek: KeysetSeek): KeysetSeek {
  if (seek.cursor && !isDay(seek.cursor[0])) {
    throw badInput('The cursor is not valid. Start again from the first page.', seek.backward ? 'before' : 'after');
  }
  return seek;
}
