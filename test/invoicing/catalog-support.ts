import { graphql } from '../gql';
import { eventually, query } from '../support/api';
import { database } from '../support/databases';

export const SERVICE_CREATE = graphql(`
  mutation CatalogServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      service {
        id
        description
        unitPrice {
          amount
          minorUnits
          currency
        }
        quantity
        period
        startDate
        endDate
        assignedMemberId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const BILLING_ACCOUNT_UPDATE = graphql(`
  mutation CatalogBillingAccountUpdate($input: BillingAccountUpdateInput!) {
    billingAccountUpdate(input: $input) {
      billingAccount {
        pricingModel
        suspendForLatePayment
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const TAX_RATE_SET = graphql(`
  mutation CatalogTaxRateSet($input: TaxRateSetInput!) {
    taxRateSet(input: $input) {
      taxRate {
        country
        rate
        reverseCharge
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const RECIPIENT_PRICE_SET = graphql(`
  mutation CatalogRecipientPriceSet($input: RecipientPriceSetInput!) {
    recipientPriceSet(input: $input) {
      billingSettings {
        recipientPrice {
          amount
          currency
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const FX_RATE_SET = graphql(`
  mutation CatalogFxRateSet($input: FxRateSetInput!) {
    fxRateSet(input: $input) {
      fxRate {
        baseCurrency
        quoteCurrency
        rate
        customerId
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const USAGE_RECORD = graphql(`
  mutation CatalogUsageRecord($input: UsageRecordInput!) {
    usageRecord(input: $input) {
      usageRecord {
        id
        amount {
          minorUnits
          currency
        }
        status
        ledgerEntryId
      }
      customer {
        balance {
          minorUnits
        }
      }
      replayed
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const BILLING_RUN_START = graphql(`
  mutation CatalogBillingRunStart($input: BillingRunStartInput!) {
    billingRunStart(input: $input) {
      billingRun {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const BILLING_RUN = graphql(`
  query CatalogBillingRun($id: ID!) {
    billingRun(id: $id) {
      id
      status
      total
      processed
      invoicesCreated
      alreadyInvoiced
      skipped
      skips {
        customerId
        reason
      }
      error
    }
  }
`);

/** Starts a billing run and waits until it is done; answers the finished run. */
export async function runBilling(token: string, input: { customerId?: string; periodStart?: string }) {
  const started = await query(token, BILLING_RUN_START, { input });
  const run = started.billingRunStart.billingRun;
  if (!run) throw new Error(`billingRunStart refused: ${JSON.stringify(started.billingRunStart.userErrors)}`);
  return eventually(
    async () => {
      const { billingRun } = await query(token, BILLING_RUN, { id: run.id });
      if (billingRun?.status === 'FAILED') throw new Error(`billing run failed: ${billingRun.error}`);
      return billingRun?.status === 'DONE' ? billingRun : null;
    },
    `billing run ${run.id} to finish`,
    60_000,
  );
}

export async function createService(
  token: string,
  input: {
    customerId: string;
    description: string;
    unitPrice: string;
    currency?: string;
    quantity?: string;
    period: 'MONTHLY' | 'YEARLY';
    startDate?: string;
    endDate?: string;
  },
) {
  const data = await query(token, SERVICE_CREATE, { input });
  const service = data.serviceCreate.service;
  if (!service) throw new Error(`serviceCreate refused: ${JSON.stringify(data.serviceCreate.userErrors)}`);
  return service;
}

export interface StoredInvoice {
  id: string;
  customerId: string;
  number: string;
  sequence: number;
  currency: string;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  reverseCharge: boolean;
  fxRate: string | null;
  fxSource: string | null;
  dueDate: string;
  issueDate: string;
  lines: { kind: string; amountMinor: number; taxMinor: number; taxRatePpm: number }[];
}

/** A partner's invoices with their lines, read back from billing's tables, by number. */
export async function invoicesOf(partnerId: string): Promise<StoredInvoice[]> {
  const db = await database('billing');
  const invoices = await db.query<Omit<StoredInvoice, 'lines'>[]>(
    `SELECT id, customer_id AS "customerId", number, sequence::int AS sequence, currency, subtotal_minor::int AS "subtotalMinor",
            tax_minor::int AS "taxMinor", total_minor::int AS "totalMinor", reverse_charge AS "reverseCharge",
            fx_rate::float8::text AS "fxRate", fx_source AS "fxSource", due_date::text AS "dueDate", issue_date::text AS "issueDate"
       FROM billing.invoices WHERE partner_id = $1 ORDER BY sequence`,
    [partnerId],
  );
  const lines = await db.query<(StoredInvoice['lines'][number] & { invoiceId: string })[]>(
    `SELECT invoice_id AS "invoiceId", kind, amount_minor::int AS "amountMinor", tax_minor::int AS "taxMinor",
            tax_rate_ppm AS "taxRatePpm"
       FROM billing.invoice_lines WHERE partner_id = $1 ORDER BY invoice_id, position`,
    [partnerId],
  );
  return invoices.map((invoice) => ({
    ...invoice,
    lines: lines.filter((line) => line.invoiceId === invoice.id).map(({ invoiceId: _, ...line }) => line),
  }));
}
