export { invoiceDocumentsModule } from './invoice-documents.module';
export { BILLING_FILES_PATH } from './invoice-documents.routes';
export { type InvoiceDocumentService, MAX_INVOICES_PER_DOWNLOAD } from './invoice-documents.service';
export type { InvoiceHeader } from './invoice-header.model';
export { InvoiceHeaderType } from './invoice-header.type';
export { formatAmount, formatTaxRate, renderInvoicePdf } from './invoice-pdf';
