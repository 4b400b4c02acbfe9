import { randomUUID } from 'node:crypto';
import { newId } from '@clientele/subgraph-kit';
import { database } from '../../support/databases';
import type { SeededCustomer, TenantSeed } from '../../support/seed';

/** A line as the foundation stores it: amounts in minor units, the tax rate in parts per million. */
export interface SeedLine {
  description: string;
  quantity: string;
  unitAmountMinor: number;
  taxRatePpm: number;
}

export interface SeededInvoice {
  id: string;
  number: string | null;
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
}

export interface InvoiceSeedOptions {
  lines?: SeedLine[];
  /** Issued (numbered, OPEN) unless false: then a DRAFT without number or dates. */
  issue?: boolean;
  reverseCharge?: boolean;
  fx?: { rate: string; baseCurrency: string; source: 'CUSTOMER' | 'PARTNER' } | null;
  paidMinor?: number;
}

const DEFAULT_LINES: SeedLine[] = [
  { description: `Hosting plan ${randomUUID().slice(0, 6)}`, quantity: '2', unitAmountMinor: 1250, taxRatePpm: 210000 },
  { description: `Support hours ${randomUUID().slice(0, 6)}`, quantity: '1.5', unitAmountMinor: 4000, taxRatePpm: 210000 },
];

/**
 * Writes an invoice straight into billing's tables, the columns and numbering as the invoices
 * module writes them (counter row taken and bumped in the same transaction), for tests of what
 * reads invoices before the invoice lifecycle has its own API.
 */
export async function seedInvoice(
  tenant: TenantSeed,
  customer: SeededCustomer,
  options: InvoiceSeedOptions = {},
): Promise<SeededInvoice> {
  const lines = (options.lines ?? DEFAULT_LINES).map((line) => {
    const [whole, fraction = ''] = line.quantity.split('.');
    const millionths = BigInt(whole!) * 1_000_000n + BigInt(fraction.padEnd(6, '0') || '0');
    const amount = (millionths * BigInt(line.unitAmountMinor) + 500_000n) / 1_000_000n;
    const tax = (amount * BigInt(line.taxRatePpm) + 500_000n) / 1_000_000n;
    return { ...line, amountMinor: Number(amount), taxMinor: options.reverseCharge ? 0 : Number(tax) };
  });
  const subtotalMinor = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const taxMinor = lines.reduce((sum, line) => sum + line.taxMinor, 0);
  const issue = options.issue ?? true;
  const id = newId();
  const billing = await database('billing');
  let number: string | null = null;
  await billing.transaction(async (transaction) => {
    if (issue) {
      const [counter] = await transaction.query<{ prefix: string; sequence: string }[]>(
        `INSERT INTO billing.invoice_settings (partner_id, next_sequence) VALUES ($1, 2)
         ON CONFLICT (partner_id) DO UPDATE SET next_sequence = invoice_settings.next_sequence + 1
         RETURNING prefix, next_sequence - 1 AS sequence`,
        [tenant.partnerId],
      );
      number = `${counter!.prefix}${counter!.sequence.padStart(6, '0')}`;
      await transaction.query(
        `INSERT INTO billing.invoices
                (partner_id, id, customer_id, kind, source, status, sequence, number, currency, period_start, period_end,
                 issue_date, due_date, subtotal_minor, tax_minor, total_minor, paid_minor, reverse_charge, bill_to,
                 fx_rate, fx_base_currency, fx_source)
         VALUES ($1, $2, $3, 'INVOICE', 'MANUAL', 'OPEN', $4, $5, $6, '2026-11-01', '2026-12-01', '2026-12-01',
                 '2026-12-15', $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          tenant.partnerId,
          id,
          customer.id,
          counter!.sequence,
          number,
          customer.currency,
          subtotalMinor,
          taxMinor,
          subtotalMinor + taxMinor,
          options.paidMinor ?? 0,
          options.reverseCharge ?? false,
          JSON.stringify({
            name: customer.name,
            accountNumber: customer.accountNumber,
            email: 'accounts@customer.test',
            country: 'GB',
            addressLines: ['1 Billing Street'],
            city: 'London',
            region: null,
            postcode: 'EC1A 1BB',
          }),
          options.fx?.rate ?? null,
          options.fx?.baseCurrency ?? null,
          options.fx?.source ?? null,
        ],
      );
    } else {
      await transaction.query(
        `INSERT INTO billing.invoices
                (partner_id, id, customer_id, kind, source, status, currency, subtotal_minor, tax_minor, total_minor)
         VALUES ($1, $2, $3, 'INVOICE', 'MANUAL', 'DRAFT', $4, $5, $6, $7)`,
        [tenant.partnerId, id, customer.id, customer.currency, subtotalMinor, taxMinor, subtotalMinor + taxMinor],
      );
    }
    await transaction.query(
      `INSERT INTO billing.invoice_lines
              (partner_id, invoice_id, position, kind, description, quantity, unit_amount_minor, amount_minor, tax_rate_ppm, tax_minor)
       SELECT $1, $2, l.*
         FROM unnest($3::int[], $4::text[], $5::text[], $6::numeric[], $7::bigint[], $8::bigint[], $9::int[], $10::bigint[]) AS l`,
      [
        tenant.partnerId,
        id,
        lines.map((_, i) => i + 1),
        lines.map(() => 'CUSTOM'),
        lines.map((line) => line.description),
        lines.map((line) => line.quantity),
        lines.map((line) => line.unitAmountMinor),
        lines.map((line) => line.amountMinor),
        lines.map((line) => (options.reverseCharge ? 0 : line.taxRatePpm)),
        lines.map((line) => line.taxMinor),
      ],
    );
  });
  return { id, number, subtotalMinor, taxMinor, totalMinor: subtotalMinor + taxMinor };
}

/** What the default lines are called on an invoice seeded with them. */
export function defaultLines(): SeedLine[] {
  return DEFAULT_LINES;
}
