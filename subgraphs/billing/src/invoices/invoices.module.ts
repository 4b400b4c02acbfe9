import { defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import { InvoiceEntity, InvoiceLineEntity, InvoicePaymentEntity, InvoiceSettingsEntity } from './invoice.entity';
import { createInvoiceLoaders } from './invoice.loaders';
import { invoiceReference } from './invoice.reference';
import { CustomerInvoicesResolver, InvoiceResolver } from './invoice.resolver';
import { InvoiceService } from './invoice.service';
import { InvoiceType } from './invoice.type';
import { Invoices1766600001000 } from './migrations/1766600001000-invoices';
import { InvoicePayments1766620000000 } from './migrations/1766620000000-invoice-payments';
import { standingRoutes } from './standing.routes';

/**
 * Invoices and credit notes: numbering without gaps, lines priced by the modules that bill, an
 * issued document that is never edited again, the payments against it, and what each customer
 * owes. The lifecycle (issue, void, pay, credit, fall overdue) is decided in `invoice-lifecycle`.
 */
export const invoicesModule = defineModule({
  name: 'invoices',
  dependsOn: { accounts: billingAccountsModule },
  entities: [InvoiceSettingsEntity, InvoiceEntity, InvoiceLineEntity, InvoicePaymentEntity],
  migrations: [Invoices1766600001000, InvoicePayments1766620000000],
  types: [InvoiceType],
  resolvers: [InvoiceResolver, CustomerInvoicesResolver],
  references: invoiceReference,
  service: ({ dataSource, events }, { accounts }) => {
    const invoices = new InvoiceService(dataSource, events, (partner, customer) =>
      accounts.resellerOfCustomerSql(partner, customer),
    );
    accounts.readOwedWith((transaction, partnerId, customerId) => invoices.owedOf(transaction, partnerId, customerId));
    return invoices;
  },
  loaders: createInvoiceLoaders,
  internalRoutes: standingRoutes,
});
