import { defineModule } from '@clientele/subgraph-kit';
import { InvoiceEntity, InvoiceLineEntity, InvoiceSettingsEntity } from './invoice.entity';
import { InvoiceService } from './invoice.service';
import { Invoices1766600001000 } from './migrations/1766600001000-invoices';

/**
 * Invoices and credit notes: numbering without gaps, lines priced by the modules that bill, and
 * an issued document that is never edited again.
 */
export const invoicesModule = defineModule({
  name: 'invoices',
  entities: [InvoiceSettingsEntity, InvoiceEntity, InvoiceLineEntity],
  migrations: [Invoices1766600001000],
  service: ({ dataSource, events }) => new InvoiceService(dataSource, events),
});
