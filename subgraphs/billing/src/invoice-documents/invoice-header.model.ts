import type { LogoContentType } from './invoice-header.entity';

/** What a partner prints at the top of its invoices; empty until it says. */
export interface InvoiceHeader {
  legalName: string;
  addressLines: string[];
  taxId: string | null;
  logo: { key: string; contentType: LogoContentType } | null;
  updatedAt: Date | null;
}

export const EMPTY_INVOICE_HEADER: InvoiceHeader = {
  legalName: '',
  addressLines: [],
  taxId: null,
  logo: null,
  updatedAt: null,
};
