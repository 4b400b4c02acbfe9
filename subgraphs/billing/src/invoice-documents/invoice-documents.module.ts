import { createFileStore, defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import { invoicesModule } from '../invoices';
import { InvoiceDocumentService } from './invoice-documents.service';
import { invoiceDocumentRoutes } from './invoice-documents.routes';
import { InvoiceHeaderEntity } from './invoice-header.entity';
import { INVOICE_DOCUMENT_ERRORS } from './invoice-header.inputs';
import { InvoiceHeaderResolver } from './invoice-header.resolver';
import { InvoiceHeaders1766630001000 } from './migrations/1766630001000-invoice-headers';

/**
 * Invoice documents: the partner's letterhead, each invoice drawn as a PDF (kept in the file store
 * once issued), and downloads of one invoice or of several as one ZIP.
 */
export const invoiceDocumentsModule = defineModule({
  name: 'invoice-documents',
  dependsOn: { invoices: invoicesModule, accounts: billingAccountsModule },
  entities: [InvoiceHeaderEntity],
  migrations: [InvoiceHeaders1766630001000],
  resolvers: [InvoiceHeaderResolver],
  errorCodes: INVOICE_DOCUMENT_ERRORS,
  service: ({ dataSource, config }, { invoices, accounts }) =>
    new InvoiceDocumentService(dataSource, createFileStore(config.fileStore), invoices, accounts),
  routes: invoiceDocumentRoutes,
});
