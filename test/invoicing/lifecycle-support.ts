import { randomUUID } from 'node:crypto';
import { EventBus, createLogger } from '@clientele/subgraph-kit';
import { graphql } from '../gql';
import type { InvoiceLineInput } from '../gql/graphql';
import { query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';

/** The fields the lifecycle tests read of an invoice. */
export const LIFECYCLE_INVOICE = graphql(`
  fragment InvoicingLifecycleInvoiceFields on Invoice {
    id
    number
    kind
    status
    currency
    issueDate
    dueDate
    total {
      minorUnits
    }
    paid {
      minorUnits
    }
    credited {
      minorUnits
    }
    amountDue {
      minorUnits
    }
  }
`);

const CREATE = graphql(`
  mutation InvoicingLifecycleSupportCreate($input: InvoiceCreateInput!) {
    invoiceCreate(input: $input) {
      invoice {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ISSUE = graphql(`
  mutation InvoicingLifecycleSupportIssue($input: InvoiceIssueInput!) {
    invoiceIssue(input: $input) {
      invoice {
        id
        number
        status
        issueDate
        dueDate
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const TERMS = graphql(`
  mutation InvoicingLifecycleSupportTerms($input: BillingAccountUpdateInput!) {
    billingAccountUpdate(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

/** One line of `amount` minor units (quantity 1), taxed at `taxRate` percent. */
export function line(unitPrice: number, taxRate = '0', description = 'Consulting'): InvoiceLineInput {
  return { description, quantity: '1', unitPrice, taxRate };
}

/** A hand-written DRAFT through the public API; fails the test when refused. */
export async function draftInvoice(token: string, customerId: string, lines: InvoiceLineInput[]): Promise<string> {
  const data = await query(token, CREATE, { input: { customerId, lines } });
  if (!data.invoiceCreate.invoice)
    throw new Error(`invoiceCreate refused: ${JSON.stringify(data.invoiceCreate.userErrors)}`);
  return data.invoiceCreate.invoice.id;
}

/** A DRAFT issued (dated `issueDate`, today when omitted) through the public API; fails the test when refused. */
export async function issuedInvoice(
  token: string,
  customerId: string,
  lines: InvoiceLineInput[],
  issueDate?: string,
): Promise<{ id: string; number: string; dueDate: string; issueDate: string }> {
  const id = await draftInvoice(token, customerId, lines);
  const data = await query(token, ISSUE, { input: { invoiceId: id, issueDate: issueDate ?? null } });
  const invoice = data.invoiceIssue.invoice;
  if (!invoice) throw new Error(`invoiceIssue refused: ${JSON.stringify(data.invoiceIssue.userErrors)}`);
  return { id, number: invoice.number!, dueDate: invoice.dueDate!, issueDate: invoice.issueDate! };
}

export async function paymentTerms(token: string, customerId: string, paymentTermsDays: number): Promise<void> {
  const data = await query(token, TERMS, { input: { customerId, paymentTermsDays } });
  if (data.billingAccountUpdate.userErrors.length > 0) {
    throw new Error(`billingAccountUpdate refused: ${JSON.stringify(data.billingAccountUpdate.userErrors)}`);
  }
}

/** YYYY-MM-DD, `days` from today (UTC); negative is in the past. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Runs the overdue sweep now for one partner: enqueues a job on the sweep's queue, which the
 * running billing subgraph works exactly as it works the scheduled one.
 */
export async function sweepOverdue(partnerId: string): Promise<void> {
  const bus = await EventBus.start({
    connectionString: testStack().databaseUrl,
    schema: 'queue',
    logger: createLogger('invoice-sweep-test', 'silent'),
  });
  try {
    await (
      await database('billing')
    ).transaction((manager) => bus.enqueue(manager, 'billing.mark-invoices-overdue', { partnerId }));
  } finally {
    await bus.stop();
  }
}

/** Sets "do not suspend for late payment" on a customer's billing account (no GraphQL for it here). */
export async function doNotSuspend(partnerId: string, customerId: string): Promise<void> {
  await (
    await database('billing')
  ).query(
    `UPDATE billing.billing_accounts SET suspend_for_late_payment = false WHERE partner_id = $1 AND customer_id = $2`,
    [partnerId, customerId],
  );
}

/** How accounts holds an overdue invoice: null until it heard of it, then open (null) or PAID/VOIDED. */
export async function overdueHold(partnerId: string, invoiceId: string): Promise<{ settled: string | null } | null> {
  const [row] = await (
    await database('accounts')
  ).query<{ settled: string | null }[]>(
    `SELECT settled FROM accounts.customer_overdue_invoices WHERE partner_id = $1 AND invoice_id = $2`,
    [partnerId, invoiceId],
  );
  return row ?? null;
}

export const newKey = () => randomUUID();
