export { invoicesModule } from './invoices.module';
export {
  INVOICE_COLUMNS,
  InvoiceService,
  formatInvoiceNumber,
  invoiceEventData,
  todayUtc,
  toInvoice,
  type InsertedInvoices,
} from './invoice.service';
export type { FxSource, InvoiceKind, InvoiceLineKind, InvoiceSource } from './invoice.entity';
export type {
  BillTo,
  FxUsed,
  Invoice,
  InvoiceDraft,
  InvoiceLine,
  InvoiceLineDraft,
  InvoiceWithLines,
} from './invoice.model';
