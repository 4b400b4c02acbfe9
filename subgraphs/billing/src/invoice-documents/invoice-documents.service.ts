import type { Readable } from 'node:stream';
import {
  type Caller,
  type FileStore,
  ForbiddenError,
  type RequestContext,
  newId,
  parseInput,
  partnerOf,
  readStoredFile,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { BillingAccountService } from '../billing-accounts';
import type { InvoiceService, InvoiceWithLines } from '../invoices';
import type { LogoContentType } from './invoice-header.entity';
import {
  INVOICE_DOCUMENT_ERRORS,
  type InvoiceHeaderUpdateInput,
  type InvoiceHeaderUpdatePayload,
  LOGO_MAX_BYTES,
  invoiceHeaderUpdateSchema,
} from './invoice-header.inputs';
import { EMPTY_INVOICE_HEADER, type InvoiceHeader } from './invoice-header.model';
import { toInvoiceHeaderType } from './invoice-header.type';
import { renderInvoicePdf } from './invoice-pdf';

/** The most invoices one download may hold. */
export const MAX_INVOICES_PER_DOWNLOAD = 200;

interface HeaderRow {
  legalName: string;
  addressLines: string[];
  taxId: string | null;
  logoKey: string | null;
  logoContentType: LogoContentType | null;
  updatedAt: Date;
}

/** Recognises a logo by its first bytes, whatever the client said it was. */
export function logoTypeOf(bytes: Buffer): LogoContentType | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The name of an invoice's file in a download: its number, or the draft's id. */
export function documentFileName(invoice: InvoiceWithLines): string {
  const base = invoice.number ? invoice.number.replace(/[^A-Za-z0-9_-]/g, '-') : `draft-${invoice.id}`;
  return `${base}.pdf`;
}

/**
 * Invoice letterheads and invoice documents. An issued invoice's PDF is drawn once, on its first
 * download, and kept in the file store: the invoice never changes after issue, so the file never
 * goes stale. What does move — its standing (paid, void) — is part of the file's key, so a
 * payment gives the next download a fresh file showing the new amount due. Drafts are drawn
 * afresh every time and never kept.
 */
export class InvoiceDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FileStore,
    private readonly invoices: InvoiceService,
    private readonly accounts: BillingAccountService,
  ) {}

  async header(partnerId: string): Promise<InvoiceHeader> {
    const [row] = await this.dataSource.query<HeaderRow[]>(
      `SELECT legal_name AS "legalName", address_lines AS "addressLines", tax_id AS "taxId", logo_key AS "logoKey",
              logo_content_type AS "logoContentType", updated_at AS "updatedAt"
         FROM billing.invoice_headers WHERE partner_id = $1`,
      [partnerId],
    );
    if (!row) return EMPTY_INVOICE_HEADER;
    return {
      legalName: row.legalName,
      addressLines: row.addressLines,
      taxId: row.taxId,
      logo: row.logoKey && row.logoContentType ? { key: row.logoKey, contentType: row.logoContentType } : null,
      updatedAt: row.updatedAt,
    };
  }

  /** The letterhead the caller's partner prints; null for platform staff, who have no partner of their own. */
  async headerFor(caller: Caller): Promise<InvoiceHeader | null> {
    const partnerId = partnerOf(caller);
    return partnerId ? this.header(partnerId) : null;
  }

  /**
   * Changes the letterhead. A new logo is written to the file store before the row names it, and
   * the one it replaces is removed only after the change commits, so the row never names a
   * missing file.
   */
  async updateHeader(context: RequestContext, input: InvoiceHeaderUpdateInput): Promise<InvoiceHeaderUpdatePayload> {
    const { caller } = context;
    const partnerId = partnerOf(caller);
    // The letterhead is the whole partner's: an operator limited to one reseller does not change it.
    if (!partnerId || (caller.kind === 'operator' && caller.resellerId)) {
      throw new ForbiddenError('Only the partner’s own operators and API keys may change its invoice letterhead.');
    }
    const parsed = parseInput(invoiceHeaderUpdateSchema, input);
    if (!parsed.ok) return { invoiceHeader: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    let newLogo: { key: string; contentType: LogoContentType } | null = null;
    if (command.logo) {
      const bytes = Buffer.from(command.logo.contentBase64, 'base64');
      if (bytes.length > LOGO_MAX_BYTES) {
        return {
          invoiceHeader: null,
          userErrors: [
            userError(INVOICE_DOCUMENT_ERRORS.LOGO_TOO_LARGE, `The logo can be at most ${LOGO_MAX_BYTES / 1024} KiB.`, [
              'input',
              'logo',
              'contentBase64',
            ]),
          ],
        };
      }
      const contentType = logoTypeOf(bytes);
      if (!contentType) {
        return {
          invoiceHeader: null,
          userErrors: [
            userError(INVOICE_DOCUMENT_ERRORS.LOGO_NOT_AN_IMAGE, 'Upload the logo as a PNG or JPEG file.', [
              'input',
              'logo',
              'contentBase64',
            ]),
          ],
        };
      }
      newLogo = {
        key: `billing/logos/${partnerId}/${newId()}.${contentType === 'image/png' ? 'png' : 'jpg'}`,
        contentType,
      };
      await this.files.put(newLogo.key, bytes, contentType);
    }
    let replaced: string | null = null;
    try {
      await this.dataSource.transaction(async (transaction) => {
        const [before] = await transaction.query<{ logoKey: string | null }[]>(
          `SELECT logo_key AS "logoKey" FROM billing.invoice_headers WHERE partner_id = $1 FOR UPDATE`,
          [partnerId],
        );
        const logoChanges = Boolean(newLogo) || Boolean(command.removeLogo);
        await transaction.query(
          `INSERT INTO billing.invoice_headers
                  (partner_id, legal_name, address_lines, tax_id, logo_key, logo_content_type, updated_at)
           VALUES ($1, COALESCE($2, ''), COALESCE($3::text[], '{}'), NULLIF($4, ''), $5, $6, now())
           ON CONFLICT (partner_id) DO UPDATE SET
             legal_name = COALESCE($2, invoice_headers.legal_name),
             address_lines = COALESCE($3::text[], invoice_headers.address_lines),
             tax_id = CASE WHEN $4::text IS NULL THEN invoice_headers.tax_id ELSE NULLIF($4, '') END,
             logo_key = CASE WHEN $7 THEN $5 ELSE invoice_headers.logo_key END,
             logo_content_type = CASE WHEN $7 THEN $6 ELSE invoice_headers.logo_content_type END,
             updated_at = now()`,
          [
            partnerId,
            command.legalName ?? null,
            command.addressLines ?? null,
            command.taxId ?? null,
            newLogo?.key ?? null,
            newLogo?.contentType ?? null,
            logoChanges,
          ],
        );
        if (logoChanges) replaced = before?.logoKey ?? null;
        await context.audit(
          {
            action: 'invoice-header.updated',
            partnerId,
            // The letterhead is the partner's own, as the invoice settings are.
            targetType: 'Partner',
            targetId: partnerId,
            details: {
              changed: Object.entries(command)
                .filter(([, value]) => value !== undefined && value !== null)
                .map(([key]) => key),
            },
          },
          transaction,
        );
      });
    } catch (error) {
      if (newLogo) await this.files.delete(newLogo.key);
      throw error;
    }
    if (replaced) await this.files.delete(replaced);
    return { invoiceHeader: toInvoiceHeaderType(await this.header(partnerId)), userErrors: [] };
  }

  /**
   * The invoices among `ids` the caller may see, in the order asked, or null when any of them is
   * not: a download is all or nothing, and never says which id was another partner's.
   */
  async visibleInvoices(caller: Caller, ids: readonly string[]): Promise<InvoiceWithLines[] | null> {
    const partnerId = partnerOf(caller);
    if (!partnerId || ids.length === 0) return null;
    const invoices = await this.invoices.findWithLines(partnerId, ids);
    if (invoices.length !== ids.length) return null;
    // An operator limited to one reseller, or a portal member, sees only those customers' invoices.
    const visible = new Set(
      (await this.accounts.findVisible(caller, [...new Set(invoices.map((invoice) => invoice.customerId))])).map(
        (account) => account.customerId,
      ),
    );
    return invoices.every((invoice) => visible.has(invoice.customerId)) ? invoices : null;
  }

  /** The invoice's PDF: the kept file of an issued one, drawing and keeping it the first time; a draft drawn afresh. */
  async pdf(invoice: InvoiceWithLines): Promise<Readable | Buffer> {
    if (invoice.status === 'DRAFT') return this.render(invoice);
    const key = this.keyOf(invoice);
    const kept = await this.files.get(key);
    if (kept) return kept.body;
    const drawn = await this.render(invoice);
    await this.files.put(key, drawn, 'application/pdf');
    return drawn;
  }

  /** Where an issued invoice's PDF is kept: by partner, invoice and the standing it shows. */
  keyOf(invoice: InvoiceWithLines): string {
    return `billing/invoices/${invoice.partnerId}/${invoice.id}/${invoice.status.toLowerCase()}-${invoice.paidMinor}.pdf`;
  }

  private async render(invoice: InvoiceWithLines): Promise<Buffer> {
    const header = await this.header(invoice.partnerId);
    const logo = header.logo ? await readStoredFile(this.files, header.logo.key) : null;
    return renderInvoicePdf({ invoice, header, logo });
  }
}
