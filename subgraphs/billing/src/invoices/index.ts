export { invoicesModule } from './invoices.module';
export {
  INVOICE_COLUMNS,
  INVOICE_ORDER,
  InvoiceService,
  formatInvoiceNumber,
  invoiceEventData,
  todayUtc,
  toInvoice,
  type InsertedInvoices,
  type InvoiceListFilter,
} from './invoice.service';
export type { FxSource, InvoiceKind, InvoiceLineKind, InvoiceSource, PaymentMethod } from './invoice.entity';
export { PAYMENT_METHODS } from './invoice.entity';
export type {
  BillTo,
  FxUsed,
  Invoice,
  InvoiceDraft,
  InvoiceLine,
  InvoiceLineDraft,
  InvoicePayment,
  InvoiceSettings,
  InvoiceWithLines,
} from './invoice.model';
export type { InvoiceLoaders, InvoicesContext } from './invoice.loaders';
export { isDay } from './invoice.inputs';
export {
  InvoicePaymentType,
  InvoiceSettingsType,
  InvoiceType,
  PaymentMethodEnum,
  toInvoicePaymentType,
  toInvoiceSettingsType,
  toInvoiceType,
} from './invoice.type';
